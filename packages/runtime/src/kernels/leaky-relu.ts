import { defineKernel, type EValue } from '@kindling/core';
import { doubleArg, expectArgs, tensorArg } from './util/args.js';
import { FLOAT_TYPES } from './util/dtype.js';
import { runSameTypeUnary } from './util/unary.js';

/** `aten::leaky_relu.out(Tensor self, Scalar negative_slope=0.01, *, Tensor(a!) out)`. */
export const leakyRelu = defineKernel({
  op: 'aten::leaky_relu.out',
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::leaky_relu.out';
    expectArgs(op, args, 3);
    const slope = doubleArg(op, args, 1);
    runSameTypeUnary(op, tensorArg(op, args, 0), tensorArg(op, args, 2), (x) => (x > 0 ? x : x * slope), FLOAT_TYPES);
  },
});
