import { floatUnaryKernel } from './util/unary.js';

/** `aten::tan.out(Tensor self, *, Tensor(a!) out)`. */
export const tan = /* @__PURE__ */ floatUnaryKernel('aten::tan.out', Math.tan);
