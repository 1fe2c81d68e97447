import { binaryTensorKernel } from './util/binary.js';

/** `aten::maximum.out(Tensor self, Tensor other, *, Tensor(a!) out)`; NaN propagates. */
export const maximum = /* @__PURE__ */ binaryTensorKernel('aten::maximum.out', {
  fn: () => Math.max,
  int64Fn: () => (x, y) => (x > y ? x : y),
});
