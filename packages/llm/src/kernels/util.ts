// Helpers shared by the language-model kernels: argument access, errors, resizing and element access.
import {
  bfloat16ToFloat,
  bfloat16ToFloatArray,
  floatToBfloat16,
  floatToHalf,
  halfToFloat,
  halfToFloatArray,
} from '@kindling/backend-utils';
import {
  dtypeName,
  ErrorCode,
  type EValue,
  isScalarType,
  KindlingError,
  ScalarType,
  Tag,
  type Tensor,
  tagName,
} from '@kindling/core';

/** Throw a {@link KindlingError} naming the operator, with extra context. */
export function fail(
  op: string,
  message: string,
  context: Record<string, unknown> = {},
  code: ErrorCode = ErrorCode.InvalidArgument,
): never {
  throw new KindlingError(code, `${op}: ${message}`, { context: { operator: op, ...context } });
}

/** Check that the kernel received `count` schema arguments plus the return slot. */
export function expectArgs(op: string, args: readonly EValue[], count: number): void {
  if (args.length !== count + 1) {
    fail(op, `expected ${count} arguments and a return slot (${count + 1} values), got ${args.length}`);
  }
}

function at(op: string, args: readonly EValue[], i: number): EValue {
  const v = args[i];
  if (v === undefined) fail(op, `missing argument ${i}`);
  return v;
}

function wrong(op: string, i: number, want: string, v: EValue): never {
  return fail(op, `argument ${i} must be ${want}, got ${tagName(v.tag)}`, { argument: i });
}

export function tensorArg(op: string, args: readonly EValue[], i: number): Tensor {
  const v = at(op, args, i);
  if (v.tag !== Tag.Tensor) wrong(op, i, 'a Tensor', v);
  return v.value;
}

export function optTensorArg(op: string, args: readonly EValue[], i: number): Tensor | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  if (v.tag !== Tag.Tensor) wrong(op, i, 'a Tensor or None', v);
  return v.value;
}

export function intArg(op: string, args: readonly EValue[], i: number): number {
  const v = at(op, args, i);
  if (v.tag === Tag.Int) return v.value;
  if (v.tag === Tag.Bool) return v.value ? 1 : 0;
  return wrong(op, i, 'an int', v);
}

export function doubleArg(op: string, args: readonly EValue[], i: number): number {
  const v = at(op, args, i);
  if (v.tag === Tag.Double || v.tag === Tag.Int) return v.value;
  return wrong(op, i, 'a float', v);
}

export function optDoubleArg(op: string, args: readonly EValue[], i: number): number | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return doubleArg(op, args, i);
}

export function boolArg(op: string, args: readonly EValue[], i: number): boolean {
  const v = at(op, args, i);
  if (v.tag === Tag.Bool) return v.value;
  if (v.tag === Tag.Int) return v.value !== 0;
  return wrong(op, i, 'a bool', v);
}

/** A `ScalarType` argument (stored as an int); null when None and `optional`. */
export function dtypeArg(op: string, args: readonly EValue[], i: number, optional: true): ScalarType | null;
export function dtypeArg(op: string, args: readonly EValue[], i: number, optional?: false): ScalarType;
export function dtypeArg(op: string, args: readonly EValue[], i: number, optional = false): ScalarType | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) {
    if (optional) return null;
    return wrong(op, i, 'a ScalarType', v);
  }
  const n = intArg(op, args, i);
  if (!isScalarType(n)) fail(op, `argument ${i} is not a scalar type: ${n}`, { argument: i });
  return n;
}

/** Resize `out` to `sizes` (no-op when equal), rethrowing failures with the operator's name. */
export function resizeOut(op: string, out: Tensor, sizes: readonly number[]): void {
  const have = out.sizes;
  if (have.length === sizes.length && have.every((s, i) => s === sizes[i])) return;
  try {
    out.resize(sizes);
  } catch (e) {
    if (KindlingError.isInstance(e)) {
      fail(op, `cannot resize the output [${have.join(', ')}] to [${sizes.join(', ')}]: ${e.message}`, {}, e.code);
    }
    throw e;
  }
}

/** Whether `t` is laid out contiguously (identity dim order). */
function isContiguous(t: Tensor): boolean {
  for (let i = 0; i < t.dimOrder.length; i++) if (t.dimOrder[i] !== i) return false;
  return true;
}

export function requireContiguous(op: string, t: Tensor, what: string): void {
  if (!isContiguous(t)) fail(op, `${what} must be in contiguous dim order, got [${t.dimOrder.join(', ')}]`);
}

export function requireRank(op: string, t: Tensor, rank: number, what: string): void {
  if (t.rank !== rank) fail(op, `${what} must be ${rank}-D, got sizes [${t.sizes.join(', ')}]`);
}

export function requireDtype(op: string, t: Tensor, allowed: readonly ScalarType[], what: string): void {
  if (!allowed.includes(t.dtype)) {
    fail(op, `${what} must be ${allowed.map(dtypeName).join(' or ')}, got ${dtypeName(t.dtype)}`);
  }
}

export const FLOATS: readonly ScalarType[] = [ScalarType.Float, ScalarType.Half, ScalarType.BFloat16];

/**
 * Element values of a contiguous floating or integer tensor as numbers, in storage order (a view
 * when the typed array already holds numbers).
 */
export function numbers(op: string, t: Tensor): ArrayLike<number> {
  switch (t.dtype) {
    case ScalarType.Float:
    case ScalarType.Double:
    case ScalarType.Int:
    case ScalarType.Short:
    case ScalarType.Char:
    case ScalarType.Byte:
      return t.data as ArrayLike<number>;
    case ScalarType.Half:
      return halfToFloatArray(t.data as Uint16Array);
    case ScalarType.BFloat16:
      return bfloat16ToFloatArray(t.data as Uint16Array);
    case ScalarType.Long: {
      const src = t.data as BigInt64Array;
      const res = new Float64Array(src.length);
      for (let i = 0; i < res.length; i++) res[i] = Number(src[i]);
      return res;
    }
    default:
      return fail(op, `unsupported dtype ${dtypeName(t.dtype)}`);
  }
}

/** A function storing a number (already a float32 value) into a Float, Half or BFloat16 array. */
export type Store = (i: number, v: number) => void;

/** A store into `out`'s storage (Float, Double, Half or BFloat16). */
export function floatStore(op: string, out: Tensor): Store {
  switch (out.dtype) {
    case ScalarType.Float:
    case ScalarType.Double: {
      const d = out.data as Float32Array | Float64Array;
      return (i, v) => {
        d[i] = v;
      };
    }
    case ScalarType.Half: {
      const d = out.data as Uint16Array;
      return (i, v) => {
        d[i] = floatToHalf(v);
      };
    }
    case ScalarType.BFloat16: {
      const d = out.data as Uint16Array;
      return (i, v) => {
        d[i] = floatToBfloat16(v);
      };
    }
    default:
      return fail(op, `unsupported output dtype ${dtypeName(out.dtype)}`);
  }
}

/** Round a number to the given floating dtype's precision (float32 for Float, fp16 for Half, ...). */
export function roundTo(dtype: ScalarType): (v: number) => number {
  switch (dtype) {
    case ScalarType.Half:
      return (v) => halfToFloat(floatToHalf(Math.fround(v)));
    case ScalarType.BFloat16:
      return (v) => bfloat16ToFloat(floatToBfloat16(Math.fround(v)));
    case ScalarType.Double:
      return (v) => v;
    default:
      return Math.fround;
  }
}

/** Integer values of an index tensor (Long or Int) as numbers, with their range checked. */
export function indexValues(op: string, t: Tensor, limit: number, what: string): ArrayLike<number> {
  const n = t.numel;
  const res = new Float64Array(n);
  if (t.dtype === ScalarType.Long) {
    const d = t.data as BigInt64Array;
    for (let i = 0; i < n; i++) res[i] = checkIndex(op, d[i] as bigint, limit, what, i);
  } else if (t.dtype === ScalarType.Int) {
    const d = t.data as Int32Array;
    for (let i = 0; i < n; i++) res[i] = checkIndex(op, d[i] as number, limit, what, i);
  } else {
    fail(op, `indices must be int64 or int32, got ${dtypeName(t.dtype)}`);
  }
  return res;
}

function checkIndex(op: string, v: number | bigint, limit: number, what: string, pos: number): number {
  const n = Number(v);
  if (!(n >= 0 && n < limit))
    fail(op, `index ${v} at position ${pos} is out of range for ${limit} ${what}`, { index: pos });
  return n;
}
