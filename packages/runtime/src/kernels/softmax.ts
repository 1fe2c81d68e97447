import { softmaxKernel } from './util/softmax.js';

/** `aten::_softmax.out(Tensor self, int dim, bool half_to_float, *, Tensor(a!) out)`. */
export const softmax = /* @__PURE__ */ softmaxKernel('aten::_softmax.out', false);
