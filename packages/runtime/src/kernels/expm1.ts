import { floatUnaryKernel } from './util/unary.js';

/** `aten::expm1.out(Tensor self, *, Tensor(a!) out)`. */
export const expm1 = /* @__PURE__ */ floatUnaryKernel('aten::expm1.out', Math.expm1);
