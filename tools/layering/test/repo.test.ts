import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkLayering, formatViolation } from '../src/check.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// No allow-list: every import in the repository keeps the rules of DESIGN.md section 2.
it('the repository keeps the package layering (DESIGN.md section 2)', () => {
  expect(checkLayering(ROOT).map(formatViolation)).toEqual([]);
});
