import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::t_copy.out';

/** `aten::t_copy.out(Tensor self, *, Tensor(a!) out)`: transpose of a tensor of rank <= 2. */
export const tCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 2);
    const x = tensorArg(OP, args, 0);
    if (x.rank > 2) fail(OP, `expected a tensor of rank <= 2, got ${x.rank}`);
    const v = viewOf(x);
    v.sizes.reverse();
    v.strides.reverse();
    copyView(OP, x, v, tensorArg(OP, args, 1));
  },
});
