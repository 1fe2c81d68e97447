import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = comparisonSpec(
  (x, y) => x >= y,
  (x, y) => x >= y,
);

/** `aten::ge.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const geTensor = binaryTensorKernel('aten::ge.Tensor_out', spec);

/** `aten::ge.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const geScalar = binaryScalarKernel('aten::ge.Scalar_out', spec);
