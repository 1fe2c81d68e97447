import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x === y,
  (x, y) => x === y,
);

/** `aten::eq.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const eqTensor = /* @__PURE__ */ binaryTensorKernel('aten::eq.Tensor_out', spec);

/** `aten::eq.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const eqScalar = /* @__PURE__ */ binaryScalarKernel('aten::eq.Scalar_out', spec);
