import { isFloatingType, ScalarType, scalarTypeName } from '@kindling/core';

/** Promotion category of a dtype: 0 bool, 1 integral, 2 floating. */
export function promotionCategory(t: ScalarType): 0 | 1 | 2 {
  if (t === ScalarType.Bool) return 0;
  return isFloatingType(t) ? 2 : 1;
}

// Tables keyed by an imported enum are built in pure-annotated calls: a bundler cannot prove the
// computed keys free of side effects and would keep them in every bundle otherwise.
const INT_RANK: Partial<Record<ScalarType, number>> = /* @__PURE__ */ (() => ({
  [ScalarType.Char]: 1,
  [ScalarType.Short]: 2,
  [ScalarType.Int]: 3,
  [ScalarType.Long]: 4,
}))();
const FLOAT_RANK: Partial<Record<ScalarType, number>> = /* @__PURE__ */ (() => ({
  [ScalarType.Half]: 1,
  [ScalarType.BFloat16]: 1,
  [ScalarType.Float]: 2,
  [ScalarType.Double]: 3,
}))();

/**
 * PyTorch's `torch.promote_types` for the real and bool dtypes: bool gives way to anything,
 * integral to floating; `uint8` with `int8` is `int16`, `half` with `bfloat16` is `float32`.
 * Throws a `TypeError` for pairs outside that set (complex, quantized, `uint16`...).
 */
export function promoteTypes(a: ScalarType, b: ScalarType): ScalarType {
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

/** The dtype a wrapped Python number takes part in promotion as (`float` is the default dtype). */
export function scalarKindType(kind: ScalarKind): ScalarType {
  return kind === 'bool' ? ScalarType.Bool : kind === 'int' ? ScalarType.Long : ScalarType.Float;
}

/** What {@link resultType} needs of a tensor operand. */
export interface PromotionTensor {
  readonly dtype: ScalarType;
  /** Number of dimensions: 0-dim tensors take part with a lower priority. */
  readonly rank: number;
}

function combineCategories(higher: ScalarType | undefined, lower: ScalarType | undefined): ScalarType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined) return higher;
  if (isFloatingType(higher)) return higher;
  if (higher === ScalarType.Bool || isFloatingType(lower)) return promoteTypes(higher, lower);
  return higher;
}

/**
 * PyTorch's `torch.result_type` over tensors and scalars: dimensioned tensors take priority over
 * zero-dim tensors, which take priority over Python scalars, unless the lower-priority operand is of
 * a higher category (bool < integral < floating). Throws a `TypeError` when given no operand.
 */
export function resultType(tensors: readonly PromotionTensor[], scalars: readonly ScalarKind[] = []): ScalarType {
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

/** PyTorch's `torch.can_cast`: no floating to integral, no non-bool to bool. */
export function canCast(from: ScalarType, to: ScalarType): boolean {
  if (isFloatingType(from) && !isFloatingType(to)) return false;
  if (from !== ScalarType.Bool && to === ScalarType.Bool) return false;
  return true;
}
