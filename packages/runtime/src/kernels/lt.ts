import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = comparisonSpec(
  (x, y) => x < y,
  (x, y) => x < y,
);

/** `aten::lt.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const ltTensor = binaryTensorKernel('aten::lt.Tensor_out', spec);

/** `aten::lt.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const ltScalar = binaryScalarKernel('aten::lt.Scalar_out', spec);
