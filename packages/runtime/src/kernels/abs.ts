import { REAL_TYPES } from './util/dtype.js';
import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::abs.out(Tensor self, *, Tensor(a!) out)`; int64 exactly (the minimum wraps to itself). */
export const abs = /* @__PURE__ */ sameTypeUnaryKernel('aten::abs.out', Math.abs, REAL_TYPES, (x) => (x < 0n ? -x : x));
