import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { boolArg, expectArgs, intArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { newRawLike, readLogical, writeRawLogical } from './util/layout.js';
import { normalizeDim, resizeOut } from './util/shape.js';

const OP = 'aten::gather.out';

/** `aten::gather.out(Tensor self, int dim, Tensor index, *, bool sparse_grad=False, Tensor(a!) out)`. */
export const gather = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const x = tensorArg(OP, args, 0);
    const index = tensorArg(OP, args, 2);
    boolArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (index.dtype !== ScalarType.Long) fail(OP, 'index must be an int64 tensor');
    const rank = Math.max(x.rank, 1);
    if (Math.max(index.rank, 1) !== rank) fail(OP, `index rank ${index.rank} must equal input rank ${x.rank}`);
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank);
    const xs = x.rank === 0 ? [1] : x.sizes;
    const is = index.rank === 0 ? [1] : index.sizes;
    const xst = x.rank === 0 ? [0] : x.strides;
    for (let k = 0; k < rank; k++) {
      if (k !== d && (is[k] as number) > (xs[k] as number))
        fail(OP, `index size ${is[k]} exceeds input size ${xs[k]} at dimension ${k}`);
    }
    resizeOut(OP, out, index.sizes);
    const idx = readLogical(OP, index);
    const src = x.data as unknown as ArrayLike<unknown>;
    const res = newRawLike(x, idx.length);
    const coord = new Array<number>(rank).fill(0);
    for (let i = 0; i < idx.length; i++) {
      let v = idx[i] as number;
      const size = xs[d] as number;
      if (v < -size || v >= size) fail(OP, `index ${v} is out of range for dimension ${d} of size ${size}`);
      if (v < 0) v += size;
      let o = 0;
      for (let k = 0; k < rank; k++) o += (k === d ? v : (coord[k] as number)) * (xst[k] as number);
      res[i] = src[o];
      for (let k = rank - 1; k >= 0; k--) {
        coord[k] = (coord[k] as number) + 1;
        if ((coord[k] as number) < (is[k] as number)) break;
        coord[k] = 0;
      }
    }
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});
