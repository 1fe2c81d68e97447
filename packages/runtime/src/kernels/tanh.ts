import { floatUnaryKernel } from './util/unary.js';

/** `aten::tanh.out(Tensor self, *, Tensor(a!) out)`. */
export const tanh = /* @__PURE__ */ floatUnaryKernel('aten::tanh.out', Math.tanh);
