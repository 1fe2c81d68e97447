// The shader module (src/generated/wgsl.ts) is generated from the .wgsl files: it must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { generateShaderModule } from '../scripts/gen-shaders.mjs';

test('src/generated/wgsl.ts matches the .wgsl sources (node scripts/gen-shaders.mjs)', () => {
  const current = readFileSync(join(import.meta.dirname, '../src/generated/wgsl.ts'), 'utf8');
  expect(current).toBe(generateShaderModule());
});
