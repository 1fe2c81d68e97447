/**
 * Shared helpers of the lowered operators on int and bool tensors: the kind of a graph value's
 * element type, and literal scalars written as MIL constants of a value's type.
 */
import { ScalarType } from '@kindling/core';
import type { Argument, Node, Value } from '@kindling/ir';
import { type MilType, numberArg, type ProgramBuilder } from '../build-program.js';

/** What a graph tensor holds: float (float32), int (int64 or int32: int32 inside the program) or bool. */
export type ValueKind = 'float' | 'int' | 'bool' | 'other';

export function kindOf(v: Value): ValueKind {
  if (v.type.kind !== 'tensor') return 'other';
  switch (v.tensor.dtype) {
    case ScalarType.Float:
      return 'float';
    case ScalarType.Long:
    case ScalarType.Int:
      return 'int';
    case ScalarType.Bool:
      return 'bool';
    default:
      return 'other';
  }
}

/** Graph value argument `i` of `node`, or `null`. */
export const valueArg = (node: Node, i: number): Value | null => {
  const a = node.args[i];
  return a?.kind === 'value' ? a.value : null;
};

/** The literal integer argument `i` of `node`, or `null`. */
export const intArgOf = (node: Node, i: number): number | null => {
  const a = node.args[i];
  return a?.kind === 'int' ? Number(a.value) : null;
};

/** The literal boolean argument `i` of `node` (`fallback` when it is absent), or `null`. */
export const boolArgOf = (node: Node, i: number, fallback: boolean): boolean | null => {
  const a = node.args[i];
  if (a === undefined || a.kind === 'none') return fallback;
  return a.kind === 'bool' ? a.value : null;
};

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Why literal `a` cannot be a MIL scalar next to a value of kind `kind`, or `null`: a number for a
 * float value; an integer inside int32 for an int value (an int64 literal outside int32, or a
 * fractional one an int tensor would be promoted against, is refused); a boolean or 0/1 for bool.
 */
export function scalarProblem(a: Argument | undefined, kind: ValueKind): string | null {
  const x = a?.kind === 'bool' ? Number(a.value) : numberArg(a);
  if (x === null) return 'the scalar is not a literal number';
  if (a?.kind === 'int' && (a.value > BigInt(INT32_MAX) || a.value < BigInt(INT32_MIN)))
    return `the scalar ${a.value} is outside int32 (Core ML programs hold int64 values as int32)`;
  if (kind === 'int' && !Number.isInteger(x))
    return 'a fractional scalar against an int tensor (torch compares in floating point)';
  if (kind === 'bool' && x !== 0 && x !== 1) return 'a scalar other than 0 or 1 against a bool tensor';
  return null;
}

/** Literal scalar `a` as a rank-0 MIL constant of type `dtype` (checked by `scalarProblem`). */
export function scalarConst(b: ProgramBuilder, base: string, a: Argument | undefined, dtype: MilType): string {
  const x = a?.kind === 'bool' ? Number(a.value) : (numberArg(a) as number);
  if (dtype === 'bool') return b.bool(base, x !== 0);
  if (dtype === 'int32') return b.int(base, x);
  return b.constant(base, [], { dtype: dtype === 'fp16' ? 'fp16' : 'fp32', values: [x] });
}
