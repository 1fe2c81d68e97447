import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { matmul } from './util/matmul.js';
import { resizeOut } from './util/shape.js';

/** `aten::bmm.out(Tensor self, Tensor mat2, *, Tensor(a!) out)`. */
export const bmm = /* @__PURE__ */ defineKernel({
  op: 'aten::bmm.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::bmm.out';
    expectArgs(op, args, 3);
    const a = tensorArg(op, args, 0);
    const b = tensorArg(op, args, 1);
    const out = tensorArg(op, args, 2);
    checkDtypes(op, REAL_TYPES, a, b, out);
    if (a.rank !== 3 || b.rank !== 3) fail(op, `expected 3-D tensors, got ranks ${a.rank} and ${b.rank}`);
    const [batch, n, k] = a.sizes as [number, number, number];
    const [batch2, k2, m] = b.sizes as [number, number, number];
    if (batch !== batch2 || k !== k2) {
      fail(op, `shapes [${a.sizes.join(', ')}] and [${b.sizes.join(', ')}] cannot be batch-multiplied`);
    }
    if (a.dtype !== b.dtype || a.dtype !== out.dtype) {
      fail(
        op,
        `expected equal dtypes, got ${scalarTypeName(a.dtype)}, ${scalarTypeName(b.dtype)} and out ${scalarTypeName(out.dtype)}`,
      );
    }
    resizeOut(op, out, [batch, n, m]);
    const res = new Float64Array(batch * n * m);
    matmul(readLogical(op, a), readLogical(op, b), res, batch, n, k, m, n * k, k * m);
    const cast = castFn(a.dtype);
    for (let i = 0; i < res.length; i++) res[i] = cast(res[i] as number);
    writeLogical(op, out, res);
  },
});
