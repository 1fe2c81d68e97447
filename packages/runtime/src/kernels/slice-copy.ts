import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, optIntArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { normalizeDim } from './util/shape.js';
import { sliceBounds } from './util/slice.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::slice_copy.Tensor_out';

/** `aten::slice_copy.Tensor_out(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1, *, Tensor(a!) out)`. */
export const sliceCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 6);
    const x = tensorArg(OP, args, 0);
    if (x.rank === 0) fail(OP, 'cannot slice a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank);
    const [s, len] = sliceBounds(
      OP,
      x.sizes[d] as number,
      optIntArg(OP, args, 2),
      optIntArg(OP, args, 3),
      intArg(OP, args, 4),
    );
    const v = viewOf(x);
    const stride = x.strides[d] as number;
    v.base = s * stride;
    v.sizes[d] = len;
    v.strides[d] = stride * intArg(OP, args, 4);
    copyView(OP, x, v, tensorArg(OP, args, 5));
  },
});
