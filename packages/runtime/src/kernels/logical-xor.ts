import { binaryTensorKernel, comparisonSpec } from './util/binary.js';

/** `aten::logical_xor.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const logicalXor = /* @__PURE__ */ binaryTensorKernel(
  'aten::logical_xor.out',
  /* @__PURE__ */ comparisonSpec((x, y) => (x !== 0) !== (y !== 0)),
);
