import { floatUnaryKernel } from './util/unary.js';

/** `aten::log2.out(Tensor self, *, Tensor(a!) out)`. */
export const log2 = /* @__PURE__ */ floatUnaryKernel('aten::log2.out', Math.log2);
