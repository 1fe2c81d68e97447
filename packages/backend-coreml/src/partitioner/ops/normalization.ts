/**
 * Normalizations over statistics computed from the input itself, written as coremltools' torch
 * frontend writes them (reductions and element-wise operations, no MIL normalization op): group
 * norm (`native_group_norm`) and batch norm with batch statistics (`_native_batch_norm_legit`
 * without running statistics, what instance norm and training-mode batch norm export to). Their
 * mean and rstd outputs are not written: the support rules take a node only when they are unread.
 */
import type { Argument, Node, Value } from '@kindling/ir';
import { emitTile, fail, intList, numberArg, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './index.js';
import { floatProblem } from './math.js';

/** Most dimensions a Core ML tensor may have. */
const MAX_RANK = 5;

const optionalTensor = (a: Argument | undefined): Value | null => (a?.kind === 'value' ? a.value : null);

/**
 * `(x - mean) / sqrt(var + eps)` with the (biased) mean and variance of `x` (shape `shape`) over
 * `axes`, kept as dimensions of size 1; returns the MIL name of the result.
 */
function normalize(
  b: ProgramBuilder,
  x: string,
  shape: readonly number[],
  axes: readonly number[],
  eps: number,
  base: string,
): string {
  const dtype = b.compute;
  const reduced = shape.map((n, i) => (axes.includes(i) ? 1 : n));
  const full = (name: string) => ({ name: b.fresh(`${base}_${name}`), dtype, shape });
  const small = (name: string) => ({ name: b.fresh(`${base}_${name}`), dtype, shape: reduced });
  const reduceMean = (v: string, name: string) =>
    b.op(
      'reduce_mean',
      { axes: b.ints(`${base}_${name}_axes_0`, axes), keep_dims: b.bool(`${base}_${name}_keep_dims_0`, true), x: v },
      small(name),
    );
  const mean = reduceMean(x, 'mean');
  const centered = b.op('sub', { x, y: mean }, full('sub'));
  const square = b.op('square', { x: centered }, full('square'));
  const variance = reduceMean(square, 'var');
  const epsilon = b.constant(`${base}_add_y_0`, [], { dtype, values: [eps] });
  const shifted = b.op('add', { x: variance, y: epsilon }, small('add'));
  const std = b.op('sqrt', { x: shifted }, small('sqrt'));
  return b.op('real_div', { x: centered, y: std }, full('real_div'));
}

/** `y * weight + bias` with per-channel (axis 1) `weight` and `bias` where given. */
function affine(
  b: ProgramBuilder,
  y: string,
  weight: Value | null,
  bias: Value | null,
  out: Value,
  base: string,
): string {
  const shape = out.tensor.shape;
  const channels = shape.map((n, i) => (i === 1 ? n : 1));
  const reshaped = (v: Value, name: string) =>
    b.op(
      'reshape',
      { shape: b.ints(`${base}_${name}_shape_0`, channels), x: b.read(v) },
      { name: b.fresh(`${base}_${name}`), dtype: b.compute, shape: channels },
    );
  let r = y;
  if (weight) r = b.op('mul', { x: r, y: reshaped(weight, 'weight') }, b.result(out, bias ? `${base}_mul` : base));
  if (bias) r = b.op('add', { x: r, y: reshaped(bias, 'bias') }, b.result(out, base));
  return r;
}

/** Why per-channel `weight` / `bias` (arguments `i`, `i + 1`) cannot be taken, or `null`. */
function affineProblem(node: Node, i: number, channels: number): string | null {
  for (const a of [node.args[i], node.args[i + 1]]) {
    if (!a || a.kind === 'none') continue;
    if (a.kind !== 'value') return 'weight or bias is not a tensor';
    const s = a.value.tensor.shape;
    if (s.length !== 1 || s[0] !== channels) return 'weight or bias is not one value per channel';
  }
  return null;
}

const groupNorm: LoweredOp = {
  mil: 'reshape + reduce_mean + sub + square + add + sqrt + real_div (+ mul + add)',
  problem: (node) => {
    const x = node.args[0];
    if (x?.kind !== 'value') return 'normalizes no tensor';
    const shape = x.value.tensor.shape;
    // the groups become a dimension of their own
    if (shape.length < 2 || shape.length + 1 > MAX_RANK) return 'group norm needs 2 to 4 dimensions';
    const c = shape[1] as number;
    const groups = numberArg(node.args[6]);
    if (groups === null || !Number.isInteger(groups) || groups < 1 || c % groups !== 0)
      return 'the groups are not a literal dividing the channels';
    if (numberArg(node.args[7]) === null) return 'eps is not a literal';
    return affineProblem(node, 1, c) ?? floatProblem(node);
  },
  emit: (b, node, out, base) => {
    const x = tensorArg(node, 0);
    const shape = x.tensor.shape;
    const [n, c] = shape as [number, number];
    const groups = numberArg(node.args[6]) ?? fail('group norm without groups');
    const grouped = [n, groups, c / groups, ...shape.slice(2)];
    const axes = Array.from({ length: grouped.length - 2 }, (_, i) => i + 2);
    const split = b.op(
      'reshape',
      { shape: b.ints(`${base}_reshape_shape_0`, grouped), x: b.read(x) },
      { name: b.fresh(`${base}_reshape`), dtype: b.compute, shape: grouped },
    );
    const eps = numberArg(node.args[7]) ?? fail('group norm without eps');
    const y = normalize(b, split, grouped, axes, eps, base);
    const joined = b.op(
      'reshape',
      { shape: b.ints(`${base}_reshape_back_shape_0`, [...shape]), x: y },
      { name: b.fresh(`${base}_reshape_back`), dtype: b.compute, shape },
    );
    return affine(b, joined, optionalTensor(node.args[1]), optionalTensor(node.args[2]), out, base);
  },
};

const batchNormBatchStats: LoweredOp = {
  mil: 'reduce_mean + sub + square + add + sqrt + real_div (+ mul + add)',
  problem: (node) => {
    const x = node.args[0];
    if (x?.kind !== 'value') return 'normalizes no tensor';
    const shape = x.value.tensor.shape;
    if (shape.length < 2) return 'batch norm needs at least 2 dimensions';
    // without running statistics only the batch's own statistics can be used
    const training = node.args[3];
    if (training?.kind !== 'bool' || !training.value) return 'training is not true';
    if (numberArg(node.args[5]) === null) return 'eps is not a literal';
    return affineProblem(node, 1, shape[1] as number) ?? floatProblem(node);
  },
  emit: (b, node, out, base) => {
    const x = tensorArg(node, 0);
    const shape = x.tensor.shape;
    const axes = shape.flatMap((_, i) => (i === 1 ? [] : [i]));
    const eps = numberArg(node.args[5]) ?? fail('batch norm without eps');
    const y = normalize(b, b.read(x), shape, axes, eps, base);
    return affine(b, y, optionalTensor(node.args[1]), optionalTensor(node.args[2]), out, base);
  },
};

/**
 * `repeat` (tile) of a float tensor, as coremltools writes it: `expand_dims` to the repeats' rank
 * first where they have more dimensions. Instance norm with affine parameters exports as a batch
 * norm over [1, N * C, ...] whose weight and bias are the parameters repeated N times.
 */
const repeat: LoweredOp = {
  mil: 'tile',
  problem: (node) => {
    const x = node.args[0];
    const reps = intList(node.args[1]);
    if (x?.kind !== 'value' || !reps) return 'the repeats are not a literal list';
    if (reps.length < x.value.tensor.shape.length) return 'fewer repeats than dimensions';
    if (reps.some((r) => r < 1)) return 'a repeat count is below 1';
    return floatProblem(node);
  },
  emit: (b, node, out, base) =>
    emitTile(b, tensorArg(node, 0), intList(node.args[1]) ?? fail('repeat without repeats'), out, base),
};

export const NORMALIZATION_OPS: LoweredOps = {
  'aten.repeat.out': repeat,
  'aten.native_group_norm.out': groupNorm,
  'aten._native_batch_norm_legit.no_stats_out': batchNormBatchStats,
};
