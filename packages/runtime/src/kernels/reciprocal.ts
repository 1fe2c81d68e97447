import { floatUnaryKernel } from './util/unary.js';

/** `aten::reciprocal.out(Tensor self, *, Tensor(a!) out)`. */
export const reciprocal = /* @__PURE__ */ floatUnaryKernel('aten::reciprocal.out', (x) => 1 / x);
