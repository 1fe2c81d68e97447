import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { FLOAT_TYPES } from './util/dtype.js';
import { runSameTypeUnary } from './util/unary.js';

const OP = 'aten::elu.out';

/**
 * `aten::elu.out(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1, *, Tensor(a!) out)`:
 * `x > 0 ? x * scale : alpha * scale * expm1(x * input_scale)`.
 */
export const elu = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const alpha = scalarArg(OP, args, 1).value;
    const scale = scalarArg(OP, args, 2).value;
    const inputScale = scalarArg(OP, args, 3).value;
    const neg = alpha * scale;
    runSameTypeUnary(
      OP,
      tensorArg(OP, args, 0),
      tensorArg(OP, args, 4),
      (x) => (x <= 0 ? Math.expm1(x * inputScale) * neg : x * scale),
      FLOAT_TYPES,
    );
  },
});
