import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { normalizeDim } from './util/shape.js';
import { copyView, viewWithout } from './util/view.js';

const OP = 'aten::select_copy.int_out';

/** `aten::select_copy.int_out(Tensor self, int dim, SymInt index, *, Tensor(a!) out)`. */
export const selectCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    if (x.rank === 0) fail(OP, 'cannot select from a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank);
    const size = x.sizes[d] as number;
    let i = intArg(OP, args, 2);
    if (i < -size || i >= size) fail(OP, `index ${i} is out of range for dimension ${d} of size ${size}`);
    if (i < 0) i += size;
    const v = viewWithout(x, d);
    v.base = i * (x.strides[d] as number);
    copyView(OP, x, v, tensorArg(OP, args, 3));
  },
});
