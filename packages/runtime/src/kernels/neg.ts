import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::neg.out(Tensor self, *, Tensor(a!) out)`. */
export const neg = sameTypeUnaryKernel('aten::neg.out', (x) => -x);
