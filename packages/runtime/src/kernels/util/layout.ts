import type { Tensor } from '@kindling/core';
import { numberSink, readNumbers } from './access.js';
import { identityOrder, logicalOffsets, offsetTable } from './shape.js';

/** Element values of `t` as numbers in logical (row-major) order, whatever its dim order. */
export function readLogical(op: string, t: Tensor): ArrayLike<number> {
  const data = readNumbers(op, t);
  const offs = logicalOffsets(t);
  if (offs === null) return data;
  const res = new Float64Array(offs.length);
  for (let i = 0; i < offs.length; i++) res[i] = data[offs[i] as number] as number;
  return res;
}

/** Write values given in logical (row-major) order into `out` (converted to its dtype, honouring its dim order). */
export function writeLogical(op: string, out: Tensor, values: ArrayLike<number>): void {
  writeOrdered(op, out, identityOrder(out.rank), values);
}

/** Write values given in the iteration order `order` (dims outermost first) into `out`. */
export function writeOrdered(op: string, out: Tensor, order: readonly number[], values: ArrayLike<number>): void {
  const n = out.numel;
  if (n === 0) return;
  const offs = offsetTable(out.sizes, out.strides, order);
  const sink = numberSink(op, out);
  const o = sink.values;
  if (offs === null) for (let i = 0; i < n; i++) o[i] = values[i] as number;
  else for (let i = 0; i < n; i++) o[offs[i] as number] = values[i] as number;
  sink.commit();
}

/** Raw elements of `t` (its own typed array type) in logical order: exact for every dtype. */
export function rawLogical(t: Tensor): ArrayLike<unknown> & { slice?: unknown } {
  const data = t.data as unknown as ArrayLike<unknown>;
  const offs = logicalOffsets(t);
  if (offs === null) return data;
  const Ctor = (t.data as unknown as { constructor: new (n: number) => { [i: number]: unknown; length: number } })
    .constructor;
  const res = new Ctor(offs.length);
  for (let i = 0; i < offs.length; i++) res[i] = data[offs[i] as number];
  return res;
}

/** A typed array of `t`'s own element type with `n` elements. */
export function newRawLike(t: Tensor, n: number): { [i: number]: unknown; length: number } {
  const Ctor = (t.data as unknown as { constructor: new (n: number) => { [i: number]: unknown; length: number } })
    .constructor;
  return new Ctor(n);
}

/** Write raw values of `out`'s own element type, given in logical order, into `out` (exact). */
export function writeRawLogical(out: Tensor, values: ArrayLike<unknown>): void {
  const n = out.numel;
  if (n === 0) return;
  const d = out.data as unknown as { [i: number]: unknown; set(v: ArrayLike<unknown>): void };
  const offs = logicalOffsets(out);
  if (offs === null) {
    d.set(values.length === n ? values : Array.prototype.slice.call(values, 0, n));
    return;
  }
  for (let i = 0; i < n; i++) d[offs[i] as number] = values[i];
}
