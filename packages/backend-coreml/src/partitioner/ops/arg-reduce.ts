/**
 * Reductions with int64 index results, as coremltools writes them: `argmax` as `reduce_argmax`,
 * `max.dim` / `min.dim` as `reduce_max` / `reduce_min` and `reduce_argmax` / `reduce_argmin`,
 * `topk` as `topk` (two results). The indices are int32 inside the program and INT32 features,
 * widened to int64 by the runtime. Float and int32 sources; no arithmetic on the values.
 */
import type { Node, Value } from '@kindling/ir';
import { dim, fail, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
import { boolArgOf, intArgOf, kindOf, valueArg } from './values.js';

function sourceProblem(node: Node): string | null {
  const x = valueArg(node, 0);
  if (!x) return 'reduces no tensor';
  const kind = kindOf(x);
  if (kind !== 'float' && kind !== 'int') return `${x.name} is ${kind} (Core ML reduces float and int32 values)`;
  if (x.tensor.shape.length === 0) return `${x.name} has no dimensions`;
  if (intArgOf(node, 1) === null) return 'the dim is not a literal (a reduction of every element is not lowered)';
  return boolArgOf(node, 2, false) === null ? 'keepdim is not a literal' : null;
}

const axisOf = (node: Node, x: Value): number =>
  dim(intArgOf(node, 1) ?? fail(`${node.op} without a dim`), x.tensor.shape.length);

const argmax: LoweredOp = {
  mil: 'reduce_argmax',
  problem: sourceProblem,
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const axis = axisOf(node, x);
    const keep = boolArgOf(node, 2, false) ?? false;
    const xs = b.read(x);
    return b.op(
      'reduce_argmax',
      { axis: b.int(`${base}_axis_0`, axis), keep_dims: b.bool(`${base}_keep_dims_0`, keep), x: xs },
      b.result(out, base),
    );
  },
};

/** `max.dim` / `min.dim`: the values and their indices (both results written). */
function extremum(max: boolean): LoweredOp {
  const reduce = max ? 'reduce_max' : 'reduce_min';
  const arg = max ? 'reduce_argmax' : 'reduce_argmin';
  return {
    mil: `${reduce} + ${arg}`,
    problem: sourceProblem,
    emit(b, node, out, base) {
      const x = tensorArg(node, 0);
      const axis = axisOf(node, x);
      const keep = boolArgOf(node, 2, false) ?? false;
      const xs = b.read(x);
      const values = b.op(
        reduce,
        { axes: b.ints(`${base}_axes_0`, [axis]), keep_dims: b.bool(`${base}_keep_dims_0`, keep), x: xs },
        b.result(out, `${reduce}_0`),
      );
      const indices = node.outputs[1] ?? fail(`${node.op} without an indices result`);
      const at = b.op(
        arg,
        { axis: b.int(`${base}_axis_1`, axis), keep_dims: b.bool(`${base}_keep_dims_1`, keep), x: xs },
        b.result(indices, `${arg}_0`),
      );
      b.names.set(indices, at);
      return values;
    },
  };
}

const topk: LoweredOp = {
  mil: 'topk',
  problem(node) {
    const x = valueArg(node, 0);
    if (!x) return 'takes no tensor';
    const kind = kindOf(x);
    if (kind !== 'float' && kind !== 'int') return `${x.name} is ${kind} (Core ML sorts float and int32 values)`;
    if (x.tensor.shape.length === 0) return `${x.name} has no dimensions`;
    if (intArgOf(node, 1) === null) return 'k is not a literal';
    const d = node.args[2];
    if (d && d.kind !== 'int') return 'the dim is not a literal';
    if (boolArgOf(node, 3, true) === null) return 'largest is not a literal';
    return boolArgOf(node, 4, true) === true ? null : 'unsorted results are not lowered';
  },
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const d = node.args[2];
    const axis = dim(d?.kind === 'int' ? Number(d.value) : -1, x.tensor.shape.length);
    const largest = boolArgOf(node, 3, true) ?? true;
    const indices = node.outputs[1] ?? fail('topk without an indices result');
    const inputs: Record<string, string> = {
      ascending: b.bool(`${base}_ascending_0`, !largest),
      axis: b.int(`${base}_axis_0`, axis),
      k: b.int(`${base}_k_0`, intArgOf(node, 1) ?? fail('topk without k')),
    };
    inputs.x = b.read(x);
    const [values, at] = b.ops('topk', inputs, [b.result(out, `${base}_0`), b.result(indices, `${base}_1`)], base) as [
      string,
      string,
    ];
    b.names.set(indices, at);
    return values;
  },
};

/** Reductions with index results, by graph operator name. */
export const ARG_REDUCE_OPS: LoweredOps = Object.freeze({
  'aten.argmax.default': argmax,
  'aten.argmax.out': argmax,
  'aten.max.dim': extremum(true),
  'aten.max.dim_max': extremum(true),
  'aten.min.dim': extremum(false),
  'aten.min.dim_min': extremum(false),
  'aten.topk.default': topk,
  'aten.topk.values': topk,
});

/** The operators above whose every result the lowering writes. */
export const SEVERAL_RESULTS: ReadonlySet<string> = new Set([
  'aten.max.dim',
  'aten.max.dim_max',
  'aten.min.dim',
  'aten.min.dim_min',
  'aten.topk.default',
  'aten.topk.values',
]);
