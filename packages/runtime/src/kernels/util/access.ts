import {
  bfloat16ToFloat,
  bfloat16ToFloatArray,
  floatToBfloat16,
  floatToHalf,
  halfToFloat,
  halfToFloatArray,
} from '@kindling/backend-utils';
import { ScalarType, scalarTypeName, type Tensor } from '@kindling/core';
import { castFn } from './dtype.js';
import { fail } from './errors.js';

/** A writable array of numbers. */
interface NumberArray {
  [index: number]: number;
  readonly length: number;
}

/** Element values of `t` as numbers, in storage (physical) order. Viewed when possible, else converted. */
export function readNumbers(op: string, t: Tensor): ArrayLike<number> {
  const data = t.data;
  switch (t.dtype) {
    case ScalarType.Float:
    case ScalarType.Double:
    case ScalarType.Int:
    case ScalarType.Short:
    case ScalarType.Char:
    case ScalarType.Byte:
    case ScalarType.Bool:
    case ScalarType.UInt16:
    case ScalarType.UInt32:
      return data as ArrayLike<number>;
    case ScalarType.Long:
    case ScalarType.UInt64: {
      const src = data as ArrayLike<bigint>;
      const res = new Float64Array(src.length);
      for (let i = 0; i < res.length; i++) res[i] = Number(src[i]);
      return res;
    }
    case ScalarType.Half: {
      const src = data as Uint16Array;
      return halfToFloatArray(src);
    }
    case ScalarType.BFloat16: {
      const src = data as Uint16Array;
      return bfloat16ToFloatArray(src);
    }
    default:
      return fail(op, `unsupported dtype ${scalarTypeName(t.dtype)}`);
  }
}

/** Read one element (physical index) as a number. */
export function readOne(t: Tensor, index: number): number {
  const v = (t.data as ArrayLike<number | bigint>)[index] as number | bigint;
  if (t.dtype === ScalarType.Half) return halfToFloat(v as number);
  if (t.dtype === ScalarType.BFloat16) return bfloat16ToFloat(v as number);
  return Number(v);
}

/**
 * A place to write numbers destined for `out` (physical order): `out.data` itself when assignment
 * converts correctly, otherwise a scratch array converted by `commit`.
 */
export interface NumberSink {
  readonly values: NumberArray;
  commit(): void;
}

export function numberSink(op: string, out: Tensor): NumberSink {
  const dtype = out.dtype;
  switch (dtype) {
    case ScalarType.Float:
    case ScalarType.Double:
    case ScalarType.Int:
    case ScalarType.Short:
    case ScalarType.Char:
    case ScalarType.Byte:
      return { values: out.data as NumberArray, commit: () => {} };
    case ScalarType.Bool:
    case ScalarType.Long:
    case ScalarType.Half:
    case ScalarType.BFloat16: {
      const scratch = new Float64Array(out.numel);
      return { values: scratch, commit: () => writeNumbers(out, scratch) };
    }
    default:
      return fail(op, `unsupported output dtype ${scalarTypeName(dtype)}`);
  }
}

/** Write numbers (physical order) into `out`, converting to its dtype. */
function writeNumbers(out: Tensor, values: ArrayLike<number>): void {
  const n = Math.min(out.numel, values.length);
  switch (out.dtype) {
    case ScalarType.Bool: {
      const d = out.data as Uint8Array;
      for (let i = 0; i < n; i++) d[i] = (values[i] as number) !== 0 ? 1 : 0;
      return;
    }
    case ScalarType.Long: {
      const d = out.data as BigInt64Array;
      const cast = castFn(ScalarType.Long);
      for (let i = 0; i < n; i++) {
        const v = values[i] as number;
        d[i] = Number.isSafeInteger(v) ? BigInt(v) : BigInt.asIntN(64, BigInt(cast(v)));
      }
      return;
    }
    case ScalarType.Half: {
      const d = out.data as Uint16Array;
      for (let i = 0; i < n; i++) d[i] = floatToHalf(values[i] as number);
      return;
    }
    case ScalarType.BFloat16: {
      const d = out.data as Uint16Array;
      for (let i = 0; i < n; i++) d[i] = floatToBfloat16(values[i] as number);
      return;
    }
    default: {
      const d = out.data as NumberArray;
      for (let i = 0; i < n; i++) d[i] = values[i] as number;
    }
  }
}

/** Write one number to a physical index of `out`. */
export function writeOne(out: Tensor, index: number, value: number): void {
  switch (out.dtype) {
    case ScalarType.Bool:
      (out.data as Uint8Array)[index] = value !== 0 ? 1 : 0;
      return;
    case ScalarType.Long:
      (out.data as BigInt64Array)[index] = BigInt.asIntN(64, BigInt(castFn(ScalarType.Long)(value)));
      return;
    case ScalarType.Half:
      (out.data as Uint16Array)[index] = floatToHalf(value);
      return;
    case ScalarType.BFloat16:
      (out.data as Uint16Array)[index] = floatToBfloat16(value);
      return;
    default:
      (out.data as NumberArray)[index] = value;
  }
}

/** Fill the first `out.numel` elements of `out` with `value` (converted to its dtype). */
export function fillNumber(out: Tensor, value: number): void {
  const n = out.numel;
  if (n === 0) return;
  writeOne(out, 0, value);
  const d = out.data as unknown as { fill(v: unknown, s: number, e: number): void; [i: number]: unknown };
  d.fill(d[0], 0, n);
}
