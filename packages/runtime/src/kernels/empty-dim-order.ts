import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, optIntListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { checkSizes, resizeOut } from './util/shape.js';

const OP = 'dim_order_ops::_empty_dim_order.out';

/**
 * `dim_order_ops::_empty_dim_order.out(int[] size, *, int[]? dim_order=None, Tensor(a!) out)`: resizes `out`
 * to `size`; its elements are unspecified (left as they are).
 */
export const emptyDimOrder = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const size = intListArg(OP, args, 0);
    const dimOrder = optIntListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, out);
    checkSizes(OP, size);
    if (dimOrder !== null && dimOrder.length !== size.length)
      fail(OP, `dim_order has ${dimOrder.length} entries for a rank ${size.length} size`);
    resizeOut(OP, out, size);
  },
});
