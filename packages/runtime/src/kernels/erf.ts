import { erf as f } from './util/math.js';
import { floatUnaryKernel } from './util/unary.js';

/** `aten::erf.out(Tensor self, *, Tensor(a!) out)`. */
export const erf = /* @__PURE__ */ floatUnaryKernel('aten::erf.out', f);
