import { REAL_TYPES } from './util/dtype.js';
import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::neg.out(Tensor self, *, Tensor(a!) out)`; int64 exactly (the minimum wraps to itself). */
export const neg = /* @__PURE__ */ sameTypeUnaryKernel(
  'aten::neg.out',
  (x) => -x,
  REAL_TYPES,
  (x) => -x,
);
