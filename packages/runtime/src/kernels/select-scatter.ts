import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim } from './util/shape.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::select_scatter.out';

/** `aten::select_scatter.out(Tensor self, Tensor src, int dim, SymInt index, *, Tensor(a!) out)`. */
export const selectScatter = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const self = tensorArg(OP, args, 0);
    const src = tensorArg(OP, args, 1);
    const out = tensorArg(OP, args, 4);
    if (self.rank === 0) fail(OP, 'cannot select from a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 2), self.rank);
    const size = self.sizes[d] as number;
    let i = intArg(OP, args, 3);
    if (i < -size || i >= size) fail(OP, `index ${i} is out of range for dimension ${d} of size ${size}`);
    if (i < 0) i += size;
    const sizes = self.sizes.filter((_, k) => k !== d);
    if (src.rank !== sizes.length || src.sizes.some((v, k) => v !== sizes[k])) {
      fail(OP, `src of sizes [${src.sizes.join(', ')}] does not match the selected sizes [${sizes.join(', ')}]`);
    }
    if (src.dtype !== self.dtype) fail(OP, 'src and self dtypes must match');
    copyView(OP, self, viewOf(self), out);
    const strides = out.strides.filter((_, k) => k !== d);
    scatterInto(OP, src, src.sizes, src.strides, 0, out, strides, i * (out.strides[d] as number));
  },
});
