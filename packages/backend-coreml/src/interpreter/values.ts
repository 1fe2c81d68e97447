import { halfToFloat } from '@kindling/backend-utils';
import { ErrorCode } from '@kindling/core';
import type { TensorType, Value, ValueType } from '../generated/coreml-proto.js';
import { BlobDataType, type WeightBlob } from '../serialization/weight-blob.js';
import { dtypeOfMil, fail, type MilDType, type MilTensor, numel, roundHalf } from './tensor.js';

/** The dtype and static shape of a MIL tensor type (every dimension must be constant). */
export function tensorTypeOf(type: ValueType | undefined, what: string): { dtype: MilDType; shape: number[] } {
  const t: TensorType | undefined = type?.tensorType;
  if (!t) return fail(`${what}: only tensor values are supported`, {}, ErrorCode.NotSupported);
  const shape = t.dimensions.map((d) => {
    if (!d.constant)
      return fail(
        `${what}: a dimension is not constant (dynamic shapes are not supported)`,
        {},
        ErrorCode.NotSupported,
      );
    return d.constant.size;
  });
  if (t.rank !== shape.length) fail(`${what}: rank ${t.rank} but ${shape.length} dimensions`);
  return { dtype: dtypeOfMil(t.dataType), shape };
}

function fromBytes(dtype: MilDType, bytes: Uint8Array, n: number, what: string): Float32Array | Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = dtype === 'fp16' ? 2 : dtype === 'fp32' || dtype === 'int32' ? 4 : 1;
  if (bytes.byteLength !== n * width) fail(`${what}: ${bytes.byteLength} bytes for ${n} ${dtype} elements`);
  if (dtype === 'fp16') {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = halfToFloat(view.getUint16(2 * i, true));
    return out;
  }
  if (dtype === 'fp32') {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(4 * i, true);
    return out;
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = dtype === 'int32' ? view.getInt32(4 * i, true) : dtype === 'int8' ? view.getInt8(i) : view.getUint8(i);
  }
  return out;
}

const BLOB_TYPES: Partial<Record<MilDType, number>> = {
  fp16: BlobDataType.Float16,
  fp32: BlobDataType.Float32,
  int8: BlobDataType.Int8,
  uint8: BlobDataType.UInt8,
  int32: BlobDataType.Int32,
};

/** A constant MIL value (immediate or in the weight file) as a tensor of its declared type. */
export function constantValue(
  value: Value,
  what: string,
  blob: (fileName: string, offset: number) => WeightBlob,
): MilTensor {
  const { dtype, shape } = tensorTypeOf(value.type, what);
  const n = numel(shape);
  if (value.blobFileValue) {
    const b = blob(value.blobFileValue.fileName, value.blobFileValue.offset);
    if (b.dtype !== BLOB_TYPES[dtype]) fail(`${what}: blob type ${b.dtype} does not hold ${dtype} values`);
    return { dtype, shape, data: fromBytes(dtype, b.data, n, what) };
  }
  const t = value.immediateValue?.tensor;
  if (!t) return fail(`${what}: a value is neither a tensor nor a blob reference`, {}, ErrorCode.NotSupported);
  const count = (k: number) => {
    if (k !== n) fail(`${what}: ${k} values for shape [${shape.join(', ')}]`);
  };
  if (dtype === 'string') {
    const v = t.strings?.values ?? [];
    count(v.length);
    return { dtype, shape, data: v };
  }
  if (t.bytes) return { dtype, shape, data: fromBytes(dtype, t.bytes.values, n, what) };
  const list = t.floats?.values ?? t.ints?.values ?? t.longInts?.values ?? t.doubles?.values;
  const bools = t.bools?.values;
  if (bools) {
    count(bools.length);
    return { dtype, shape, data: Int32Array.from(bools, (b) => (b ? 1 : 0)) };
  }
  if (!list) {
    // protobuf writes no list for an empty tensor only: a shape with elements and no values is an error
    count(0);
    return { dtype, shape, data: dtype === 'fp16' || dtype === 'fp32' ? new Float32Array(0) : new Int32Array(0) };
  }
  count(list.length);
  if (dtype === 'fp16' || dtype === 'fp32') {
    const out = Float32Array.from(list);
    if (dtype === 'fp16') for (let i = 0; i < n; i++) out[i] = roundHalf(out[i] as number);
    return { dtype, shape, data: out };
  }
  for (const x of list)
    if (!Number.isSafeInteger(x) || x > 2 ** 31 - 1 || x < -(2 ** 31)) fail(`${what}: integer ${x} does not fit int32`);
  return { dtype, shape, data: Int32Array.from(list) };
}
