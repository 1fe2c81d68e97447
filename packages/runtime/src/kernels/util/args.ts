import { type EValue, isScalarType, type ScalarType, Tag, type Tensor, tagName } from '@kindling/core';
import type { ScalarKind } from './dtype.js';
import { fail } from './errors.js';

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
  return fail(op, `argument ${i} must be ${want}, got ${tagName(v.tag)}`);
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

export function optIntArg(op: string, args: readonly EValue[], i: number): number | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return intArg(op, args, i);
}

export function doubleArg(op: string, args: readonly EValue[], i: number): number {
  const v = at(op, args, i);
  if (v.tag === Tag.Double || v.tag === Tag.Int) return v.value;
  if (v.tag === Tag.Bool) return v.value ? 1 : 0;
  return wrong(op, i, 'a float', v);
}

export function boolArg(op: string, args: readonly EValue[], i: number): boolean {
  const v = at(op, args, i);
  if (v.tag === Tag.Bool) return v.value;
  if (v.tag === Tag.Int) return v.value !== 0;
  return wrong(op, i, 'a bool', v);
}

export function stringArg(op: string, args: readonly EValue[], i: number): string {
  const v = at(op, args, i);
  if (v.tag !== Tag.String) wrong(op, i, 'a string', v);
  return v.value;
}

export function optStringArg(op: string, args: readonly EValue[], i: number): string | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return stringArg(op, args, i);
}

/** A Scalar argument: its numeric value and what kind of Python number it is. */
export interface Scalar {
  readonly value: number;
  readonly kind: ScalarKind;
}

export function scalarArg(op: string, args: readonly EValue[], i: number): Scalar {
  const v = at(op, args, i);
  switch (v.tag) {
    case Tag.Int:
      return { value: v.value, kind: 'int' };
    case Tag.Double:
      return { value: v.value, kind: 'float' };
    case Tag.Bool:
      return { value: v.value ? 1 : 0, kind: 'bool' };
    default:
      return wrong(op, i, 'a Scalar', v);
  }
}

export function optScalarArg(op: string, args: readonly EValue[], i: number): Scalar | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return scalarArg(op, args, i);
}

export function intListArg(op: string, args: readonly EValue[], i: number): readonly number[] {
  const v = at(op, args, i);
  if (v.tag === Tag.ListInt) return v.value;
  if (v.tag === Tag.Int) return [v.value];
  return wrong(op, i, 'an int[]', v);
}

export function optIntListArg(op: string, args: readonly EValue[], i: number): readonly number[] | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return intListArg(op, args, i);
}

function doubleListArg(op: string, args: readonly EValue[], i: number): readonly number[] {
  const v = at(op, args, i);
  if (v.tag === Tag.ListDouble || v.tag === Tag.ListInt) return v.value;
  return wrong(op, i, 'a float[]', v);
}

export function optDoubleListArg(op: string, args: readonly EValue[], i: number): readonly number[] | null {
  const v = at(op, args, i);
  if (v.tag === Tag.None) return null;
  return doubleListArg(op, args, i);
}

export function tensorListArg(op: string, args: readonly EValue[], i: number): readonly Tensor[] {
  const v = at(op, args, i);
  if (v.tag === Tag.ListTensor) return v.value;
  return wrong(op, i, 'a Tensor[]', v);
}

export function optTensorListArg(op: string, args: readonly EValue[], i: number): readonly (Tensor | null)[] {
  const v = at(op, args, i);
  if (v.tag === Tag.ListOptionalTensor) return v.value;
  if (v.tag === Tag.ListTensor) return v.value;
  return wrong(op, i, 'a Tensor?[]', v);
}

/** An optional `ScalarType` argument (stored as an int). */
export function optDtypeArg(op: string, args: readonly EValue[], i: number): ScalarType | null {
  const n = optIntArg(op, args, i);
  if (n === null) return null;
  if (!isScalarType(n)) fail(op, `argument ${i} is not a scalar type: ${n}`);
  return n;
}

/** An optional `MemoryFormat` argument: null/None, 0 (contiguous) or 1 (preserve) are accepted. */
export function checkMemoryFormat(op: string, args: readonly EValue[], i: number): void {
  const n = optIntArg(op, args, i);
  if (n !== null && n !== 0 && n !== 1) fail(op, `unsupported memory_format ${n}`);
}
