/**
 * `scatter` (a tensor or a scalar of updates) and `scatter_add` of float tensors as MIL
 * `scatter_along_axis` (mode `update` / `add`), as coremltools writes them; where torch's `src` is
 * larger than the index (torch reads only the index's extent of it), it is sliced to the index's
 * shape first, and a scalar update is a constant of the index's shape. The indices are int32 inside
 * the program (the runtime refuses int64 indices outside int32). torch raises on an index out of
 * range where Core ML's result is undefined; with repeated indices torch's `scatter` keeps one of
 * the updates and so may Core ML, not necessarily the same (`scatter_add` sums them on both).
 */
import type { Node, Value } from '@kindling/ir';
import { dim, fail, numberArg, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
import { intArgOf, kindOf, valueArg } from './values.js';

/** Why `node` (data, dim, index, src-or-value) cannot be a `scatter_along_axis`, or `null`. */
function scatterProblem(node: Node, scalar: boolean): string | null {
  const data = valueArg(node, 0);
  const ids = valueArg(node, 2);
  const d = intArgOf(node, 1);
  if (!data || !ids || d === null) return 'takes no data, literal dim and index';
  if (kindOf(data) !== 'float') return `${data.name} is not float32 (only float scatters are lowered)`;
  if (kindOf(ids) !== 'int') return `the index ${ids.name} is not int64 or int32`;
  const rank = data.tensor.shape.length;
  const axis = dim(d, rank);
  const shape = ids.tensor.shape;
  if (shape.length !== rank) return 'the index differs from the data in rank';
  // Core ML scatters along the axis over the data's full extent elsewhere (torch's index may be smaller)
  if (shape.some((n, i) => i !== axis && n !== data.tensor.shape[i]))
    return 'the index differs from the data in size outside the dim';
  if (scalar) return numberArg(node.args[3]) === null ? 'the value is not a literal number' : null;
  const src = valueArg(node, 3);
  if (!src || kindOf(src) !== 'float') return 'the source is not a float32 tensor';
  if (src.tensor.shape.length !== rank || src.tensor.shape.some((n, i) => n < (shape[i] as number)))
    return 'the source is smaller than the index';
  return null;
}

function emitScatter(
  b: Parameters<LoweredOp['emit']>[0],
  node: Node,
  out: Value,
  base: string,
  mode: string,
  scalar: boolean,
): string {
  const data = tensorArg(node, 0);
  const ids = tensorArg(node, 2);
  const rank = data.tensor.shape.length;
  const axis = dim(intArgOf(node, 1) ?? fail('scatter without a dim'), rank);
  const shape = ids.tensor.shape;
  let updates: string;
  if (scalar) {
    const value = numberArg(node.args[3]) ?? fail('scatter without a value');
    const count = shape.reduce((a, n) => a * n, 1);
    updates = b.constant(`${base}_updates_0`, shape, { dtype: b.compute, values: new Float32Array(count).fill(value) });
  } else {
    const src = tensorArg(node, 3);
    updates = b.read(src);
    if (src.tensor.shape.some((n, i) => n !== shape[i])) {
      const inputs = {
        begin: b.ints(`${base}_src_begin_0`, new Array<number>(rank).fill(0)),
        end: b.ints(`${base}_src_end_0`, [...shape]),
        x: updates,
      };
      updates = b.op('slice_by_index', inputs, { name: b.fresh(`${base}_src`), dtype: b.compute, shape });
    }
  }
  const inputs = {
    axis: b.int(`${base}_axis_0`, axis),
    data: b.read(data),
    indices: b.read(ids),
    mode: b.string(`${base}_mode_0`, mode),
    updates,
  };
  return b.op('scatter_along_axis', inputs, b.result(out, base));
}

const scatterOp = (mode: 'update' | 'add', scalar: boolean): LoweredOp => ({
  mil: 'scatter_along_axis',
  problem: (node) => scatterProblem(node, scalar),
  emit: (b, node, out, base) => emitScatter(b, node, out, base, mode, scalar),
});

export const SCATTER_OPS: LoweredOps = Object.freeze({
  'aten.scatter.src': scatterOp('update', false),
  'aten.scatter.src_out': scatterOp('update', false),
  'aten.scatter.value': scatterOp('update', true),
  'aten.scatter.value_out': scatterOp('update', true),
  'aten.scatter_add.default': scatterOp('add', false),
  'aten.scatter_add.out': scatterOp('add', false),
});
