import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_xor.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseXorTensor = /* @__PURE__ */ binaryTensorKernel(
  'aten::bitwise_xor.Tensor_out',
  /* @__PURE__ */ bitwiseSpec('xor'),
  INT_AND_BOOL,
);

/** `aten::bitwise_xor.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseXorScalar = /* @__PURE__ */ binaryScalarKernel(
  'aten::bitwise_xor.Scalar_out',
  /* @__PURE__ */ bitwiseSpec('xor'),
  INT_AND_BOOL,
);
