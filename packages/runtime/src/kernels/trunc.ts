import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::trunc.out(Tensor self, *, Tensor(a!) out)`. */
export const trunc = /* @__PURE__ */ sameTypeUnaryKernel('aten::trunc.out', Math.trunc);
