import { floatUnaryKernel } from './util/unary.js';
import { erf as f } from './util/math.js';

/** `aten::erf.out(Tensor self, *, Tensor(a!) out)`. */
export const erf = floatUnaryKernel('aten::erf.out', f);
