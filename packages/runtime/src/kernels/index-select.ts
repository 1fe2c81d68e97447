import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical } from './util/layout.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim, resizeOut } from './util/shape.js';

const OP = 'aten::index_select.out';

/** `aten::index_select.out(Tensor self, int dim, Tensor index, *, Tensor(a!) out)`. */
export const indexSelect = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const index = tensorArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (index.dtype !== ScalarType.Long && index.dtype !== ScalarType.Int) fail(OP, 'index must be int64 or int32');
    if (index.rank > 1) fail(OP, `index must be at most 1-D, got rank ${index.rank}`);
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank);
    const idx = readLogical(OP, index);
    const size = x.rank === 0 ? 1 : (x.sizes[d] as number);
    const sizes = [...x.sizes];
    if (x.rank > 0) sizes[d] = idx.length;
    resizeOut(OP, out, sizes);
    const sliceSizes = [...x.sizes];
    if (x.rank > 0) sliceSizes[d] = 1;
    for (let i = 0; i < idx.length; i++) {
      let v = idx[i] as number;
      if (v < -size || v >= size) fail(OP, `index ${v} is out of range for dimension ${d} of size ${size}`);
      if (v < 0) v += size;
      const sb = x.rank === 0 ? 0 : v * (x.strides[d] as number);
      const db = x.rank === 0 ? 0 : i * (out.strides[d] as number);
      scatterInto(OP, x, sliceSizes, x.strides, sb, out, out.strides, db);
    }
  },
});
