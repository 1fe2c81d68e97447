import { floatUnaryKernel } from './util/unary.js';

/** `aten::cosh.out(Tensor self, *, Tensor(a!) out)`. */
export const cosh = /* @__PURE__ */ floatUnaryKernel('aten::cosh.out', Math.cosh);
