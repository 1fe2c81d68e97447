import { ScalarType } from '@kindling/core';
import type { BinarySpec } from './binary.js';
import { isFloat } from './dtype.js';
import { fail } from './errors.js';

// Literals, not `2 ** 31`: bundlers do not count a top-level `**` as free of side effects and keep it.
const I32_MIN = -2147483648;
const I32_MAX = 2147483647;

function small(x: number): boolean {
  return x >= I32_MIN && x <= I32_MAX;
}

/** A bitwise binary op on integers up to 64 bits (exact while values are exact as numbers). */
export function bitwiseSpec(kind: 'and' | 'or' | 'xor'): BinarySpec {
  const f32 =
    kind === 'and'
      ? (x: number, y: number) => x & y
      : kind === 'or'
        ? (x: number, y: number) => x | y
        : (x: number, y: number) => x ^ y;
  const f64 =
    kind === 'and'
      ? (x: bigint, y: bigint) => x & y
      : kind === 'or'
        ? (x: bigint, y: bigint) => x | y
        : (x: bigint, y: bigint) => x ^ y;
  return {
    check: (op, common) => {
      if (isFloat(common)) fail(op, 'bitwise operations require integral or bool tensors');
    },
    fn: (compute) => {
      if (compute === ScalarType.Bool) return (x, y) => f32(x, y) & 1;
      return (x, y) => (small(x) && small(y) ? f32(x, y) : Number(BigInt.asIntN(64, f64(BigInt(x), BigInt(y)))));
    },
    int64Fn: () => f64,
  };
}
