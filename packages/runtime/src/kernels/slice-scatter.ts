import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, optIntArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim } from './util/shape.js';
import { sliceBounds } from './util/slice.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::slice_scatter.out';

/** `aten::slice_scatter.out(Tensor self, Tensor src, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1, *, Tensor(a!) out)`. */
export const sliceScatter = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 7);
    const self = tensorArg(OP, args, 0);
    const src = tensorArg(OP, args, 1);
    const out = tensorArg(OP, args, 6);
    if (self.rank === 0) fail(OP, 'cannot slice a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 2), self.rank);
    const step = intArg(OP, args, 5);
    const [s, len] = sliceBounds(OP, self.sizes[d] as number, optIntArg(OP, args, 3), optIntArg(OP, args, 4), step);
    const sizes = [...self.sizes];
    sizes[d] = len;
    if (src.rank !== sizes.length || src.sizes.some((v, i) => v !== sizes[i])) {
      fail(OP, `src of sizes [${src.sizes.join(', ')}] does not match the slice sizes [${sizes.join(', ')}]`);
    }
    if (src.dtype !== self.dtype) fail(OP, 'src and self dtypes must match');
    copyView(OP, self, viewOf(self), out);
    const strides = [...out.strides];
    strides[d] = (strides[d] as number) * step;
    scatterInto(OP, src, src.sizes, src.strides, 0, out, strides, s * (out.strides[d] as number));
  },
});
