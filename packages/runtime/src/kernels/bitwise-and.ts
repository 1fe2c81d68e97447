import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_and.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseAndTensor = /* @__PURE__ */ binaryTensorKernel(
  'aten::bitwise_and.Tensor_out',
  /* @__PURE__ */ bitwiseSpec('and'),
  INT_AND_BOOL,
);

/** `aten::bitwise_and.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseAndScalar = /* @__PURE__ */ binaryScalarKernel(
  'aten::bitwise_and.Scalar_out',
  /* @__PURE__ */ bitwiseSpec('and'),
  INT_AND_BOOL,
);
