import { floatUnaryKernel } from './util/unary.js';

/** `aten::atan.out(Tensor self, *, Tensor(a!) out)`. */
export const atan = floatUnaryKernel('aten::atan.out', Math.atan);
