/**
 * `aten.flip.out` as MIL `reverse` along the flipped dimensions and `aten.constant_pad_nd.out` as
 * MIL `pad` (mode `constant`), as coremltools' torch frontend writes them.
 */
import { ScalarType } from '@kindling/core';
import type { Node, Value } from '@kindling/ir';
import { dim, fail, intList, numberArg, type ProgramBuilder, tensorArg } from '../build-program.js';
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

/**
 * The MIL `pad` list of a constant pad (a [begin, end] pair for every dimension, first to last) from
 * PyTorch's (pairs from the last dimension backwards), or a reason.
 */
function padList(node: Node): { pad: number[]; value: number } | string {
  const x = node.args[0];
  if (x?.kind !== 'value' || x.value.type.kind !== 'tensor') return 'pads no tensor';
  // MIL pad holds fp16 and fp32 only
  if (x.value.tensor.dtype !== ScalarType.Float) return 'pads a tensor that is not float32';
  const rank = x.value.tensor.shape.length;
  const torchPad = intList(node.args[1]);
  if (!torchPad || torchPad.length % 2 !== 0 || torchPad.length > 2 * rank) return 'the padding is not literal pairs';
  // a negative padding crops (MIL pad takes none)
  if (torchPad.some((p) => p < 0)) return 'a padding is negative';
  const value = node.args[2] === undefined ? 0 : numberArg(node.args[2]);
  if (value === null) return 'the value is not a literal number';
  const pad = new Array<number>(2 * rank).fill(0);
  for (let i = 0; i < torchPad.length / 2; i++) {
    pad[2 * (rank - 1 - i)] = torchPad[2 * i] as number;
    pad[2 * (rank - 1 - i) + 1] = torchPad[2 * i + 1] as number;
  }
  return { pad, value };
}

function emitPad(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const p = padList(node);
  if (typeof p === 'string') return fail(`${node.op}: ${p}`);
  const x = b.read(tensorArg(node, 0));
  const inputs = {
    x,
    pad: b.ints(`${base}_pad_0`, p.pad),
    mode: b.string(`${base}_mode_0`, 'constant'),
    constant_val: b.constant(`${base}_constant_val_0`, [], { dtype: b.compute, values: [p.value] }),
  };
  return b.op('pad', inputs, b.result(out, base));
}

export const LAYOUT_OPS: LoweredOps = {
  'aten.constant_pad_nd.out': {
    mil: 'pad',
    problem: (node) => {
      const p = padList(node);
      return typeof p === 'string' ? p : null;
    },
    emit: emitPad,
  },
  'aten.flip.out': {
    mil: 'reverse',
    problem: (node) => {
      const axes = flipAxes(node);
      return typeof axes === 'string' ? axes : null;
    },
    emit: emitFlip,
  },
};
