import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_or.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseOrTensor = /* @__PURE__ */ binaryTensorKernel(
  'aten::bitwise_or.Tensor_out',
  /* @__PURE__ */ bitwiseSpec('or'),
  INT_AND_BOOL,
);

/** `aten::bitwise_or.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseOrScalar = /* @__PURE__ */ binaryScalarKernel(
  'aten::bitwise_or.Scalar_out',
  /* @__PURE__ */ bitwiseSpec('or'),
  INT_AND_BOOL,
);
