import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::detach_copy.out';

/** `aten::detach_copy.out(Tensor self, *, Tensor(a!) out)`: a copy. */
export const detachCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 2);
    const x = tensorArg(OP, args, 0);
    copyView(OP, x, viewOf(x), tensorArg(OP, args, 1));
  },
});
