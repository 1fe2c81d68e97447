import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = comparisonSpec(
  (x, y) => x > y,
  (x, y) => x > y,
);

/** `aten::gt.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const gtTensor = binaryTensorKernel('aten::gt.Tensor_out', spec);

/** `aten::gt.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const gtScalar = binaryScalarKernel('aten::gt.Scalar_out', spec);
