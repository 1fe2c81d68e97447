import { softmaxKernel } from './util/softmax.js';

/** `aten::_log_softmax.out(Tensor self, int dim, bool half_to_float, *, Tensor(a!) out)`. */
export const logSoftmax = /* @__PURE__ */ softmaxKernel('aten::_log_softmax.out', true);
