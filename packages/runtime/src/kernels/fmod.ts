import { ScalarType } from '@kindling/core';
import { type BinarySpec, binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { isFloat } from './util/dtype.js';
import { fail } from './util/errors.js';

/** C `fmod`: the remainder takes the dividend's sign; integer division by zero is an error. */
const fmodSpec: BinarySpec = {
  check: (op, common) => {
    if (common === ScalarType.Bool) fail(op, 'fmod is not defined for bool tensors');
  },
  fn: (compute, op) => {
    if (isFloat(compute)) return (x, y) => x % y;
    return (x, y) => {
      if (y === 0) fail(op, 'integer division by zero');
      const r = x % y;
      return r === 0 ? 0 : r;
    };
  },
};

/** `aten::fmod.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const fmodTensor = /* @__PURE__ */ binaryTensorKernel('aten::fmod.Tensor_out', fmodSpec);

/** `aten::fmod.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const fmodScalar = /* @__PURE__ */ binaryScalarKernel('aten::fmod.Scalar_out', fmodSpec);
