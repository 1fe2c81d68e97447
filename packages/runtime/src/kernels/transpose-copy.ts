import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { normalizeDim } from './util/shape.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::transpose_copy.int_out';

/** `aten::transpose_copy.int_out(Tensor self, int dim0, int dim1, *, Tensor(a!) out)`. */
export const transposeCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const out = tensorArg(OP, args, 3);
    const v = viewOf(x);
    if (x.rank > 0) {
      const a = normalizeDim(OP, intArg(OP, args, 1), x.rank);
      const b = normalizeDim(OP, intArg(OP, args, 2), x.rank);
      [v.sizes[a], v.sizes[b]] = [v.sizes[b] as number, v.sizes[a] as number];
      [v.strides[a], v.strides[b]] = [v.strides[b] as number, v.strides[a] as number];
    }
    copyView(OP, x, v, out);
  },
});
