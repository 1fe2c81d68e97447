import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { matmul } from './util/matmul.js';
import { resizeOut } from './util/shape.js';

/** `aten::mm.out(Tensor self, Tensor mat2, *, Tensor(a!) out)`. */
export const mm = /* @__PURE__ */ defineKernel({
  op: 'aten::mm.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::mm.out';
    expectArgs(op, args, 3);
    const a = tensorArg(op, args, 0);
    const b = tensorArg(op, args, 1);
    const out = tensorArg(op, args, 2);
    checkDtypes(op, REAL_TYPES, a, b, out);
    if (a.rank !== 2 || b.rank !== 2) fail(op, `expected 2-D matrices, got ranks ${a.rank} and ${b.rank}`);
    const [n, k] = a.sizes as [number, number];
    const [k2, m] = b.sizes as [number, number];
    if (k !== k2) fail(op, `shapes [${a.sizes.join(', ')}] and [${b.sizes.join(', ')}] cannot be multiplied`);
    if (a.dtype !== b.dtype || a.dtype !== out.dtype) {
      fail(
        op,
        `expected equal dtypes, got ${scalarTypeName(a.dtype)}, ${scalarTypeName(b.dtype)} and out ${scalarTypeName(out.dtype)}`,
      );
    }
    resizeOut(op, out, [n, m]);
    const res = new Float64Array(n * m);
    matmul(readLogical(op, a), readLogical(op, b), res, 1, n, k, m, 0, 0);
    const cast = castFn(a.dtype);
    for (let i = 0; i < res.length; i++) res[i] = cast(res[i] as number);
    writeLogical(op, out, res);
  },
});
