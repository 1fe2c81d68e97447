/**
 * `aten.upsample_nearest2d.vec_out` and `aten.upsample_bilinear2d.vec_out` as MIL
 * `upsample_nearest_neighbor` / `upsample_bilinear`, written as coremltools' torch frontend writes
 * them: fp32 scale factors, `out / in` where that divides and `(out + 1e-4) / in` otherwise (so that
 * Core ML's output size floor(in * scale) is `out`).
 *
 * Core ML recomputes the scale from the sizes (`in / out`, PyTorch's `recompute_scale_factor=True`);
 * PyTorch samples with `1 / scale_factor` where a node gives scale factors, so such a node is taken
 * only where scale_factor * in is exactly out (then both ratios are the same number). A bilinear
 * resize with `align_corners` to a size of 1 is refused (Core ML's grid spacing (in - 1) / (out - 1)
 * is undefined there; PyTorch samples index 0).
 */
import type { Argument, Node, Value } from '@kindling/ir';
import { fail, intList, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOps } from './lowered-op.js';

const NEAREST = 'aten.upsample_nearest2d.vec_out';
const BILINEAR = 'aten.upsample_bilinear2d.vec_out';

/** The fp32 scale factor coremltools writes for resizing `inSize` to `outSize`. */
function scaleFactor(inSize: number, outSize: number): number {
  return Math.fround(outSize % inSize === 0 ? outSize / inSize : (outSize + 1e-4) / inSize);
}

const floats = (a: Argument | undefined): number[] | null =>
  a?.kind === 'float-list' ? [...a.items] : a?.kind === 'int-list' ? intList(a) : null;

interface Resize {
  readonly x: Value;
  /** [H_in, W_in, H_out, W_out]. */
  readonly sizes: [number, number, number, number];
  readonly alignCorners: boolean;
}

function resizeOf(node: Node): Resize | string {
  const x = node.args[0];
  const out = node.outputs[0];
  if (x?.kind !== 'value' || x.value.type.kind !== 'tensor' || out?.type.kind !== 'tensor') return 'resizes no tensor';
  const inShape = x.value.tensor.shape;
  const outShape = out.tensor.shape;
  if (inShape.length !== 4 || outShape.length !== 4) return 'only [N, C, H, W] tensors are resized';
  const [h, w] = inShape.slice(2) as [number, number];
  const [oh, ow] = outShape.slice(2) as [number, number];
  const bilinear = node.op === BILINEAR;
  const size = node.args[1];
  const scales = node.args[bilinear ? 3 : 2];
  if (size && size.kind !== 'none') {
    const s = intList(size);
    if (s?.length !== 2 || s[0] !== oh || s[1] !== ow) return 'the output size is not a literal of the output shape';
  } else if (scales && scales.kind !== 'none') {
    const f = floats(scales);
    if (f?.length !== 2) return 'the scale factors are not two literals';
    // PyTorch samples with 1 / scale, Core ML with in / out: the same only where scale * in = out
    if (f[0]! * h !== oh || f[1]! * w !== ow) return 'a scale factor is not the ratio of the output and input sizes';
  } else return 'neither an output size nor scale factors are given';
  const align = bilinear ? node.args[2] : undefined;
  if (bilinear && align?.kind !== 'bool') return 'align_corners is not a literal';
  const alignCorners = align?.kind === 'bool' && align.value;
  if (alignCorners && (oh === 1 || ow === 1)) return 'align_corners to an output size of 1';
  for (const [i, o] of [
    [h, oh],
    [w, ow],
  ] as const)
    if (Math.floor(Math.fround(scaleFactor(i, o) * i)) !== o) return 'no fp32 scale factor gives the output size';
  return { x: x.value, sizes: [h, w, oh, ow], alignCorners };
}

const problem = (node: Node): string | null => {
  const r = resizeOf(node);
  return typeof r === 'string' ? r : null;
};

function emit(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const r = resizeOf(node);
  if (typeof r === 'string') return fail(`${node.op}: ${r}`);
  const [h, w, oh, ow] = r.sizes;
  const x = b.read(tensorArg(node, 0));
  const inputs: Record<string, string> = {
    scale_factor_height: b.constant(`${base}_scale_factor_height_0`, [], {
      dtype: 'fp32',
      values: [scaleFactor(h, oh)],
    }),
    scale_factor_width: b.constant(`${base}_scale_factor_width_0`, [], { dtype: 'fp32', values: [scaleFactor(w, ow)] }),
  };
  if (node.op === NEAREST) return b.op('upsample_nearest_neighbor', { x, ...inputs }, b.result(out, base));
  inputs.align_corners = b.bool(`${base}_align_corners_0`, r.alignCorners);
  return b.op('upsample_bilinear', { x, ...inputs }, b.result(out, base));
}

export const RESIZE_OPS: LoweredOps = {
  [NEAREST]: { mil: 'upsample_nearest_neighbor', problem, emit },
  [BILINEAR]: { mil: 'upsample_bilinear', problem, emit },
};
