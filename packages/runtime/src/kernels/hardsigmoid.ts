import { floatOnlyUnaryKernel } from './util/unary.js';

/** `aten::hardsigmoid.out(Tensor self, *, Tensor(a!) out)`: relu6(x + 3) / 6. */
export const hardsigmoid = /* @__PURE__ */ floatOnlyUnaryKernel(
  'aten::hardsigmoid.out',
  (x) => Math.min(Math.max(x + 3, 0), 6) / 6,
);
