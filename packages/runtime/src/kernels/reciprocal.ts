import { floatUnaryKernel } from './util/unary.js';

/** `aten::reciprocal.out(Tensor self, *, Tensor(a!) out)`. */
export const reciprocal = floatUnaryKernel('aten::reciprocal.out', (x) => 1 / x);
