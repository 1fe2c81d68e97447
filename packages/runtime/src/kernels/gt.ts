import { binaryScalarKernel, binaryTensorKernel, comparisonSpec } from './util/binary.js';

const spec = /* @__PURE__ */ comparisonSpec(
  (x, y) => x > y,
  (x, y) => x > y,
);

/** `aten::gt.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const gtTensor = /* @__PURE__ */ binaryTensorKernel('aten::gt.Tensor_out', spec);

/** `aten::gt.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const gtScalar = /* @__PURE__ */ binaryScalarKernel('aten::gt.Scalar_out', spec);
