import { binaryTensorKernel, comparisonSpec } from './util/binary.js';

/** `aten::logical_or.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const logicalOr = /* @__PURE__ */ binaryTensorKernel(
  'aten::logical_or.out',
  /* @__PURE__ */ comparisonSpec((x, y) => x !== 0 || y !== 0),
);
