import { binaryTensorKernel, comparisonSpec } from './util/binary.js';

/** `aten::logical_and.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const logicalAnd = /* @__PURE__ */ binaryTensorKernel(
  'aten::logical_and.out',
  /* @__PURE__ */ comparisonSpec((x, y) => x !== 0 && y !== 0),
);
