/**
 * Indexing by int tensors, as coremltools writes it: `embedding` as `gather` on axis 0,
 * `index.Tensor` (one index tensor, whole dimensions before it) as `gather` on its dimension, `index_select` as `gather` on its dim,
 * `gather` as `gather_along_axis`. The indices are int32 inside the program (the runtime refuses
 * int64 indices outside int32). torch raises on an index out of range where Core ML does not (its
 * result is undefined there): the lowering takes these nodes as ExecuTorch's CoreMLPartitioner does,
 * so a program given out-of-range indices fails under the portable kernels and not under Core ML.
 */
import type { Node, Value } from '@kindling/ir';
import { dim, fail, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
import { intArgOf, kindOf, valueArg } from './values.js';

/** Why `node`'s source (argument `src`) and int indices (`ids`) cannot be gathered from, or `null`. */
function operandsProblem(src: Value | null, ids: Value | null): string | null {
  if (!src || !ids) return 'takes no source tensor and indices';
  const kind = kindOf(src);
  if (kind !== 'float' && kind !== 'int') return `${src.name} is ${kind} (Core ML gathers float and int32 values)`;
  return kindOf(ids) === 'int' ? null : `the indices ${ids.name} are not int64 or int32 (masks are not lowered)`;
}

/** A `gather` of `x` at `indices` along `axis`. */
function gather(
  b: Parameters<LoweredOp['emit']>[0],
  x: Value,
  ids: Value,
  axis: number,
  out: Value,
  base: string,
): string {
  const xs = b.read(x);
  const is = b.read(ids);
  return b.op('gather', { axis: b.int(`${base}_axis_0`, axis), indices: is, x: xs }, b.result(out, base));
}

const embedding: LoweredOp = {
  mil: 'gather',
  problem(node) {
    const w = valueArg(node, 0);
    if (w && w.tensor.shape.length !== 2) return 'the weight is not 2-D';
    return operandsProblem(w, valueArg(node, 1));
  },
  emit: (b, node, out, base) => gather(b, tensorArg(node, 0), tensorArg(node, 1), 0, out, base),
};

const indexSelect: LoweredOp = {
  mil: 'gather',
  problem(node) {
    const ids = valueArg(node, 2);
    if (intArgOf(node, 1) === null) return 'the dim is not a literal';
    if (ids && ids.tensor.shape.length > 1) return 'the index is not 1-D';
    return operandsProblem(valueArg(node, 0), ids);
  },
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const axis = dim(intArgOf(node, 1) ?? fail('index_select without a dim'), x.tensor.shape.length);
    return gather(b, x, tensorArg(node, 2), axis, out, base);
  },
};

/** The index tensors of `aten.index.Tensor`, or `null` when the list is not one. */
const indexList = (node: Node): readonly (Value | null)[] | null => {
  const a = node.args[1];
  return a?.kind === 'optional-tensor-list' || a?.kind === 'tensor-list' ? a.items : null;
};

/**
 * The one index tensor of an `aten.index.Tensor` and the dimension it indexes (the entries before
 * it are `None`: whole dimensions; those after it may be left out or `None`), or `null`. torch's
 * result is then `x.shape[:d] + ids.shape + x.shape[d+1:]`, what MIL `gather` on axis `d` gives.
 */
function singleIndex(node: Node): { ids: Value; axis: number } | null {
  const list = indexList(node);
  if (!list) return null;
  const at = list.flatMap((v, i) => (v ? [i] : []));
  if (at.length !== 1) return null;
  const axis = at[0] as number;
  return { ids: list[axis] as Value, axis };
}

const indexTensor: LoweredOp = {
  mil: 'gather',
  problem(node) {
    const one = singleIndex(node);
    if (!one) return 'indexes by more than one tensor';
    return operandsProblem(valueArg(node, 0), one.ids);
  },
  emit(b, node, out, base) {
    const one = singleIndex(node) ?? fail('index without one index tensor');
    return gather(b, tensorArg(node, 0), one.ids, one.axis, out, base);
  },
};

const gatherAlongAxis: LoweredOp = {
  mil: 'gather_along_axis',
  problem(node) {
    const x = valueArg(node, 0);
    const ids = valueArg(node, 2);
    const d = intArgOf(node, 1);
    if (d === null) return 'the dim is not a literal';
    const why = operandsProblem(x, ids);
    if (why || !x || !ids) return why;
    const rank = x.tensor.shape.length;
    const axis = dim(d, rank);
    // Core ML takes indices of the source's shape outside the axis; torch's may be smaller there
    const s = ids.tensor.shape;
    return s.length === rank && s.every((n, i) => i === axis || n === x.tensor.shape[i])
      ? null
      : 'the index differs from the source in size outside the dim';
  },
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const axis = dim(intArgOf(node, 1) ?? fail('gather without a dim'), x.tensor.shape.length);
    const xs = b.read(x);
    const is = b.read(tensorArg(node, 2));
    return b.op('gather_along_axis', { axis: b.int(`${base}_axis_0`, axis), indices: is, x: xs }, b.result(out, base));
  },
};

/** The index tensors `node` reads (an int64 index needs no bound: torch refuses one out of range). */
export function indexArguments(node: Node): Value[] {
  switch (node.op) {
    case 'aten.embedding.default':
    case 'aten.embedding.out':
      return [valueArg(node, 1)].filter((v): v is Value => v !== null);
    case 'aten.index_select.default':
    case 'aten.index_select.out':
    case 'aten.gather.default':
    case 'aten.gather.out':
    case 'aten.scatter.src':
    case 'aten.scatter.src_out':
    case 'aten.scatter.value':
    case 'aten.scatter.value_out':
    case 'aten.scatter_add.default':
    case 'aten.scatter_add.out':
      return [valueArg(node, 2)].filter((v): v is Value => v !== null);
    case 'aten.index.Tensor':
    case 'aten.index.Tensor_out':
      return (indexList(node) ?? []).filter((v): v is Value => v !== null);
    default:
      return [];
  }
}

/** Indexing operators, by graph operator name. */
export const INDEXING_OPS: LoweredOps = Object.freeze({
  'aten.embedding.default': embedding,
  'aten.embedding.out': embedding,
  'aten.index_select.default': indexSelect,
  'aten.index_select.out': indexSelect,
  'aten.index.Tensor': indexTensor,
  'aten.index.Tensor_out': indexTensor,
  'aten.gather.default': gatherAlongAxis,
  'aten.gather.out': gatherAlongAxis,
});
