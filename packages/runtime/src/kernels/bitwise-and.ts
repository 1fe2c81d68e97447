import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_and.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseAndTensor = binaryTensorKernel('aten::bitwise_and.Tensor_out', bitwiseSpec('and'), INT_AND_BOOL);

/** `aten::bitwise_and.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseAndScalar = binaryScalarKernel('aten::bitwise_and.Scalar_out', bitwiseSpec('and'), INT_AND_BOOL);
