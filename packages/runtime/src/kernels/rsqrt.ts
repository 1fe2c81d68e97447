import { floatUnaryKernel } from './util/unary.js';

/** `aten::rsqrt.out(Tensor self, *, Tensor(a!) out)`. */
export const rsqrt = /* @__PURE__ */ floatUnaryKernel('aten::rsqrt.out', (x) => 1 / Math.sqrt(x));
