import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_or.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseOrTensor = binaryTensorKernel('aten::bitwise_or.Tensor_out', bitwiseSpec('or'), INT_AND_BOOL);

/** `aten::bitwise_or.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseOrScalar = binaryScalarKernel('aten::bitwise_or.Scalar_out', bitwiseSpec('or'), INT_AND_BOOL);
