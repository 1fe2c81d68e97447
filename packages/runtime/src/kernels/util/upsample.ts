import { fail } from './errors.js';

/** Output spatial sizes of an upsample.vec op from `output_size` or `scale_factors`. */
export function upsampleOutputSize(
  op: string,
  H: number,
  W: number,
  size: readonly number[] | null,
  scales: readonly number[] | null,
): [number, number] {
  if (size !== null && scales !== null) fail(op, 'exactly one of output_size and scale_factors must be given');
  if (size !== null) {
    if (size.length !== 2) fail(op, `output_size must have 2 values, got [${size.join(', ')}]`);
    return [size[0] as number, size[1] as number];
  }
  if (scales === null || scales.length !== 2) fail(op, 'exactly one of output_size and scale_factors must be given');
  return [Math.floor(H * (scales[0] as number)), Math.floor(W * (scales[1] as number))];
}

/** PyTorch's `area_pixel_compute_scale`. */
export function areaPixelScale(inSize: number, outSize: number, alignCorners: boolean, scale: number | null): number {
  if (alignCorners) return outSize > 1 ? (inSize - 1) / (outSize - 1) : 0;
  return scale !== null && scale > 0 ? 1 / scale : inSize / outSize;
}

/** PyTorch's `area_pixel_compute_source_index` (linear modes). */
export function areaPixelSource(scale: number, dst: number, alignCorners: boolean): number {
  if (alignCorners) return scale * dst;
  return Math.max(scale * (dst + 0.5) - 0.5, 0);
}
