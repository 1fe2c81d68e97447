import { isFloatingType, ScalarType, scalarTypeName, type Tensor } from '@kindling/core';
import { fail } from './errors.js';
import { bfloat16ToNumber, halfToNumber, numberToBfloat16, numberToHalf } from './half.js';

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

const INT_RANK: Partial<Record<ScalarType, number>> = {
  [ScalarType.Char]: 1,
  [ScalarType.Short]: 2,
  [ScalarType.Int]: 3,
  [ScalarType.Long]: 4,
};
const FLOAT_RANK: Partial<Record<ScalarType, number>> = {
  [ScalarType.Half]: 1,
  [ScalarType.BFloat16]: 1,
  [ScalarType.Float]: 2,
  [ScalarType.Double]: 3,
};

/** PyTorch's `promote_types` for the real and bool dtypes. */
function promoteTypes(a: ScalarType, b: ScalarType): ScalarType {
  if (a === b) return a;
  if (a === ScalarType.Bool) return b;
  if (b === ScalarType.Bool) return a;
  const fa = isFloatingType(a);
  const fb = isFloatingType(b);
  if (fa && fb) {
    const ra = FLOAT_RANK[a] ?? 0;
    const rb = FLOAT_RANK[b] ?? 0;
    if (ra === rb) return ScalarType.Float; // half with bfloat16
    return ra > rb ? a : b;
  }
  if (fa) return a;
  if (fb) return b;
  if (a === ScalarType.Byte || b === ScalarType.Byte) {
    const other = a === ScalarType.Byte ? b : a;
    if (other === ScalarType.Char) return ScalarType.Short;
    if (INT_RANK[other] !== undefined) return other;
  }
  const ra = INT_RANK[a];
  const rb = INT_RANK[b];
  if (ra === undefined || rb === undefined) {
    throw new TypeError(`cannot promote ${scalarTypeName(a)} with ${scalarTypeName(b)}`);
  }
  return ra > rb ? a : b;
}

/** The kind of a scalar (Python number) argument. */
export type ScalarKind = 'bool' | 'int' | 'float';

/** The dtype a wrapped Python number participates as in type promotion. */
function scalarKindType(kind: ScalarKind): ScalarType {
  return kind === 'bool' ? ScalarType.Bool : kind === 'int' ? ScalarType.Long : ScalarType.Float;
}

function combineCategories(higher: ScalarType | undefined, lower: ScalarType | undefined): ScalarType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined) return higher;
  if (isFloatingType(higher)) return higher;
  if (higher === ScalarType.Bool || isFloatingType(lower)) return promoteTypes(higher, lower);
  return higher;
}

/**
 * PyTorch's `result_type` over tensors and scalars: dimensioned tensors take priority over
 * zero-dim tensors, which take priority over Python scalars, unless the lower-priority operand is of
 * a higher category (bool < integral < floating).
 */
export function resultType(tensors: readonly Tensor[], scalars: readonly ScalarKind[] = []): ScalarType {
  let dim: ScalarType | undefined;
  let zero: ScalarType | undefined;
  let wrapped: ScalarType | undefined;
  for (const t of tensors) {
    if (t.rank > 0) dim = dim === undefined ? t.dtype : promoteTypes(dim, t.dtype);
    else zero = zero === undefined ? t.dtype : promoteTypes(zero, t.dtype);
  }
  for (const k of scalars) {
    const s = scalarKindType(k);
    wrapped = wrapped === undefined ? s : promoteTypes(wrapped, s);
  }
  const r = combineCategories(dim, combineCategories(zero, wrapped));
  if (r === undefined) throw new TypeError('resultType of nothing');
  return r;
}

/** PyTorch's `can_cast`: no floating to integral, no non-bool to bool. */
function canCast(from: ScalarType, to: ScalarType): boolean {
  if (isFloatingType(from) && !isFloatingType(to)) return false;
  if (from !== ScalarType.Bool && to === ScalarType.Bool) return false;
  return true;
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

/** A function rounding a number to what dtype `t` can represent (values as JavaScript numbers). */
export function castFn(t: ScalarType): (x: number) => number {
  switch (t) {
    case ScalarType.Float:
      return Math.fround;
    case ScalarType.Double:
      return (x) => x;
    case ScalarType.Half:
      return (x) => halfToNumber(numberToHalf(x));
    case ScalarType.BFloat16:
      return (x) => bfloat16ToNumber(numberToBfloat16(x));
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
