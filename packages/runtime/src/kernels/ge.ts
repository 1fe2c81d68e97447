import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x >= y,
  (x, y) => x >= y,
);

/** `aten::ge.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const geTensor = /* @__PURE__ */ binaryTensorKernel('aten::ge.Tensor_out', spec);

/** `aten::ge.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const geScalar = /* @__PURE__ */ binaryScalarKernel('aten::ge.Scalar_out', spec);
