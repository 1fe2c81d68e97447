import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::sign.out(Tensor self, *, Tensor(a!) out)`. */
export const sign = /* @__PURE__ */ sameTypeUnaryKernel('aten::sign.out', Math.sign);
