import type { Elements } from '../kernels/data-movement.js';
import { XnnDatatype, type XnnQuantParams } from '../serialization/xnn-graph.js';

/** Where a value's elements live. */
type ValueStorage = 'arena' | 'external' | 'constant';

/** A value of a compiled graph: its current shape and a view of its elements. */
export interface RuntimeValue {
  readonly index: number;
  readonly id: number;
  readonly datatype: XnnDatatype;
  readonly quant: XnnQuantParams | null;
  readonly storage: ValueStorage;
  /** Delegate argument index for external values, else -1. */
  readonly externalArg: number;
  /** Whether the external tensor's elements are converted on the way in/out (fp16). */
  readonly converted: boolean;
  readonly isInput: boolean;
  readonly isOutput: boolean;
  /** Current shape, physical order. */
  shape: number[];
  /** Elements (fp16 values are held as fp32). `null` until bound. */
  data: Elements | null;
  /**
   * Scales of a quantized constant (fp32): one per channel, or for blockwise (`qbint4`) values one
   * per block, `[channels, blocks]` row-major (decoded from the serialized bf16).
   */
  channelScales: Float32Array | null;
  /**
   * Trailing dims that make up one dynamic quantization row of a `qdint8` value: the serialized
   * `num_nonbatch_dims`, or 1 (one row per pixel) where XNNPACK's pointwise GEMM consumes it.
   */
  quantRowDims: number;
  /** Run-time quantization parameters of a `qdint8` value, one per row. */
  rowScales: Float32Array | null;
  rowZeroPoints: Int32Array | null;
  /** Byte offset in the arena (arena values). */
  arenaOffset: number;
  /** Capacity in elements of the arena slot. */
  capacity: number;
}

/** Bytes per element the runtime stores for a datatype (fp16 is held as fp32). */
export function storageElementSize(dt: XnnDatatype): number {
  switch (dt) {
    case XnnDatatype.Fp32:
    case XnnDatatype.Fp16:
    case XnnDatatype.QInt32:
    case XnnDatatype.QCInt32:
    case XnnDatatype.Int32:
      return 4;
    case XnnDatatype.QInt8:
    case XnnDatatype.QUInt8:
    case XnnDatatype.QCInt8:
    case XnnDatatype.QDInt8:
    case XnnDatatype.QCInt4:
    case XnnDatatype.QBInt4:
      return 1;
    default:
      return 0;
  }
}

/** A typed view of `count` elements of `dt` over `buffer` at `byteOffset`. */
export function viewOf(dt: XnnDatatype, buffer: ArrayBufferLike, byteOffset: number, count: number): Elements {
  switch (dt) {
    case XnnDatatype.Fp32:
    case XnnDatatype.Fp16:
      return new Float32Array(buffer, byteOffset, count);
    case XnnDatatype.QInt32:
    case XnnDatatype.QCInt32:
    case XnnDatatype.Int32:
      return new Int32Array(buffer, byteOffset, count);
    case XnnDatatype.QUInt8:
    case XnnDatatype.QCInt4:
    case XnnDatatype.QBInt4:
      return new Uint8Array(buffer, byteOffset, count);
    default:
      return new Int8Array(buffer, byteOffset, count);
  }
}

/** Number of elements of a shape. */
export function numelOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Whether two shapes are equal. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
