import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x < y,
  (x, y) => x < y,
);

/** `aten::lt.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const ltTensor = /* @__PURE__ */ binaryTensorKernel('aten::lt.Tensor_out', spec);

/** `aten::lt.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const ltScalar = /* @__PURE__ */ binaryScalarKernel('aten::lt.Scalar_out', spec);
