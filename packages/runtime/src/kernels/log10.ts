import { floatUnaryKernel } from './util/unary.js';

/** `aten::log10.out(Tensor self, *, Tensor(a!) out)`. */
export const log10 = /* @__PURE__ */ floatUnaryKernel('aten::log10.out', Math.log10);
