import { floatToHalf, halfToFloat } from '@kindling/backend-utils';
import { ErrorCode, KindlingError } from '@kindling/core';

/** Element types of MIL values the reference interpreter holds. */
export type MilDType = 'fp16' | 'fp32' | 'int32' | 'int8' | 'uint8' | 'bool' | 'string';

/**
 * A MIL tensor: floating values (fp16 ones already rounded to fp16) in a
 * `Float32Array`, integers and booleans in `Int32Array`, strings in an array.
 */
export interface MilTensor {
  readonly dtype: MilDType;
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | readonly string[];
}

/**
 * Most elements one value may hold (256 MiB of float32): a program asking for more is refused. The
 * largest value in the conformance zoo (MiniLM's token embedding) has 11.7 million.
 */
const MAX_ELEMENTS = 1 << 26;

export function fail(message: string, context: Record<string, unknown> = {}, code = ErrorCode.InvalidProgram): never {
  throw new KindlingError(code, `Core ML reference interpreter: ${message}`, {
    context: { backend: 'CoreMLBackend', ...context },
  });
}

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) fail(`bad dimension ${d} in [${shape.join(', ')}]`);
    n *= d;
    if (n > MAX_ELEMENTS) fail(`a value of shape [${shape.join(', ')}] is too large`, {}, ErrorCode.OutOfResources);
  }
  return n;
}

export const isFloat = (d: MilDType): boolean => d === 'fp16' || d === 'fp32';

/** The number nearest to `x` that binary16 represents (ties to even), as the fp16 programs store it. */
export function roundHalf(x: number): number {
  return halfToFloat(floatToHalf(x));
}

/** Rounds every element of `data` in place to `dtype`'s precision. */
function roundTo(dtype: MilDType, data: Float32Array): Float32Array {
  if (dtype === 'fp16') for (let i = 0; i < data.length; i++) data[i] = roundHalf(data[i] as number);
  return data;
}

/** A float tensor of `dtype` (fp16 values rounded) from computed values. */
export function floatTensor(dtype: MilDType, shape: readonly number[], data: Float32Array): MilTensor {
  if (!isFloat(dtype)) fail(`expected a float type, got ${dtype}`);
  if (data.length !== numel(shape)) fail('internal: data does not match its shape');
  return { dtype, shape, data: roundTo(dtype, data) };
}

/** The values of a numeric tensor. */
export function numbers(t: MilTensor, what: string): Float32Array | Int32Array {
  if (t.dtype === 'string') fail(`${what} is a string, a number was expected`);
  return t.data as Float32Array | Int32Array;
}

/** Row-major strides of `shape`. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i] as number;
  }
  return s;
}

/** The shape two shapes broadcast to (numpy rules), or a failure. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) fail(`shapes [${a.join(', ')}] and [${b.join(', ')}] do not broadcast`);
    out[i] = x === 1 ? y : x;
  }
  return out;
}

/** For each element of `out`, the index of the element of a tensor of `shape` broadcast to it. */
export function broadcastIndex(shape: readonly number[], out: readonly number[]): Int32Array {
  const n = numel(out);
  const idx = new Int32Array(n);
  const rank = out.length;
  const inStrides = stridesOf(shape);
  const stride = new Array<number>(rank).fill(0);
  for (let i = 0; i < rank; i++) {
    const j = shape.length - rank + i;
    if (j >= 0 && shape[j] !== 1) stride[i] = inStrides[j] as number;
  }
  const counter = new Array<number>(rank).fill(0);
  let at = 0;
  for (let k = 0; k < n; k++) {
    idx[k] = at;
    for (let d = rank - 1; d >= 0; d--) {
      counter[d]!++;
      at += stride[d] as number;
      if ((counter[d] as number) < (out[d] as number)) break;
      at -= (stride[d] as number) * (out[d] as number);
      counter[d] = 0;
    }
  }
  return idx;
}

/** An axis of a tensor of rank `rank`, negative ones counted from the end, checked. */
export function axisOf(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) fail(`axis ${axis} is out of range for rank ${rank}`);
  return a;
}

/** MIL data type numbers (the proto's `DataType`) to the interpreter's names. */
export function dtypeOfMil(dataType: number): MilDType {
  switch (dataType) {
    case 1:
      return 'bool';
    case 2:
      return 'string';
    case 10:
      return 'fp16';
    case 11:
      return 'fp32';
    case 21:
      return 'int8';
    case 23:
    case 24: // int64 constants (indices, shapes) are held as int32 values
      return 'int32';
    case 31:
      return 'uint8';
    default:
      return fail(
        `MIL data type ${dataType} is not supported by the reference interpreter`,
        {},
        ErrorCode.NotSupported,
      );
  }
}
