import { floatUnaryKernel } from './util/unary.js';

/** `aten::sqrt.out(Tensor self, *, Tensor(a!) out)`. */
export const sqrt = /* @__PURE__ */ floatUnaryKernel('aten::sqrt.out', Math.sqrt);
