// Writes every committed portable zoo program, re-emitted by our AOT (import -> re-plan -> emit),
// to $KINDLING_EMIT_DIR for the cross-runtime check:
//   KINDLING_EMIT_DIR=.cache/conformance/lowered npx vitest run packages/partitioner/test/emit-lowered.test.ts
//   tools/conformance/.venv/bin/python tools/conformance/cross_runtime.py --dir .cache/conformance/lowered
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { importProgram, PteFile } from '@kindling/ir';
import { expect, it } from 'vitest';
import { emitProgram } from '../src/index.js';
import { portableCases, ROOT, readCase } from './zoo.js';

const dir = process.env.KINDLING_EMIT_DIR;
it.skipIf(!dir)('emits the lowered zoo', () => {
  const out = resolve(ROOT, dir as string);
  let n = 0;
  for (const c of portableCases()) {
    const { bytes } = emitProgram(importProgram(PteFile.read(readCase(c))));
    const path = join(out, c.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    n++;
  }
  expect(n).toBeGreaterThan(0);
});
