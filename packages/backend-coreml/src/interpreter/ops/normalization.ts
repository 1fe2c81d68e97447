import type { MilOp, OpArgs } from '../op-args.js';
import { axisOf, floatTensor, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';

/** Calls `f(base, step, count)` for every 1-D run of `shape` along `axis`. */
function forEachRun(shape: readonly number[], axis: number, f: (base: number, step: number, count: number) => void) {
  const step = stridesOf(shape)[axis] as number;
  const count = shape[axis] as number;
  const outer = numel(shape.slice(0, axis));
  for (let o = 0; o < outer; o++) for (let i = 0; i < step; i++) f(o * step * count + i, step, count);
}

const softmaxLike =
  (log: boolean): MilOp =>
  (args) => {
    const x = args.tensor('x');
    const axis = axisOf(args.int('axis', -1), x.shape.length);
    const src = numbers(x, 'x');
    const y = new Float32Array(src.length);
    forEachRun(x.shape, axis, (base, step, count) => {
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i++) max = Math.max(max, src[base + i * step] as number);
      let sum = 0;
      for (let i = 0; i < count; i++) sum += Math.exp((src[base + i * step] as number) - max);
      for (let i = 0; i < count; i++) {
        const v = (src[base + i * step] as number) - max;
        y[base + i * step] = log ? v - Math.log(sum) : Math.exp(v) / sum;
      }
    });
    return [floatTensor(args.output().dtype, x.shape, y)];
  };

/** Axes argument, sorted and checked, default every axis. */
function axesOf(args: OpArgs, rank: number): number[] {
  const axes = args.has('axes') ? args.ints('axes').map((a) => axisOf(a, rank)) : [...Array(rank).keys()];
  const sorted = [...new Set(axes)].sort((a, b) => a - b);
  if (sorted.length !== axes.length) args.fail('repeated axes');
  return sorted;
}

/**
 * Reduces `x` over `axes`: for each output element, `reduce` gets the input indices it covers.
 * Returns the reduced values and the output shape (kept dimensions of size 1 or removed).
 */
function reduceOver(x: MilTensor, axes: readonly number[], keep: boolean, reduce: (idx: number[]) => number) {
  const shape = x.shape;
  const strides = stridesOf(shape);
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const outN = numel(kept);
  const inner: number[] = [0];
  for (const a of axes) {
    const next: number[] = [];
    for (const base of inner)
      for (let i = 0; i < (shape[a] as number); i++) next.push(base + i * (strides[a] as number));
    inner.splice(0, inner.length, ...next);
  }
  const keptStrides = stridesOf(kept);
  const values = new Float64Array(outN);
  for (let o = 0; o < outN; o++) {
    let base = 0;
    for (let d = 0; d < shape.length; d++) {
      base += (Math.floor(o / (keptStrides[d] as number)) % (kept[d] as number)) * (strides[d] as number);
    }
    values[o] = reduce(inner.map((i) => base + i));
  }
  return { values, shape: keep ? kept : shape.filter((_, i) => !axes.includes(i)) };
}

function reduction(f: (src: ArrayLike<number>, idx: number[]) => number): MilOp {
  return (args) => {
    const x = args.tensor('x');
    const src = numbers(x, 'x');
    const axes = axesOf(args, x.shape.length);
    const r = reduceOver(x, axes, args.bool('keep_dims', false), (idx) => f(src, idx));
    const dtype = args.output().dtype;
    // int32 reductions (reduce_max / reduce_min of int32 values) stay exact: the values are held as float64
    if (dtype === 'int32') return [{ dtype, shape: r.shape, data: Int32Array.from(r.values) }];
    return [floatTensor(dtype, r.shape, Float32Array.from(r.values))];
  };
}

const sum = (src: ArrayLike<number>, idx: number[]) => idx.reduce((a, i) => a + (src[i] as number), 0);

/** `layer_norm(x, axes, gamma?, beta?, epsilon)`: `(x - mean) / sqrt(var + eps) * gamma + beta` over `axes`. */
const layerNorm: MilOp = (args) => {
  const x = args.tensor('x');
  const src = numbers(x, 'x');
  const axes = axesOf(args, x.shape.length);
  const eps = args.float('epsilon', 1e-5);
  const gamma = args.optional('gamma');
  const beta = args.optional('beta');
  const normShape = axes.map((a) => x.shape[a] as number);
  const g = gamma ? numbers(gamma, 'gamma') : undefined;
  const b = beta ? numbers(beta, 'beta') : undefined;
  const count = numel(normShape);
  if ((g && g.length !== count) || (b && b.length !== count))
    args.fail('gamma or beta do not match the normalized shape');
  const y = new Float32Array(src.length);
  reduceOver(x, axes, true, (idx) => {
    const mean = sum(src, idx) / idx.length;
    let v = 0;
    for (const i of idx) v += ((src[i] as number) - mean) ** 2;
    const inv = 1 / Math.sqrt(v / idx.length + eps);
    idx.forEach((i, j) => {
      y[i] = ((src[i] as number) - mean) * inv * (g ? (g[j] as number) : 1) + (b ? (b[j] as number) : 0);
    });
    return 0;
  });
  return [floatTensor(args.output().dtype, x.shape, y)];
};

/** `batch_norm(x, mean, variance, gamma?, beta?, epsilon)` over the channel axis 1. */
const batchNorm: MilOp = (args) => {
  const x = args.tensor('x');
  const src = numbers(x, 'x');
  const c = x.shape[1] as number;
  const mean = numbers(args.tensor('mean'), 'mean');
  const variance = numbers(args.tensor('variance'), 'variance');
  const gamma = args.optional('gamma');
  const beta = args.optional('beta');
  const g = gamma ? numbers(gamma, 'gamma') : undefined;
  const b = beta ? numbers(beta, 'beta') : undefined;
  if (mean.length !== c || variance.length !== c) args.fail('mean or variance do not match the channels');
  const eps = args.float('epsilon', 1e-5);
  const inner = numel(x.shape.slice(2));
  const y = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const ch = Math.floor(i / inner) % c;
    const norm = ((src[i] as number) - (mean[ch] as number)) / Math.sqrt((variance[ch] as number) + eps);
    y[i] = norm * (g ? (g[ch] as number) : 1) + (b ? (b[ch] as number) : 0);
  }
  return [floatTensor(args.output().dtype, x.shape, y)];
};

/** Softmax, normalizations and reductions, by MIL name. */
export const NORMALIZATION_OPS: Readonly<Record<string, MilOp>> = {
  softmax: softmaxLike(false),
  log_softmax: softmaxLike(true),
  layer_norm: layerNorm,
  batch_norm: batchNorm,
  reduce_sum: reduction(sum),
  reduce_mean: reduction((s, idx) => sum(s, idx) / idx.length),
  reduce_max: reduction((s, idx) => idx.reduce((a, i) => Math.max(a, s[i] as number), Number.NEGATIVE_INFINITY)),
  reduce_min: reduction((s, idx) => idx.reduce((a, i) => Math.min(a, s[i] as number), Number.POSITIVE_INFINITY)),
  reduce_prod: reduction((s, idx) => idx.reduce((a, i) => a * (s[i] as number), 1)),
  reduce_sum_square: reduction((s, idx) => idx.reduce((a, i) => a + (s[i] as number) ** 2, 0)),
  reduce_l1_norm: reduction((s, idx) => idx.reduce((a, i) => a + Math.abs(s[i] as number), 0)),
  reduce_l2_norm: reduction((s, idx) => Math.sqrt(idx.reduce((a, i) => a + (s[i] as number) ** 2, 0))),
};
