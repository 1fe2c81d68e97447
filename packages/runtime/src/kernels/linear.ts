import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { expectArgs, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { matmul } from './util/matmul.js';
import { broadcastShapes, resizeOut, sameShape } from './util/shape.js';

/** `aten::linear.out(Tensor input, Tensor weight, Tensor? bias=None, *, Tensor(a!) out)`: input @ weightᵀ + bias. */
export const linear = /* @__PURE__ */ defineKernel({
  op: 'aten::linear.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::linear.out';
    expectArgs(op, args, 4);
    const x = tensorArg(op, args, 0);
    const w = tensorArg(op, args, 1);
    const bias = optTensorArg(op, args, 2);
    const out = tensorArg(op, args, 3);
    checkDtypes(op, REAL_TYPES, x, w, bias, out);
    if (x.rank < 1 || w.rank !== 2)
      fail(op, `expected input of rank >= 1 and a 2-D weight, got ranks ${x.rank} and ${w.rank}`);
    const k = x.sizes[x.rank - 1] as number;
    const [m, k2] = w.sizes as [number, number];
    if (k !== k2)
      fail(op, `input of sizes [${x.sizes.join(', ')}] does not match weight of sizes [${w.sizes.join(', ')}]`);
    if (x.dtype !== w.dtype || x.dtype !== out.dtype || (bias && bias.dtype !== x.dtype)) {
      fail(op, `expected equal dtypes, got input ${scalarTypeName(x.dtype)} and weight ${scalarTypeName(w.dtype)}`);
    }
    if (bias && !sameShape(broadcastShapes(op, bias.sizes, [m]), [m])) {
      fail(op, `bias of sizes [${bias.sizes.join(', ')}] does not broadcast to [${m}]`);
    }
    const outSizes = [...x.sizes.slice(0, -1), m];
    resizeOut(op, out, outSizes);
    const n = k === 0 ? out.numel / Math.max(m, 1) : x.numel / k;
    const res = new Float64Array(n * m);
    matmul(readLogical(op, x), readLogical(op, w), res, 1, n, k, m, 0, 0, true);
    const cast = castFn(x.dtype);
    const bd = bias ? readLogical(op, bias) : null;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const idx = i * m + j;
        res[idx] = cast((res[idx] as number) + (bd ? (bd[bd.length === 1 ? 0 : j] as number) : 0));
      }
    }
    writeLogical(op, out, res);
  },
});
