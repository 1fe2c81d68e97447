import { floatUnaryKernel } from './util/unary.js';

/** `aten::exp.out(Tensor self, *, Tensor(a!) out)`. */
export const exp = /* @__PURE__ */ floatUnaryKernel('aten::exp.out', Math.exp);
