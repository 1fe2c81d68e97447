import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::relu.out(Tensor self, *, Tensor(a!) out)`. */
export const relu = /* @__PURE__ */ sameTypeUnaryKernel('aten::relu.out', (x) => (x > 0 || Number.isNaN(x) ? x : 0));
