/**
 * `aten._adaptive_avg_pool2d.out` over the last two dimensions of `[N, C, H, W]`, as coremltools'
 * torch frontend writes it: an output of 1 x 1 a `reduce_mean`; sizes that divide the input an
 * `avg_pool` (stride in / out, kernel in - stride * (out - 1)); otherwise each of PyTorch's windows
 * (rows floor(i * H / oh) to ceil((i + 1) * H / oh), the same for columns) a `slice_by_index` and a
 * `reduce_mean`, joined by a `concat` on the last axis and a `reshape`.
 */
import type { Node, Value } from '@kindling/ir';
import { fail, intList, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOps } from './lowered-op.js';

/** Most windows written as slices (the output's H x W where the sizes do not divide). */
const MAX_WINDOWS = 64;

/** The [start, end) of PyTorch's adaptive pooling windows along one dimension. */
function adaptiveWindows(inSize: number, outSize: number): [number, number][] {
  return Array.from({ length: outSize }, (_, i) => [
    Math.floor((i * inSize) / outSize),
    Math.ceil(((i + 1) * inSize) / outSize),
  ]);
}

function sizesOf(node: Node): [number, number, number, number] | string {
  const x = node.args[0];
  if (x?.kind !== 'value' || x.value.type.kind !== 'tensor') return 'pools no tensor';
  const shape = x.value.tensor.shape;
  if (shape.length !== 4) return 'only [N, C, H, W] tensors are pooled';
  const size = intList(node.args[1]);
  if (size?.length !== 2 || size.some((s) => s < 1)) return 'the output size is not two positive literals';
  const [h, w] = shape.slice(2) as [number, number];
  const [oh, ow] = size as [number, number];
  if (oh > h || ow > w) return 'the output is larger than the input';
  if ((h % oh !== 0 || w % ow !== 0) && oh * ow > MAX_WINDOWS)
    return `more than ${MAX_WINDOWS} windows of different sizes`;
  return [h, w, oh, ow];
}

function emit(b: ProgramBuilder, node: Node, out: Value, base: string): string {
  const sizes = sizesOf(node);
  if (typeof sizes === 'string') return fail(`${node.op}: ${sizes}`);
  const [h, w, oh, ow] = sizes;
  const xv = tensorArg(node, 0);
  const x = b.read(xv);
  const axes = () => b.ints(`${base}_axes_0`, [-2, -1]);
  const keep = () => b.bool(`${base}_keep_dims_0`, true);
  if (oh === 1 && ow === 1) return b.op('reduce_mean', { x, axes: axes(), keep_dims: keep() }, b.result(out, base));
  if (h % oh === 0 && w % ow === 0) {
    const strides = [h / oh, w / ow];
    const kernel = [h - (strides[0] as number) * (oh - 1), w - (strides[1] as number) * (ow - 1)];
    const inputs = {
      kernel_sizes: b.ints(`${base}_kernel_sizes_0`, kernel),
      pad_type: b.string(`${base}_pad_type_0`, 'valid'),
      strides: b.ints(`${base}_strides_0`, strides),
      x,
    };
    return b.op('avg_pool', inputs, b.result(out, base));
  }
  const [n, c] = xv.tensor.shape as [number, number];
  const parts: string[] = [];
  for (const [r0, r1] of adaptiveWindows(h, oh))
    for (const [c0, c1] of adaptiveWindows(w, ow)) {
      const slice = b.op(
        'slice_by_index',
        { x, begin: b.ints(`${base}_begin_0`, [0, 0, r0, c0]), end: b.ints(`${base}_end_0`, [n, c, r1, c1]) },
        { name: b.fresh(`${base}_slice`), dtype: b.compute, shape: [n, c, r1 - r0, c1 - c0] },
      );
      parts.push(
        b.op(
          'reduce_mean',
          { x: slice, axes: axes(), keep_dims: keep() },
          { name: b.fresh(`${base}_reduce_mean`), dtype: b.compute, shape: [n, c, 1, 1] },
        ),
      );
    }
  const joined = b.op(
    'concat',
    { values: parts, axis: b.int(`${base}_axis_0`, -1), interleave: b.bool(`${base}_interleave_0`, false) },
    { name: b.fresh(`${base}_concat`), dtype: b.compute, shape: [n, c, 1, oh * ow] },
  );
  return b.op('reshape', { x: joined, shape: b.ints(`${base}_shape_0`, [n, c, oh, ow]) }, b.result(out, base));
}

export const ADAPTIVE_POOL_OPS: LoweredOps = {
  'aten._adaptive_avg_pool2d.out': {
    mil: 'reduce_mean / avg_pool / slice_by_index + reduce_mean + concat',
    problem: (node) => {
      const s = sizesOf(node);
      return typeof s === 'string' ? s : null;
    },
    emit,
  },
};
