import { floatUnaryKernel } from './util/unary.js';

/** `aten::log.out(Tensor self, *, Tensor(a!) out)`. */
export const log = /* @__PURE__ */ floatUnaryKernel('aten::log.out', Math.log);
