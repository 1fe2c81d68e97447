/**
 * `split_with_sizes_copy` and `split_copy` (literal sizes along a literal dim): one
 * `slice_by_index` per result. coremltools writes one `split` operation; the slices give the same
 * values with operations the interpreter and every Core ML version share.
 */
import type { Node, Value } from '@kindling/ir';
import { dim, fail, intList, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
import { intArgOf, valueArg } from './values.js';

/** The size of each piece along the split dimension and that dimension, or a reason. */
function pieces(node: Node): { sizes: number[]; axis: number } | string {
  const x = valueArg(node, 0);
  const d = intArgOf(node, 2) ?? (node.args[2] === undefined ? 0 : null);
  if (!x || d === null) return 'takes no tensor and literal dim';
  const rank = x.tensor.shape.length;
  const axis = dim(d, rank);
  const total = x.tensor.shape[axis];
  if (total === undefined) return 'the dim is out of range';
  let sizes: number[] | null;
  if (node.op.startsWith('aten.split_with_sizes')) sizes = intList(node.args[1]);
  else {
    const step = intArgOf(node, 1);
    sizes =
      step === null || step <= 0
        ? null
        : Array.from({ length: Math.ceil(total / step) }, (_, i) => Math.min(step, total - i * step));
  }
  if (!sizes) return 'the sizes are not literals';
  if (sizes.reduce((a, b) => a + b, 0) !== total || sizes.some((s) => s < 0))
    return 'the sizes do not add up to the dim';
  if (sizes.length !== node.outputs.length) return 'the sizes do not match the results';
  return { sizes, axis };
}

const split: LoweredOp = {
  mil: 'slice_by_index (one per result)',
  problem(node) {
    const p = pieces(node);
    if (typeof p === 'string') return p;
    return p.sizes.some((s) => s === 0) ? 'a piece is empty' : null;
  },
  emit(b, node, _out, base) {
    const p = pieces(node);
    if (typeof p === 'string') return fail(`${node.op}: ${p}`);
    const x = tensorArg(node, 0);
    const shape = x.tensor.shape;
    const xs = b.read(x);
    let start = 0;
    let first = '';
    for (const [k, size] of p.sizes.entries()) {
      const o = node.outputs[k] as Value;
      const inputs = {
        begin: b.ints(
          `${base}_${k}_begin_0`,
          shape.map((_, i) => (i === p.axis ? start : 0)),
        ),
        end: b.ints(
          `${base}_${k}_end_0`,
          shape.map((n, i) => (i === p.axis ? start + size : n)),
        ),
        x: xs,
      };
      const name = b.op('slice_by_index', inputs, b.result(o, `${base}_${k}`));
      if (k === 0) first = name;
      else b.names.set(o, name);
      start += size;
    }
    return first;
  },
};

export const SPLIT_OPS: LoweredOps = Object.freeze({
  'aten.split_with_sizes_copy.default': split,
  'aten.split_with_sizes_copy.out': split,
  'aten.split_copy.Tensor': split,
  'aten.split_copy.Tensor_out': split,
});

/** The split operators: every result is written. */
export const SPLIT_RESULTS: ReadonlySet<string> = new Set(Object.keys(SPLIT_OPS));
