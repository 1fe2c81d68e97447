import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::ceil.out(Tensor self, *, Tensor(a!) out)`. */
export const ceil = /* @__PURE__ */ sameTypeUnaryKernel('aten::ceil.out', Math.ceil);
