import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { doubleArg, expectArgs, tensorArg } from './util/args.js';
import { castFn, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { runSameTypeUnary } from './util/unary.js';

const OP = 'aten::leaky_relu.out';

/**
 * `aten::leaky_relu.out(Tensor self, Scalar negative_slope=0.01, *, Tensor(a!) out)`. As in ExecuTorch
 * the slope is first cast to the tensor's dtype (float32: `x * fround(slope)`, rounded once), and `out`
 * must have `self`'s dtype.
 */
export const leakyRelu = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const out = tensorArg(OP, args, 2);
    const slope = doubleArg(OP, args, 1);
    if (out.dtype !== x.dtype) {
      fail(OP, `out has dtype ${scalarTypeName(out.dtype)}, expected the input's ${scalarTypeName(x.dtype)}`);
    }
    const s = FLOAT_TYPES.includes(x.dtype) ? castFn(x.dtype)(slope) : slope;
    if (Number.isFinite(slope) && !Number.isFinite(s)) {
      fail(OP, `negative_slope ${slope} overflows ${scalarTypeName(x.dtype)}`);
    }
    runSameTypeUnary(OP, x, out, (v) => (v >= 0 ? v : v * s), FLOAT_TYPES);
  },
});
