import type { Tensor } from '@kindling/core';
import { type ManifestValue, readTensorFile } from './manifest.js';
import { type Comparison, compareValue, type OutputValue } from './values.js';

/**
 * Compares an output with the value ExecuTorch recorded, reading a recorded tensor from its file
 * under `dir` (see {@link compareValue} for the rules).
 */
export function compareOutput(
  dir: string,
  actual: OutputValue | unknown,
  expected: ManifestValue,
  tol: { atol: number; rtol: number },
): Comparison {
  const want: Tensor | null = expected.kind === 'tensor' ? readTensorFile(dir, expected) : null;
  return compareValue(actual, expected, want, tol);
}
