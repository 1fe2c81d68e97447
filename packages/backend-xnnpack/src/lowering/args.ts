/** Reading graph-IR node arguments and tensor facts for the XNNPACK lowering. */
import { ScalarType } from '@kindling/core';
import type { Argument, Node, Value } from '@kindling/ir';

/** Argument `i` of `node`, or `undefined` when the node has fewer. */
const argAt = (node: Node, i: number): Argument | undefined => node.args[i];

/** The tensor value of argument `i`, or `null`. */
export function tensorArg(node: Node, i: number): Value | null {
  const a = argAt(node, i);
  return a?.kind === 'value' && a.value.type.kind === 'tensor' ? a.value : null;
}

/** An integer literal argument (or `fallback` when absent / None). `null` when it is something else. */
export function intArg(node: Node, i: number, fallback: number | null = null): number | null {
  const a = argAt(node, i);
  if (!a || a.kind === 'none') return fallback;
  if (a.kind === 'int') return Number(a.value);
  if (a.kind === 'bool') return a.value ? 1 : 0;
  return null;
}

/** A numeric (int or float) literal argument; `undefined` when absent or None, `null` when not a number. */
export function scalarArg(node: Node, i: number): number | null | undefined {
  const a = argAt(node, i);
  if (!a || a.kind === 'none') return undefined;
  if (a.kind === 'int') return Number(a.value);
  if (a.kind === 'float') return a.value;
  if (a.kind === 'bool') return a.value ? 1 : 0;
  return null;
}

/** A boolean literal argument (or `fallback`). */
export function boolArg(node: Node, i: number, fallback: boolean): boolean | null {
  const a = argAt(node, i);
  if (!a || a.kind === 'none') return fallback;
  if (a.kind === 'bool') return a.value;
  if (a.kind === 'int') return a.value !== 0n;
  return null;
}

/** A literal int list (no symbolic sizes), `fallback` when absent / None, `null` otherwise. */
export function intListArg(node: Node, i: number, fallback: number[] | null = null): number[] | null {
  const a = argAt(node, i);
  if (!a || a.kind === 'none') return fallback;
  if (a.kind === 'int') return [Number(a.value)];
  if (a.kind !== 'int-list') return null;
  const out: number[] = [];
  for (const item of a.items) {
    if (typeof item !== 'bigint') return null;
    out.push(Number(item));
  }
  return out;
}

/**
 * An int list whose items are literals or values computed at run time (symbolic sizes), the
 * latter as `null`; `null` when the argument is not an int list.
 */
export function sizeListArg(node: Node, i: number): (number | null)[] | null {
  const a = argAt(node, i);
  if (!a || a.kind !== 'int-list') return null;
  return a.items.map((item) => (typeof item === 'bigint' ? Number(item) : null));
}

/** A string literal argument (or `fallback`). */
export function stringArg(node: Node, i: number, fallback: string): string | null {
  const a = argAt(node, i);
  if (!a || a.kind === 'none') return fallback;
  return a.kind === 'string' ? a.value : null;
}

/** The static shape of a tensor value. */
export const shapeOf = (v: Value): readonly number[] => v.tensor.shape;
export const numelOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** True for a float32 tensor. */
export const isF32 = (v: Value): boolean => v.type.kind === 'tensor' && v.type.dtype === ScalarType.Float;

/** Dim-order kinds the lowering understands: contiguous, or channels last for a 4-D tensor. */
export type Layout = 'nchw' | 'nhwc';

/** The physical layout of a tensor by its dim order (`null` for one the lowering does not handle). */
export function layoutOf(v: Value): Layout | null {
  const t = v.tensor;
  const order = t.dimOrder.join(',');
  if (t.dimOrder.every((d, i) => d === i)) return 'nchw';
  if (t.shape.length === 4 && order === '0,2,3,1') return 'nhwc';
  return null;
}

/** A dim index normalised against `rank` (negative counts from the end); `null` when out of range. */
export function normDim(d: number, rank: number): number | null {
  const n = d < 0 ? d + rank : d;
  return n >= 0 && n < Math.max(rank, 1) ? n : null;
}

/** NCHW -> NHWC permutation and its inverse. */
export const TO_NHWC = [0, 2, 3, 1] as const;
export const TO_NCHW = [0, 3, 1, 2] as const;

/** `shape` permuted: `out[i] = shape[perm[i]]`. */
export const permuteShape = (shape: readonly number[], perm: readonly number[]): number[] =>
  perm.map((p) => shape[p] as number);

/** Permutes a dense tensor's elements (`out` has shape `permuteShape(shape, perm)`). */
export function permuteData(data: Float32Array, shape: readonly number[], perm: readonly number[]): Float32Array {
  const rank = shape.length;
  const out = new Float32Array(data.length);
  if (rank === 0 || data.length === 0) {
    out.set(data);
    return out;
  }
  const strides = new Array<number>(rank);
  let s = 1;
  for (let d = rank - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d] as number;
  }
  const outShape = permuteShape(shape, perm);
  const index = new Array<number>(rank).fill(0);
  for (let i = 0; i < out.length; i++) {
    let src = 0;
    for (let d = 0; d < rank; d++) src += (index[d] as number) * (strides[perm[d] as number] as number);
    out[i] = data[src] as number;
    for (let d = rank - 1; d >= 0; d--) {
      index[d] = (index[d] as number) + 1;
      if ((index[d] as number) < (outShape[d] as number)) break;
      index[d] = 0;
    }
  }
  return out;
}

/** The float32 elements of a constant's bytes (copied, so alignment does not matter). */
export function f32Of(bytes: Uint8Array): Float32Array {
  const copy = bytes.slice();
  return new Float32Array(copy.buffer, 0, copy.byteLength >> 2);
}
