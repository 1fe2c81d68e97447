import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::ceil.out(Tensor self, *, Tensor(a!) out)`. */
export const ceil = sameTypeUnaryKernel('aten::ceil.out', Math.ceil);
