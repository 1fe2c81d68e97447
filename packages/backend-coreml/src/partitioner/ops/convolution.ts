/**
 * `aten.convolution.default`: 1-D and 2-D convolutions (`conv`) and transposed convolutions
 * (`conv_transpose`), as coremltools' torch frontend writes them. PyTorch and MIL keep the same
 * weight layouts (`[C_out, C_in / groups, k...]` for a convolution, `[C_in, C_out / groups, k...]`
 * for a transposed one). A transposed convolution's `output_padding` is written as coremltools
 * does: the transposed convolution without padding, then the padding cropped off, less the output
 * padding at the end (`crop` for 2-D, `slice_by_index` for 1-D).
 */
import type { Node, Value } from '@kindling/ir';
import { fail, intList, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOps } from './lowered-op.js';

const isConstant = (v: Value): boolean =>
  v.source === 'constant' || (v.source === 'alias' && v.aliasOf !== null && isConstant(v.aliasOf));

interface ConvParams {
  readonly spatial: number;
  readonly stride: number[];
  readonly padding: number[];
  readonly dilation: number[];
  readonly transposed: boolean;
  readonly outputPadding: number[];
  readonly groups: number;
}

/** The literal parameters of a convolution node (lists of one value spread to every dimension), or a reason. */
function convParams(node: Node): ConvParams | string {
  const x = node.args[0];
  if (x?.kind !== 'value' || x.value.type.kind !== 'tensor') return 'convolves no tensor';
  const spatial = x.value.tensor.shape.length - 2;
  if (spatial !== 1 && spatial !== 2) return 'only 1-D and 2-D convolutions are lowered';
  const list = (i: number, fallback: number): number[] | null => {
    const a = node.args[i];
    const v = a === undefined ? [fallback] : intList(a);
    if (!v) return null;
    if (v.length === 1) return new Array<number>(spatial).fill(v[0] as number);
    return v.length === spatial ? v : null;
  };
  const stride = list(3, 1);
  const padding = list(4, 0);
  const dilation = list(5, 1);
  const outputPadding = list(7, 0);
  if (!stride || !padding || !dilation || !outputPadding)
    return `stride, padding, dilation or output padding is not a ${spatial}-D literal`;
  const t = node.args[6];
  if (t !== undefined && t.kind !== 'bool') return 'transposed is not a literal';
  const g = node.args[8];
  if (g !== undefined && g.kind !== 'int') return 'groups is not a literal';
  return {
    spatial,
    stride,
    padding,
    dilation,
    transposed: t?.kind === 'bool' && t.value,
    outputPadding,
    groups: g?.kind === 'int' ? Number(g.value) : 1,
  };
}

function convProblem(node: Node): string | null {
  const p = convParams(node);
  if (typeof p === 'string') return p;
  const w = node.args[1];
  if (w?.kind !== 'value' || !isConstant(w.value)) return 'the weight is not a constant';
  const b = node.args[2];
  if (b && b.kind !== 'none' && (b.kind !== 'value' || !isConstant(b.value))) return 'the bias is not a constant';
  if (p.stride.some((s) => s < 1) || p.dilation.some((d) => d < 1) || p.padding.some((d) => d < 0))
    return 'a stride, dilation or padding is out of range';
  if (p.groups < 1) return 'groups is not positive';
  if (!p.transposed) return p.outputPadding.every((o) => o === 0) ? null : 'output padding without transposition';
  // the frontend crops the output padding out of the convolution's padding (a pre-padding of the
  // input, which it writes otherwise, is not lowered here)
  if (p.outputPadding.some((o, i) => o < 0 || o > (p.padding[i] as number)))
    return 'an output padding is larger than the padding';
  return null;
}

function emitConv(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const p = convParams(node);
  if (typeof p === 'string') return fail(`${node.op}: ${p}`);
  const x = tensorArg(node, 0);
  const w = tensorArg(node, 1);
  const biasArg = node.args[2];
  const cropped = p.transposed && p.outputPadding.some((o) => o > 0);
  const inputs: Record<string, string> = {};
  if (biasArg?.kind === 'value') inputs.bias = b.read(biasArg.value);
  inputs.dilations = b.ints(`${base}_dilations_0`, p.dilation);
  inputs.groups = b.int(`${base}_groups_0`, p.groups);
  inputs.pad = b.ints(
    `${base}_pad_0`,
    cropped ? new Array<number>(2 * p.spatial).fill(0) : p.padding.flatMap((q) => [q, q]),
  );
  inputs.pad_type = b.string(`${base}_pad_type_0`, 'custom');
  inputs.strides = b.ints(`${base}_strides_0`, p.stride);
  inputs.weight = b.read(w);
  inputs.x = b.read(x);
  if (!p.transposed) return b.op('conv', inputs, b.result(out, base));
  const shape = out.tensor.shape;
  // the frontend's output-shape pass gives conv_transpose its output shape
  const full = cropped
    ? shape.map((n, i) => (i < 2 ? n : n + 2 * (p.padding[i - 2] as number) - (p.outputPadding[i - 2] as number)))
    : shape;
  inputs.output_shape = b.ints(`${base}_output_shape_0`, full);
  if (!cropped) return b.op('conv_transpose', inputs, b.result(out, base));
  const convOut = b.op('conv_transpose', inputs, {
    name: b.fresh(`${base}_conv_transpose`),
    dtype: b.compute,
    shape: full,
  });
  const begin = p.padding;
  const end = p.padding.map((q, i) => q - (p.outputPadding[i] as number));
  if (p.spatial === 2) {
    const inputs2 = {
      crop_height: b.ints(`${base}_crop_height_0`, [begin[0] as number, end[0] as number]),
      crop_width: b.ints(`${base}_crop_width_0`, [begin[1] as number, end[1] as number]),
      x: convOut,
    };
    return b.op('crop', inputs2, b.result(out, base));
  }
  const length = full[2] as number;
  const inputs1 = {
    begin: b.ints(`${base}_begin_0`, [0, 0, begin[0] as number]),
    end: b.ints(`${base}_end_0`, [0, 0, length - (end[0] as number)]),
    begin_mask: b.constant(`${base}_begin_mask_0`, [3], { dtype: 'bool', values: [true, true, false] }),
    end_mask: b.constant(`${base}_end_mask_0`, [3], { dtype: 'bool', values: [true, true, false] }),
    x: convOut,
  };
  return b.op('slice_by_index', inputs1, b.result(out, base));
}

export const CONVOLUTION_OPS: LoweredOps = {
  'aten.convolution.default': { mil: 'conv / conv_transpose', problem: convProblem, emit: emitConv },
};
