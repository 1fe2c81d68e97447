import { sameTypeUnaryKernel } from './util/unary.js';

/** `aten::abs.out(Tensor self, *, Tensor(a!) out)`. */
export const abs = sameTypeUnaryKernel('aten::abs.out', Math.abs);
