import { floatUnaryKernel } from './util/unary.js';

/** `aten::sin.out(Tensor self, *, Tensor(a!) out)`. */
export const sin = /* @__PURE__ */ floatUnaryKernel('aten::sin.out', Math.sin);
