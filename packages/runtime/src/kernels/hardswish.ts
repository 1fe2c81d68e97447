import { floatOnlyUnaryKernel } from './util/unary.js';

/** `aten::hardswish.out(Tensor self, *, Tensor(a!) out)`: x * relu6(x + 3) / 6. */
export const hardswish = /* @__PURE__ */ floatOnlyUnaryKernel(
  'aten::hardswish.out',
  (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
);
