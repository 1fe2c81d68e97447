import { binaryScalarKernel, binaryTensorKernel } from './util/binary.js';
import { bitwiseSpec } from './util/bitwise.js';
import { INT_AND_BOOL } from './util/dtype.js';

/** `aten::bitwise_xor.Tensor_out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const bitwiseXorTensor = binaryTensorKernel('aten::bitwise_xor.Tensor_out', bitwiseSpec('xor'), INT_AND_BOOL);

/** `aten::bitwise_xor.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const bitwiseXorScalar = binaryScalarKernel('aten::bitwise_xor.Scalar_out', bitwiseSpec('xor'), INT_AND_BOOL);
