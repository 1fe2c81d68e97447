import { sigmoid as f } from './util/math.js';
import { floatUnaryKernel } from './util/unary.js';

/** `aten::sigmoid.out(Tensor self, *, Tensor(a!) out)`. */
export const sigmoid = /* @__PURE__ */ floatUnaryKernel('aten::sigmoid.out', f);
