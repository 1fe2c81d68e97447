import { floatUnaryKernel } from './util/unary.js';

/** `aten::cos.out(Tensor self, *, Tensor(a!) out)`. */
export const cos = /* @__PURE__ */ floatUnaryKernel('aten::cos.out', Math.cos);
