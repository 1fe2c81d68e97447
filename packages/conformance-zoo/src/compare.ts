import { isFloatingType, Tensor } from '@kindling/core';
import { logicalNumbers, type ManifestValue, readTensorFile } from './manifest.js';

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
 * Compares an output with the value ExecuTorch recorded: floating tensors within
 * `|a - e| <= atol + rtol * |e|`, integer and bool tensors exactly, scalars exactly (floats within
 * the same tolerance).
 */
export function compareOutput(
  dir: string,
  actual: OutputValue | unknown,
  expected: ManifestValue,
  tol: { atol: number; rtol: number },
): Comparison {
  if (expected.kind === 'tensor') {
    if (!(actual instanceof Tensor))
      return { ok: false, maxAbs: Number.NaN, message: `expected a tensor, got ${typeof actual}` };
    const want = readTensorFile(dir, expected);
    if (actual.dtype !== want.dtype) {
      return { ok: false, maxAbs: Number.NaN, message: `dtype ${actual.dtype}, expected ${want.dtype}` };
    }
    if (actual.sizes.join(',') !== want.sizes.join(',')) {
      return { ok: false, maxAbs: Number.NaN, message: `shape [${actual.sizes}], expected [${want.sizes}]` };
    }
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
