import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = comparisonSpec(
  (x, y) => x <= y,
  (x, y) => x <= y,
);

/** `aten::le.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const leTensor = binaryTensorKernel('aten::le.Tensor_out', spec);

/** `aten::le.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const leScalar = binaryScalarKernel('aten::le.Scalar_out', spec);
