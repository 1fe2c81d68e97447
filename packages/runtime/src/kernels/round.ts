import { roundHalfEven as f } from './util/math.js';
import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::round.out(Tensor self, *, Tensor(a!) out)`. */
export const round = /* @__PURE__ */ sameTypeUnaryKernel('aten::round.out', f);
