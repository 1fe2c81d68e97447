import { floatUnaryKernel } from './util/unary.js';

/** `aten::log1p.out(Tensor self, *, Tensor(a!) out)`. */
export const log1p = /* @__PURE__ */ floatUnaryKernel('aten::log1p.out', Math.log1p);
