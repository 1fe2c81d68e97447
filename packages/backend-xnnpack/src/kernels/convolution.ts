/**
 * 2-D convolution over NHWC tensors (fp32), with weights packed once at init. Every output clamp
 * here is `v < min ? min : v > max ? max : v`: a NaN stays NaN, as in XNNPACK's kernels.
 */

/** Geometry of a 2-D convolution (NHWC input, grouped). */
export interface ConvGeometry {
  readonly batch: number;
  readonly inHeight: number;
  readonly inWidth: number;
  readonly outHeight: number;
  readonly outWidth: number;
  readonly kernelHeight: number;
  readonly kernelWidth: number;
  readonly strideHeight: number;
  readonly strideWidth: number;
  readonly dilationHeight: number;
  readonly dilationWidth: number;
  readonly padTop: number;
  readonly padLeft: number;
  readonly groups: number;
  readonly groupInputChannels: number;
  readonly groupOutputChannels: number;
}

/** Output size of one spatial dimension. */
export function convOutputSize(
  input: number,
  padBefore: number,
  padAfter: number,
  kernel: number,
  stride: number,
  dilation: number,
): number {
  const effective = (kernel - 1) * dilation + 1;
  const padded = input + padBefore + padAfter;
  return padded < effective ? 0 : Math.floor((padded - effective) / stride) + 1;
}

/**
 * Packs OHWI weights (`[groups * groupOut, kh, kw, groupIn]`, as ExecuTorch stores them for
 * XNNPACK) into `[groups][kh][kw][groupIn][groupOut]`, so that the inner loop runs over contiguous
 * output channels.
 */
export function packConvWeights(
  weights: Float32Array,
  groups: number,
  groupOut: number,
  kh: number,
  kw: number,
  groupIn: number,
): Float32Array {
  const packed = new Float32Array(groups * groupOut * kh * kw * groupIn);
  for (let g = 0; g < groups; g++)
    for (let o = 0; o < groupOut; o++)
      for (let y = 0; y < kh; y++)
        for (let x = 0; x < kw; x++)
          for (let i = 0; i < groupIn; i++) {
            const src = (((g * groupOut + o) * kh + y) * kw + x) * groupIn + i;
            const dst = (((g * kh + y) * kw + x) * groupIn + i) * groupOut + o;
            packed[dst] = weights[src] as number;
          }
  return packed;
}

/**
 * Convolution with weights from {@link packConvWeights}: `out[n, oy, ox, g*groupOut + o]`.
 * `acc` is scratch of at least `groupOutputChannels` elements.
 */
export function conv2dF32(
  input: Float32Array,
  packed: Float32Array,
  bias: Float32Array | null,
  out: Float32Array,
  geo: ConvGeometry,
  min: number,
  max: number,
  acc: Float64Array,
): void {
  const { groups, groupInputChannels: gi, groupOutputChannels: go } = geo;
  const inC = groups * gi;
  const outC = groups * go;
  const kh = geo.kernelHeight;
  const kw = geo.kernelWidth;
  for (let n = 0; n < geo.batch; n++) {
    for (let oy = 0; oy < geo.outHeight; oy++) {
      for (let ox = 0; ox < geo.outWidth; ox++) {
        const outBase = ((n * geo.outHeight + oy) * geo.outWidth + ox) * outC;
        for (let g = 0; g < groups; g++) {
          for (let o = 0; o < go; o++) acc[o] = bias ? (bias[g * go + o] as number) : 0;
          for (let y = 0; y < kh; y++) {
            const iy = oy * geo.strideHeight - geo.padTop + y * geo.dilationHeight;
            if (iy < 0 || iy >= geo.inHeight) continue;
            for (let x = 0; x < kw; x++) {
              const ix = ox * geo.strideWidth - geo.padLeft + x * geo.dilationWidth;
              if (ix < 0 || ix >= geo.inWidth) continue;
              const inBase = ((n * geo.inHeight + iy) * geo.inWidth + ix) * inC + g * gi;
              let w = ((g * kh + y) * kw + x) * gi * go;
              for (let i = 0; i < gi; i++) {
                const v = input[inBase + i] as number;
                if (v !== 0) for (let o = 0; o < go; o++) acc[o] = (acc[o] as number) + v * (packed[w + o] as number);
                w += go;
              }
            }
          }
          for (let o = 0; o < go; o++) {
            const v = acc[o] as number;
            out[outBase + g * go + o] = v < min ? min : v > max ? max : v;
          }
        }
      }
    }
  }
}

/**
 * Depthwise convolution: weights `[1, kh, kw, channels]` (XNNPACK's depthwise layout),
 * `channels = inputChannels * multiplier`; output channel `c` reads input channel
 * `floor(c / multiplier)`.
 */
export function depthwiseConv2dF32(
  input: Float32Array,
  weights: Float32Array,
  bias: Float32Array | null,
  out: Float32Array,
  geo: ConvGeometry,
  min: number,
  max: number,
  acc: Float64Array,
): void {
  const inC = geo.groups * geo.groupInputChannels;
  const outC = geo.groups * geo.groupOutputChannels;
  const mult = geo.groupOutputChannels / Math.max(geo.groupInputChannels, 1);
  for (let n = 0; n < geo.batch; n++) {
    for (let oy = 0; oy < geo.outHeight; oy++) {
      for (let ox = 0; ox < geo.outWidth; ox++) {
        for (let c = 0; c < outC; c++) acc[c] = bias ? (bias[c] as number) : 0;
        for (let y = 0; y < geo.kernelHeight; y++) {
          const iy = oy * geo.strideHeight - geo.padTop + y * geo.dilationHeight;
          if (iy < 0 || iy >= geo.inHeight) continue;
          for (let x = 0; x < geo.kernelWidth; x++) {
            const ix = ox * geo.strideWidth - geo.padLeft + x * geo.dilationWidth;
            if (ix < 0 || ix >= geo.inWidth) continue;
            const inBase = ((n * geo.inHeight + iy) * geo.inWidth + ix) * inC;
            const wBase = (y * geo.kernelWidth + x) * outC;
            if (mult === 1) {
              for (let c = 0; c < outC; c++)
                acc[c] = (acc[c] as number) + (input[inBase + c] as number) * (weights[wBase + c] as number);
            } else {
              for (let c = 0; c < outC; c++)
                acc[c] =
                  (acc[c] as number) +
                  (input[inBase + Math.floor(c / mult)] as number) * (weights[wBase + c] as number);
            }
          }
        }
        const outBase = ((n * geo.outHeight + oy) * geo.outWidth + ox) * outC;
        for (let c = 0; c < outC; c++) {
          const v = acc[c] as number;
          out[outBase + c] = v < min ? min : v > max ? max : v;
        }
      }
    }
  }
}

/** Output size of one spatial dimension of a transposed convolution (`adjustment`: extra rows at the end). */
export function convTransposeOutputSize(
  input: number,
  padBefore: number,
  padAfter: number,
  kernel: number,
  stride: number,
  dilation: number,
  adjustment: number,
): number {
  // Negative when the paddings exceed the full output (0xffffffff in a corrupted payload): the
  // caller refuses it rather than computing an empty output.
  return (input - 1) * stride + (kernel - 1) * dilation + 1 + adjustment - padBefore - padAfter;
}

/**
 * Transposed convolution (XNNPACK's deconvolution) over NHWC tensors: every input pixel scatters
 * `in[iy][ix] * w[o][ky][kx]` to output pixel `(iy * stride - pad + k * dilation)`. Written as a
 * gather: each output pixel sums the taps whose input position is a whole input pixel. Weights are
 * OHWI (`[groups * groupOut, kh, kw, groupIn]`), accumulated in float64, stored as fp32.
 */
export function convTranspose2dF32(
  input: Float32Array,
  weights: Float32Array,
  bias: Float32Array | null,
  out: Float32Array,
  g: ConvGeometry,
  min: number,
  max: number,
): void {
  const gi = g.groupInputChannels;
  const go = g.groupOutputChannels;
  const inC = g.groups * gi;
  const outC = g.groups * go;
  const kh = g.kernelHeight;
  const kw = g.kernelWidth;
  for (let n = 0; n < g.batch; n++)
    for (let oy = 0; oy < g.outHeight; oy++)
      for (let ox = 0; ox < g.outWidth; ox++) {
        const o = ((n * g.outHeight + oy) * g.outWidth + ox) * outC;
        for (let grp = 0; grp < g.groups; grp++)
          for (let oc = 0; oc < go; oc++) {
            const c = grp * go + oc;
            let acc = bias ? (bias[c] as number) : 0;
            for (let ky = 0; ky < kh; ky++) {
              const ny = oy + g.padTop - ky * g.dilationHeight;
              if (ny < 0 || ny % g.strideHeight !== 0) continue;
              const iy = ny / g.strideHeight;
              if (iy >= g.inHeight) continue;
              for (let kx = 0; kx < kw; kx++) {
                const nx = ox + g.padLeft - kx * g.dilationWidth;
                if (nx < 0 || nx % g.strideWidth !== 0) continue;
                const ix = nx / g.strideWidth;
                if (ix >= g.inWidth) continue;
                const src = ((n * g.inHeight + iy) * g.inWidth + ix) * inC + grp * gi;
                const wb = ((c * kh + ky) * kw + kx) * gi;
                for (let i = 0; i < gi; i++) acc += (input[src + i] as number) * (weights[wb + i] as number);
              }
            }
            out[o + c] = acc < min ? min : acc > max ? max : acc;
          }
      }
}
