import { binaryTensorKernel, comparisonSpec } from './util/binary.js';

/** `aten::logical_xor.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const logicalXor = binaryTensorKernel(
  'aten::logical_xor.out',
  comparisonSpec((x, y) => (x !== 0) !== (y !== 0)),
);
