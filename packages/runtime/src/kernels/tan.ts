import { floatUnaryKernel } from './util/unary.js';

/** `aten::tan.out(Tensor self, *, Tensor(a!) out)`. */
export const tan = floatUnaryKernel('aten::tan.out', Math.tan);
