import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { type BinarySpec, binaryTensorKernel, runBinaryScalar } from './util/binary.js';
import { isFloat, REAL_AND_BOOL, resultType } from './util/dtype.js';
import { fail } from './util/errors.js';

/**
 * ExecuTorch's remainder. Floating: C `fmod` held in a float32, moved by the divisor when the operands'
 * signs differ (so double inputs keep only float32 precision, as in ExecuTorch). Integers: C `%`, whose
 * result takes the dividend's sign; this differs from PyTorch (and Python), where the result takes the
 * divisor's sign.
 */
const remainderSpec: BinarySpec = {
  check: (op, common) => {
    if (common === ScalarType.Bool) fail(op, 'remainder is not defined for bool tensors');
  },
  fn: (compute, op) => {
    if (isFloat(compute)) {
      return (x, y) => {
        let r = Math.fround(x % y);
        if (x < 0 !== y < 0 && r !== 0) r = Math.fround(r + y);
        return r;
      };
    }
    return (x, y) => {
      if (y === 0) fail(op, 'integer division by zero');
      const r = x % y;
      return r === 0 ? 0 : r;
    };
  },
  int64Fn: (op) => (x, y) => {
    if (y === 0n) fail(op, 'integer division by zero');
    return x % y;
  },
};

/** `aten::remainder.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const remainderTensor = /* @__PURE__ */ binaryTensorKernel('aten::remainder.Tensor_out', remainderSpec);

const SCALAR_OP = 'aten::remainder.Scalar_out';

/** `aten::remainder.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const remainderScalar = /* @__PURE__ */ defineKernel({
  op: SCALAR_OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(SCALAR_OP, args, 3);
    const self = tensorArg(SCALAR_OP, args, 0);
    const other = scalarArg(SCALAR_OP, args, 1);
    // like ExecuTorch, an integer division by zero is rejected before any element is read
    if (other.value === 0 && !isFloat(resultType([self], [other.kind]))) fail(SCALAR_OP, 'integer division by zero');
    runBinaryScalar(SCALAR_OP, self, other, tensorArg(SCALAR_OP, args, 2), remainderSpec);
  },
});
