import { floatUnaryKernel } from './util/unary.js';

/** `aten::sinh.out(Tensor self, *, Tensor(a!) out)`. */
export const sinh = /* @__PURE__ */ floatUnaryKernel('aten::sinh.out', Math.sinh);
