import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x !== y,
  (x, y) => x !== y,
);

/** `aten::ne.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const neTensor = /* @__PURE__ */ binaryTensorKernel('aten::ne.Tensor_out', spec);

/** `aten::ne.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const neScalar = /* @__PURE__ */ binaryScalarKernel('aten::ne.Scalar_out', spec);
