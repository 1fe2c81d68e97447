import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, optIntListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { copyView, viewOf } from './util/view.js';

/** Check an explicit dim_order argument against the output's. */
export function checkDimOrder(op: string, dimOrder: readonly number[] | null, out: Tensor): void {
  if (dimOrder === null) return;
  if (dimOrder.length !== out.rank || dimOrder.some((d, i) => d !== out.dimOrder[i])) {
    fail(op, `dim_order [${dimOrder.join(', ')}] does not match the output's dim order [${out.dimOrder.join(', ')}]`);
  }
}

/** `dim_order_ops::_to_dim_order_copy.out(Tensor self, *, bool non_blocking=False, int[]? dim_order=None, Tensor(a!) out)`. */
export const toDimOrderCopy = /* @__PURE__ */ defineKernel({
  op: 'dim_order_ops::_to_dim_order_copy.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'dim_order_ops::_to_dim_order_copy.out';
    expectArgs(op, args, 4);
    const x = tensorArg(op, args, 0);
    boolArg(op, args, 1);
    const out = tensorArg(op, args, 3);
    checkDimOrder(op, optIntListArg(op, args, 2), out);
    copyView(op, x, viewOf(x), out, true);
  },
});
