import { floatUnaryKernel } from './util/unary.js';

/** `aten::asin.out(Tensor self, *, Tensor(a!) out)`. */
export const asin = /* @__PURE__ */ floatUnaryKernel('aten::asin.out', Math.asin);
