import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x <= y,
  (x, y) => x <= y,
);

/** `aten::le.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const leTensor = /* @__PURE__ */ binaryTensorKernel('aten::le.Tensor_out', spec);

/** `aten::le.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const leScalar = /* @__PURE__ */ binaryScalarKernel('aten::le.Scalar_out', spec);
