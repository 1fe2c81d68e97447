import { binaryTensorKernel } from './util/binary.js';

/** `aten::minimum.out(Tensor self, Tensor other, *, Tensor(a!) out)`; NaN propagates. */
export const minimum = /* @__PURE__ */ binaryTensorKernel('aten::minimum.out', {
  fn: () => Math.min,
  int64Fn: () => (x, y) => (x < y ? x : y),
});
