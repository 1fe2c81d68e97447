import { floatUnaryKernel } from './util/unary.js';

/** `aten::atan.out(Tensor self, *, Tensor(a!) out)`. */
export const atan = /* @__PURE__ */ floatUnaryKernel('aten::atan.out', Math.atan);
