import type { BinarySpec } from './util/binary.js';
import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';

const spec: BinarySpec = { fn: () => (x, y) => x * y, int64Fn: () => (x, y) => x * y };

/** `aten::mul.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const mul = /* @__PURE__ */ binaryTensorKernel('aten::mul.out', spec);

/** `aten::mul.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const mulScalar = /* @__PURE__ */ binaryScalarKernel('aten::mul.Scalar_out', spec);
