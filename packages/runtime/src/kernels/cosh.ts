import { floatUnaryKernel } from './util/unary.js';

/** `aten::cosh.out(Tensor self, *, Tensor(a!) out)`. */
export const cosh = floatUnaryKernel('aten::cosh.out', Math.cosh);
