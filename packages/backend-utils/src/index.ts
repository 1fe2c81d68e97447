/**
 * What every Kindling backend payload reader needs, written once: bounds-checked FlatBuffers
 * reading, named data lookup with size checks, fp16/bf16 conversion, PyTorch's dtype promotion,
 * and seeded random data for reproducible tests and inputs.
 *
 * ```ts
 * import { CheckedByteBuffer, floatToHalf, requireNamedData } from '@kindling/backend-utils';
 * const bb = new CheckedByteBuffer(payload, 'my payload');
 * const weights = requireNamedData(namedData, key, { bytes: 4 * numel });
 * ```
 *
 * @packageDocumentation
 */
export { CheckedByteBuffer } from './checked-byte-buffer.js';
export {
  canCast,
  type PromotionTensor,
  promoteTypes,
  promotionCategory,
  resultType,
  type ScalarKind,
  scalarKindType,
} from './dtype-promotion.js';
export { bytesOf, checkCount, guardDecode, readList, requireTable } from './flatbuffer-reading.js';
export {
  bfloat16ToFloat,
  bfloat16ToFloatArray,
  floatToBfloat16,
  floatToBfloat16Array,
  floatToHalf,
  floatToHalfArray,
  halfToFloat,
  halfToFloatArray,
} from './half.js';
export { type NamedDataCheck, requireNamedData } from './named-data.js';
export { type RandomSource, randomFloat32, randomInt, randomInt8, seededRandom } from './seeded-random.js';
