import { floatUnaryKernel } from './util/unary.js';

/** `aten::exp.out(Tensor self, *, Tensor(a!) out)`. */
export const exp = floatUnaryKernel('aten::exp.out', Math.exp);
