import { bfloat16ToFloat, canCast, floatToBfloat16, floatToHalf, halfToFloat } from '@kindling/backend-utils';
import { isFloatingType, ScalarType, scalarTypeName, type Tensor } from '@kindling/core';
import { fail } from './errors.js';

export { resultType, type ScalarKind } from '@kindling/backend-utils';

/** Dtypes the portable kernels compute with. */
export const REAL_TYPES: readonly ScalarType[] = Object.freeze([
  ScalarType.Byte,
  ScalarType.Char,
  ScalarType.Short,
  ScalarType.Int,
  ScalarType.Long,
  ScalarType.Half,
  ScalarType.Float,
  ScalarType.Double,
  ScalarType.BFloat16,
]);
/** Real types plus bool. */
export const REAL_AND_BOOL: readonly ScalarType[] = Object.freeze([...REAL_TYPES, ScalarType.Bool]);
/** Floating types. */
export const FLOAT_TYPES: readonly ScalarType[] = Object.freeze([
  ScalarType.Half,
  ScalarType.Float,
  ScalarType.Double,
  ScalarType.BFloat16,
]);
/** Integral types plus bool. */
export const INT_AND_BOOL: readonly ScalarType[] = Object.freeze([
  ScalarType.Byte,
  ScalarType.Char,
  ScalarType.Short,
  ScalarType.Int,
  ScalarType.Long,
  ScalarType.Bool,
]);

export function isFloat(t: ScalarType): boolean {
  return isFloatingType(t);
}

/** Throw unless a result of `from` may be written to an output of dtype `to`. */
export function checkCast(op: string, from: ScalarType, to: ScalarType): void {
  if (!canCast(from, to)) {
    fail(op, `result type ${scalarTypeName(from)} can't be cast to the desired output type ${scalarTypeName(to)}`);
  }
}

/** Throw unless every tensor's dtype is one the portable kernels handle and `allowed` lists. */
export function checkDtypes(
  op: string,
  allowed: readonly ScalarType[],
  ...tensors: (Tensor | null | undefined)[]
): void {
  for (const t of tensors) {
    if (t && !allowed.includes(t.dtype)) fail(op, `unsupported dtype ${scalarTypeName(t.dtype)}`);
  }
}

/** {@link checkDtypes} for one tensor (no argument list built per call). */
export function checkDtype(op: string, allowed: readonly ScalarType[], t: Tensor): void {
  if (!allowed.includes(t.dtype)) fail(op, `unsupported dtype ${scalarTypeName(t.dtype)}`);
}

/** A function rounding a number to what dtype `t` can represent (values as JavaScript numbers). */
export function castFn(t: ScalarType): (x: number) => number {
  switch (t) {
    case ScalarType.Float:
      return Math.fround;
    case ScalarType.Double:
      return (x) => x;
    case ScalarType.Half:
      return (x) => halfToFloat(floatToHalf(x));
    case ScalarType.BFloat16:
      return (x) => bfloat16ToFloat(floatToBfloat16(x));
    case ScalarType.Int:
      return (x) => x | 0;
    case ScalarType.Short:
      return (x) => ((x | 0) << 16) >> 16;
    case ScalarType.Char:
      return (x) => ((x | 0) << 24) >> 24;
    case ScalarType.Byte:
      return (x) => (x | 0) & 0xff;
    case ScalarType.Long:
      return (x) => (Number.isFinite(x) ? Math.trunc(x) : Number.isNaN(x) ? 0 : x > 0 ? 2 ** 63 - 1 : -(2 ** 63)) + 0;
    case ScalarType.Bool:
      return (x) => (x !== 0 ? 1 : 0);
    default:
      throw new TypeError(`no cast to ${scalarTypeName(t)}`);
  }
}
