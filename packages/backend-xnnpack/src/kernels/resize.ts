/** Bilinear resize of NHWC tensors (fp32), XNNPACK's StaticResizeBilinear2D. */

/** XNN_FLAG_TENSORFLOW_LEGACY_MODE: source = destination * input / output, no half-pixel offset. */
export const XNN_FLAG_TENSORFLOW_LEGACY_MODE = 0x4;
/** XNN_FLAG_ALIGN_CORNERS: the corner pixels of input and output line up. */
export const XNN_FLAG_ALIGN_CORNERS = 0x8;

/**
 * Where output row (or column) `dst` samples the input: the index of the first of the two source
 * rows, the second, and the weight of the second. Half-pixel centres by default (clamped at 0, as
 * PyTorch's `align_corners=False`), corner-aligned with {@link XNN_FLAG_ALIGN_CORNERS}.
 */
export function bilinearSource(dst: number, inSize: number, outSize: number, flags: number): [number, number, number] {
  let src: number;
  if (flags & XNN_FLAG_ALIGN_CORNERS) src = outSize > 1 ? (dst * (inSize - 1)) / (outSize - 1) : 0;
  else if (flags & XNN_FLAG_TENSORFLOW_LEGACY_MODE) src = (dst * inSize) / outSize;
  else src = Math.max(((dst + 0.5) * inSize) / outSize - 0.5, 0);
  const i0 = Math.min(Math.floor(src), inSize - 1);
  const i1 = Math.min(i0 + 1, inSize - 1);
  return [i0, i1, src - i0];
}

/** `out[n][y][x][c]`: bilinear interpolation of `input` (`[batch, inH, inW, channels]`). */
export function resizeBilinear2dF32(
  input: Float32Array,
  out: Float32Array,
  batch: number,
  inH: number,
  inW: number,
  outH: number,
  outW: number,
  channels: number,
  flags: number,
): void {
  const fr = Math.fround;
  for (let n = 0; n < batch; n++)
    for (let y = 0; y < outH; y++) {
      const [y0, y1, wy] = bilinearSource(y, inH, outH, flags);
      const ay = fr(wy);
      for (let x = 0; x < outW; x++) {
        const [x0, x1, wx] = bilinearSource(x, inW, outW, flags);
        const ax = fr(wx);
        const tl = ((n * inH + y0) * inW + x0) * channels;
        const tr = ((n * inH + y0) * inW + x1) * channels;
        const bl = ((n * inH + y1) * inW + x0) * channels;
        const br = ((n * inH + y1) * inW + x1) * channels;
        const o = ((n * outH + y) * outW + x) * channels;
        for (let c = 0; c < channels; c++) {
          // fp32 steps: interpolate along x on both rows, then along y.
          const a = input[tl + c] as number;
          const b = input[tr + c] as number;
          const d = input[bl + c] as number;
          const e = input[br + c] as number;
          const top = fr(a + fr(fr(b - a) * ax));
          const bottom = fr(d + fr(fr(e - d) * ax));
          out[o + c] = fr(top + fr(fr(bottom - top) * ay));
        }
      }
    }
}
