import { floatUnaryKernel } from './util/unary.js';

/** `aten::acos.out(Tensor self, *, Tensor(a!) out)`. */
export const acos = /* @__PURE__ */ floatUnaryKernel('aten::acos.out', Math.acos);
