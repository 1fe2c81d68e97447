import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { INT_AND_BOOL } from './util/dtype.js';
import { runSameTypeUnary } from './util/unary.js';

/** `aten::bitwise_not.out(Tensor self, *, Tensor(a!) out)`: logical not for bool, ~x for integers. */
export const bitwiseNot = /* @__PURE__ */ defineKernel({
  op: 'aten::bitwise_not.out',
  dtypes: INT_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::bitwise_not.out';
    expectArgs(op, args, 2);
    const x = tensorArg(op, args, 0);
    const fn = x.dtype === ScalarType.Bool ? (v: number) => (v === 0 ? 1 : 0) : (v: number) => -v - 1;
    runSameTypeUnary(op, x, tensorArg(op, args, 1), fn, INT_AND_BOOL);
  },
});
