import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { readNumbers } from './util/access.js';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { matmul } from './util/matmul.js';
import { broadcastShapes, broadcastStrides, offsetTable, resizeOut, sameShape } from './util/shape.js';

/** `aten::addmm.out(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1, Tensor(a!) out)`. */
export const addmm = /* @__PURE__ */ defineKernel({
  op: 'aten::addmm.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::addmm.out';
    expectArgs(op, args, 6);
    const self = tensorArg(op, args, 0);
    const a = tensorArg(op, args, 1);
    const b = tensorArg(op, args, 2);
    const beta = scalarArg(op, args, 3).value;
    const alpha = scalarArg(op, args, 4).value;
    const out = tensorArg(op, args, 5);
    checkDtypes(op, REAL_TYPES, self, a, b, out);
    if (a.rank !== 2 || b.rank !== 2) fail(op, `expected 2-D matrices, got ranks ${a.rank} and ${b.rank}`);
    const [n, k] = a.sizes as [number, number];
    const [k2, m] = b.sizes as [number, number];
    if (k !== k2) fail(op, `shapes [${a.sizes.join(', ')}] and [${b.sizes.join(', ')}] cannot be multiplied`);
    if (a.dtype !== b.dtype || a.dtype !== out.dtype || self.dtype !== a.dtype) {
      fail(
        op,
        `expected equal dtypes, got ${scalarTypeName(self.dtype)}, ${scalarTypeName(a.dtype)}, ${scalarTypeName(b.dtype)}`,
      );
    }
    if (!sameShape(broadcastShapes(op, self.sizes, [n, m]), [n, m])) {
      fail(op, `self of sizes [${self.sizes.join(', ')}] does not broadcast to [${n}, ${m}]`);
    }
    resizeOut(op, out, [n, m]);
    const res = new Float64Array(n * m);
    matmul(readLogical(op, a), readLogical(op, b), res, 1, n, k, m, 0, 0);
    const cast = castFn(a.dtype);
    if (beta !== 0) {
      const so = offsetTable([n, m], broadcastStrides(self, [n, m]), [0, 1]);
      const sd = readNumbers(op, self);
      for (let i = 0; i < res.length; i++) {
        res[i] = cast(beta * (sd[so === null ? i : (so[i] as number)] as number) + alpha * (res[i] as number));
      }
    } else {
      for (let i = 0; i < res.length; i++) res[i] = cast(alpha * (res[i] as number));
    }
    writeLogical(op, out, res);
  },
});
