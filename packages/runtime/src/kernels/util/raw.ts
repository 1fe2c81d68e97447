import type { ScalarType } from '@kindling/core';

/** True when elements of `from` can be copied bit-for-bit into `to`. */
export function canCopyRaw(from: ScalarType, to: ScalarType): boolean {
  if (from === to) return true;
  // bool and byte share storage but not semantics (bool must stay 0/1): only byte->bool needs conversion.
  return false;
}
