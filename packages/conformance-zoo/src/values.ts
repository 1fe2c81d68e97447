// What reading and comparing recorded values needs besides files: browser-safe (no Node imports),
// exported as `@kindling/conformance-zoo/values` for the browser tests.
import { bfloat16ToFloat, halfToFloat } from '@kindling/backend-utils';
import { isFloatingType, ScalarType, Tensor } from '@kindling/core';
import type { ManifestValue } from './manifest.js';

export type { ManifestValue };

/** Copies a contiguous tensor into a tensor of the same shape stored in `dimOrder`. */
export function toDimOrder(t: Tensor, dimOrder: readonly number[]): Tensor {
  const out = new Tensor({ dtype: t.dtype, sizes: t.sizes, dimOrder });
  copyLogical(t, out);
  return out;
}

/** Copies element by logical index from `src` to `dst` (same sizes, any dim orders). */
export function copyLogical(src: Tensor, dst: Tensor): void {
  const sizes = src.sizes;
  const rank = sizes.length;
  const n = src.numel;
  const s = src.data as unknown as { [i: number]: number | bigint };
  const d = dst.data as unknown as { [i: number]: number | bigint };
  const index = new Array<number>(rank).fill(0);
  for (let i = 0; i < n; i++) {
    let so = 0;
    let doff = 0;
    for (let k = 0; k < rank; k++) {
      so += (index[k] as number) * (src.strides[k] as number);
      doff += (index[k] as number) * (dst.strides[k] as number);
    }
    d[doff] = s[so] as number | bigint;
    for (let k = rank - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (sizes[k] as number)) break;
      index[k] = 0;
    }
  }
}

/** Elements of a tensor in logical (contiguous) order as numbers; half and bfloat16 decoded. */
export function logicalNumbers(t: Tensor): Float64Array {
  const contiguous = t.dimOrder.every((d, i) => d === i)
    ? t
    : toDimOrder(
        t,
        t.dimOrder.map((_, i) => i),
      );
  const out = new Float64Array(t.numel);
  const raw = contiguous.data as unknown as ArrayLike<number | bigint>;
  const decode =
    t.dtype === ScalarType.Half ? halfToFloat : t.dtype === ScalarType.BFloat16 ? bfloat16ToFloat : undefined;
  for (let i = 0; i < out.length; i++) {
    const v = raw[i] as number | bigint;
    out[i] = decode ? decode(Number(v)) : Number(v);
  }
  return out;
}

/** A method output as the runtime returns it: a tensor, a scalar or `null`. */
export type OutputValue = Tensor | number | bigint | boolean | string | null | readonly unknown[];

/** Result of comparing one output with its recorded value. */
export interface Comparison {
  ok: boolean;
  /** Largest absolute difference over floating elements. */
  maxAbs: number;
  message?: string;
}

/**
 * Compares an output with the value ExecuTorch recorded (`want`: the recorded tensor, read from its
 * file, for tensor values): floating tensors within
 * `|a - e| <= atol + rtol * |e|`, integer and bool tensors exactly, scalars exactly (floats within
 * the same tolerance).
 */
export function compareValue(
  actual: OutputValue | unknown,
  expected: ManifestValue,
  want: Tensor | null,
  tol: { atol: number; rtol: number },
): Comparison {
  if (expected.kind === 'tensor') {
    if (!(actual instanceof Tensor))
      return { ok: false, maxAbs: Number.NaN, message: `expected a tensor, got ${typeof actual}` };
    if (!want) return { ok: false, maxAbs: Number.NaN, message: 'no recorded tensor to compare with' };
    if (actual.dtype !== want.dtype) {
      return { ok: false, maxAbs: Number.NaN, message: `dtype ${actual.dtype}, expected ${want.dtype}` };
    }
    if (actual.sizes.join(',') !== want.sizes.join(',')) {
      return { ok: false, maxAbs: Number.NaN, message: `shape [${actual.sizes}], expected [${want.sizes}]` };
    }
    if (want.dtype === ScalarType.Long) return compareInt64(actual, want);
    const a = logicalNumbers(actual);
    const e = logicalNumbers(want);
    const floating = isFloatingType(want.dtype);
    let maxAbs = 0;
    for (let i = 0; i < e.length; i++) {
      const x = a[i] as number;
      const y = e[i] as number;
      if (Number.isNaN(y) && Number.isNaN(x)) continue;
      const d = Math.abs(x - y);
      if (!(d <= (floating ? tol.atol + tol.rtol * Math.abs(y) : 0))) {
        return { ok: false, maxAbs: Math.max(maxAbs, d), message: `element ${i}: got ${x}, expected ${y}` };
      }
      maxAbs = Math.max(maxAbs, d);
    }
    return { ok: true, maxAbs };
  }
  if (expected.kind === 'none') return { ok: actual === null, maxAbs: 0, message: 'expected None' };
  if (expected.kind === 'float') {
    const d = Math.abs(Number(actual) - expected.value);
    return {
      ok: d <= tol.atol + tol.rtol * Math.abs(expected.value),
      maxAbs: d,
      message: `got ${actual}, expected ${expected.value}`,
    };
  }
  const ok = actual === expected.value;
  return { ok, maxAbs: 0, ...(ok ? {} : { message: `got ${String(actual)}, expected ${expected.value}` }) };
}

/** int64 tensors element by element as integers (numbers lose digits above 2^53). */
function compareInt64(actual: Tensor, want: Tensor): Comparison {
  const logical = (t: Tensor) =>
    (t.dimOrder.every((d, i) => d === i)
      ? t
      : toDimOrder(
          t,
          t.dimOrder.map((_, i) => i),
        )
    ).data as BigInt64Array;
  const a = logical(actual);
  const e = logical(want);
  const maxAbs = 0;
  for (let i = 0; i < e.length; i++) {
    const x = a[i] as bigint;
    const y = e[i] as bigint;
    if (x !== y)
      return { ok: false, maxAbs: Number.POSITIVE_INFINITY, message: `element ${i}: got ${x}, expected ${y}` };
  }
  return { ok: true, maxAbs };
}
