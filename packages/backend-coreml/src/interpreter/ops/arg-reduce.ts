import type { MilOp } from '../op-args.js';
import { axisOf, floatTensor, isFloat, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';

/** Whether `a` ranks before `b` for a largest-first order: NaN above every number, as torch orders them. */
const above = (a: number, b: number): boolean => (Number.isNaN(a) ? !Number.isNaN(b) : a > b);

/** The shape of `x` reduced over `axis` (kept as 1 or removed). */
const reducedShape = (shape: readonly number[], axis: number, keep: boolean): number[] =>
  keep ? shape.map((d, i) => (i === axis ? 1 : d)) : shape.filter((_, i) => i !== axis);

/**
 * `reduce_argmax` / `reduce_argmin(x, axis, keep_dims)`: the int32 index of the largest (smallest)
 * element along `axis`, the first one on ties (NaN counted largest).
 */
function argReduce(largest: boolean): MilOp {
  return (args) => {
    const x = args.tensor('x');
    const src = numbers(x, 'x');
    const rank = x.shape.length;
    const axis = axisOf(args.int('axis', -1), rank);
    const keep = args.bool('keep_dims', false);
    const step = stridesOf(x.shape)[axis] as number;
    const count = x.shape[axis] as number;
    if (count === 0) args.fail('reduces an empty axis');
    const outer = numel(x.shape.slice(0, axis));
    const out = new Int32Array(outer * step);
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < step; i++) {
        const base = o * step * count + i;
        let best = 0;
        for (let k = 1; k < count; k++) {
          const v = src[base + k * step] as number;
          const b = src[base + best * step] as number;
          if (largest ? above(v, b) : above(b, v) || (Number.isNaN(v) && !Number.isNaN(b))) best = k;
        }
        out[o * step + i] = best;
      }
    return [{ dtype: 'int32', shape: reducedShape(x.shape, axis, keep), data: out }];
  };
}

/**
 * `topk(x, k, axis, ascending)`: the `k` largest (smallest when ascending) elements along `axis`,
 * sorted, and their int32 indices; equal elements in the order of their indices.
 */
const topk: MilOp = (args) => {
  const x = args.tensor('x');
  const src = numbers(x, 'x');
  const axis = axisOf(args.int('axis', -1), x.shape.length);
  const k = args.int('k', 1);
  const ascending = args.bool('ascending', false);
  const count = x.shape[axis] as number;
  if (!Number.isInteger(k) || k < 0 || k > count) args.fail(`k ${k} is out of range for ${count}`);
  const step = stridesOf(x.shape)[axis] as number;
  const outer = numel(x.shape.slice(0, axis));
  const shape = x.shape.map((d, i) => (i === axis ? k : d));
  const n = numel(shape);
  const values = new Float64Array(n);
  const indices = new Int32Array(n);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < step; i++) {
      const base = o * step * count + i;
      const order = Array.from({ length: count }, (_, j) => j);
      const at = (j: number) => src[base + j * step] as number;
      order.sort((p, q) => {
        const [a, b] = [at(p), at(q)];
        const first = ascending ? above(b, a) : above(a, b);
        const second = ascending ? above(a, b) : above(b, a);
        return first ? -1 : second ? 1 : p - q;
      });
      for (let j = 0; j < k; j++) {
        const dst = o * step * k + j * step + i;
        values[dst] = at(order[j] as number);
        indices[dst] = order[j] as number;
      }
    }
  const value: MilTensor = isFloat(x.dtype)
    ? floatTensor(x.dtype, shape, Float32Array.from(values))
    : { dtype: x.dtype, shape, data: Int32Array.from(values) };
  return [value, { dtype: 'int32', shape, data: indices }];
};

/** Reductions to indices and `topk`, by MIL name. */
export const ARG_REDUCE_OPS: Readonly<Record<string, MilOp>> = {
  reduce_argmax: argReduce(true),
  reduce_argmin: argReduce(false),
  topk,
};
