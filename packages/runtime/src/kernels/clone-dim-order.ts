import { defineKernel, type EValue } from '@kindling/core';
import { checkDimOrder } from './to-dim-order-copy.js';
import { boolArg, expectArgs, optIntListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'dim_order_ops::_clone_dim_order.out';

/** `dim_order_ops::_clone_dim_order.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out)`. */
export const cloneDimOrder = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    boolArg(OP, args, 1);
    const out = tensorArg(OP, args, 3);
    checkDimOrder(OP, optIntListArg(OP, args, 2), out);
    copyView(OP, x, viewOf(x), out);
  },
});
