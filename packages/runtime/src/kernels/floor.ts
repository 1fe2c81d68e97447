import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::floor.out(Tensor self, *, Tensor(a!) out)`. */
export const floor = /* @__PURE__ */ sameTypeUnaryKernel('aten::floor.out', Math.floor);
