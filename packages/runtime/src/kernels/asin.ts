import { floatUnaryKernel } from './util/unary.js';

/** `aten::asin.out(Tensor self, *, Tensor(a!) out)`. */
export const asin = floatUnaryKernel('aten::asin.out', Math.asin);
