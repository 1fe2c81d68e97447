import { binaryTensorKernel, comparisonSpec } from './util/binary.js';

/** `aten::logical_or.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const logicalOr = binaryTensorKernel(
  'aten::logical_or.out',
  comparisonSpec((x, y) => x !== 0 || y !== 0),
);
