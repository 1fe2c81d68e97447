// The XNNPACK backend through the backend test suite: every zoo program ExecuTorch delegated to
// XnnpackBackend, every portable program lowered with xnnpackLowering(), the delegated ones again on
// two threads (bit-identical to one thread), and the robustness checks, all compared with
// ExecuTorch's recorded outputs.
//
// KINDLING_LARGE_ZOO=1 adds the large models generated into .cache/conformance; with
// KINDLING_EMIT_DIR set, the lowered programs are written there (same relative paths as the
// manifest) for the cross-runtime check in ExecuTorch:
//   KINDLING_EMIT_DIR=.cache/conformance/xnnpack-lowered npx vitest run packages/backend-xnnpack/test/backend-suite.test.ts
//   tools/conformance/.venv/bin/python tools/conformance/cross_runtime.py --dir .cache/conformance/xnnpack-lowered
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import { xnnpack } from '../src/index.js';
import { xnnpackLowering } from '../src/partitioner.js';

const emitDir = process.env.KINDLING_EMIT_DIR ? resolve(process.env.KINDLING_EMIT_DIR) : undefined;

runBackendSuite({
  backend: (options) => xnnpack(options),
  lowering: xnnpackLowering(),
  // The pool splits output tiles, so threads never change the arithmetic.
  threadsBitIdentical: true,
  includeLarge: !!process.env.KINDLING_LARGE_ZOO,
  ...(emitDir
    ? {
        onLowered: (c, bytes) => {
          const path = join(emitDir, c.file);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, bytes);
        },
      }
    : {}),
});
