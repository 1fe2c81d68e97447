/** `aten.flip.out` as MIL `reverse` along the flipped dimensions (as coremltools' torch frontend writes it). */
import type { Node, Value } from '@kindling/ir';
import { dim, fail, intList, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOps } from './lowered-op.js';

/** The flipped dimensions, normalised and distinct, or a reason. */
function flipAxes(node: Node): number[] | string {
  const x = node.args[0];
  if (x?.kind !== 'value' || x.value.type.kind !== 'tensor') return 'flips no tensor';
  const rank = x.value.tensor.shape.length;
  const dims = intList(node.args[1]);
  if (!dims) return 'the dims are not literals';
  const axes = dims.map((d) => dim(d, rank));
  if (axes.some((a) => a < 0 || a >= rank)) return 'a dim is out of range';
  if (new Set(axes).size !== axes.length) return 'a dim is repeated';
  return axes;
}

function emitFlip(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const axes = flipAxes(node);
  if (typeof axes === 'string') return fail(`${node.op}: ${axes}`);
  const x = b.read(tensorArg(node, 0));
  // flipping no dimension copies the tensor
  if (axes.length === 0) return b.op('identity', { x }, b.result(out, base));
  return b.op('reverse', { x, axes: b.ints(`${base}_axes_0`, axes) }, b.result(out, base));
}

export const LAYOUT_OPS: LoweredOps = {
  'aten.flip.out': {
    mil: 'reverse',
    problem: (node) => {
      const axes = flipAxes(node);
      return typeof axes === 'string' ? axes : null;
    },
    emit: emitFlip,
  },
};
