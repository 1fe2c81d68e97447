import { ErrorCode } from '@kindling/core';
import type { MilOp, OpArgs } from '../op-args.js';
import { axisOf, floatTensor, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';
import { spatialList, spatialPadding, window3d } from './conv.js';

/**
 * `conv_transpose`: the transposed N-d convolution (1-3 spatial dimensions), weights
 * `[C_in, C_out / groups, k...]`, optional bias; output length `(in - 1) * stride + dilation *
 * (k - 1) + 1 - pad_begin - pad_end`. An `output_shape` must be that shape.
 */
const convTranspose: MilOp = (args) => {
  const x = args.tensor('x');
  const w = args.tensor('weight');
  const bias = args.optional('bias');
  const r = x.shape.length - 2;
  if (r < 1 || r > 3 || w.shape.length !== r + 2)
    args.fail(`x [${x.shape}] and weight [${w.shape}] do not make a transposed convolution`);
  const groups = args.int('groups', 1);
  const [n, cin] = x.shape as [number, number];
  const coutPerGroup = w.shape[1] as number;
  const cout = coutPerGroup * groups;
  if (groups < 1 || w.shape[0] !== cin || cin % groups !== 0) args.fail(`groups ${groups} do not divide the channels`);
  const inSp = x.shape.slice(2);
  const kSp = w.shape.slice(2);
  const strides = spatialList(args, 'strides', r);
  const dil = spatialList(args, 'dilations', r);
  const type = args.string('pad_type', 'valid');
  if (type !== 'valid' && type !== 'custom') args.fail(`pad_type ${type} is not supported`, ErrorCode.NotImplemented);
  const pads = spatialPadding(args, inSp, kSp, strides, dil);
  const outSp = inSp.map(
    (len, i) =>
      (len - 1) * (strides[i] as number) +
      ((kSp[i] as number) - 1) * (dil[i] as number) +
      1 -
      pads[i]![0] -
      pads[i]![1],
  );
  if (outSp.some((d) => d < 1)) args.fail('the output would be empty');
  const shape = [n, cout, ...outSp];
  if (args.has('output_shape')) {
    const want = args.ints('output_shape');
    if (want.length !== shape.length || want.some((d, i) => d !== shape[i]))
      args.fail(`output_shape [${want}] is not the computed [${shape}]`, ErrorCode.NotImplemented);
  }
  const { iD, iH, iW, kD, kH, kW, oD, oH, oW, sD, sH, sW, dD, dH, dW, pD, pH, pW } = window3d(r, {
    inSp,
    kSp,
    outSp,
    strides,
    dil,
    pads,
  });
  const xs = numbers(x, 'x');
  const ws = numbers(w, 'weight');
  const bs = bias ? numbers(bias, 'bias') : undefined;
  if (bs && bs.length !== cout) args.fail(`bias has ${bs.length} values for ${cout} channels`);
  const y = new Float64Array(numel(shape));
  const cinPerGroup = cin / groups;
  const plane = oD * oH * oW;
  // every input element scatters into the outputs its kernel window covers
  for (let b = 0; b < n; b++)
    for (let c = 0; c < cin; c++) {
      const g = Math.floor(c / cinPerGroup);
      for (let id = 0; id < iD; id++)
        for (let ih = 0; ih < iH; ih++)
          for (let iw = 0; iw < iW; iw++) {
            const v = xs[(((b * cin + c) * iD + id) * iH + ih) * iW + iw] as number;
            for (let co = 0; co < coutPerGroup; co++) {
              const oc = g * coutPerGroup + co;
              const yBase = (b * cout + oc) * plane;
              for (let kd = 0; kd < kD; kd++) {
                const od = id * sD + kd * dD - pD;
                if (od < 0 || od >= oD) continue;
                for (let kh = 0; kh < kH; kh++) {
                  const oh = ih * sH + kh * dH - pH;
                  if (oh < 0 || oh >= oH) continue;
                  const wRow = (((c * coutPerGroup + co) * kD + kd) * kH + kh) * kW;
                  const yRow = yBase + (od * oH + oh) * oW;
                  for (let kw = 0; kw < kW; kw++) {
                    const ow = iw * sW + kw * dW - pW;
                    if (ow < 0 || ow >= oW) continue;
                    y[yRow + ow] = (y[yRow + ow] as number) + v * (ws[wRow + kw] as number);
                  }
                }
              }
            }
          }
    }
  const out = Float32Array.from(y);
  if (bs)
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (bs[Math.floor(i / plane) % cout] as number);
  return [floatTensor(args.output().dtype, shape, out)];
};

/** A tensor of `x`'s dtype whose element i is `x`'s element `index(i)`. */
function gathered(x: MilTensor, shape: readonly number[], index: (i: number) => number): MilTensor {
  const src = numbers(x, 'x');
  const n = numel(shape);
  const data = src instanceof Float32Array ? new Float32Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = src[index(i)] as number;
  return { dtype: x.dtype, shape, data };
}

/** `crop(x, crop_height, crop_width)`: drops [begin, end] rows and columns of the last two dimensions. */
const crop: MilOp = (args) => {
  const x = args.tensor('x');
  const r = x.shape.length;
  const ch = args.ints('crop_height');
  const cw = args.ints('crop_width');
  if (r < 3 || ch.length !== 2 || cw.length !== 2 || [...ch, ...cw].some((c) => c < 0))
    args.fail(`crop [${ch}] / [${cw}] does not fit x [${x.shape}]`);
  const h = x.shape[r - 2] as number;
  const w = x.shape[r - 1] as number;
  const oh = h - (ch[0] as number) - (ch[1] as number);
  const ow = w - (cw[0] as number) - (cw[1] as number);
  if (oh < 1 || ow < 1) args.fail('the crop leaves nothing');
  const shape = [...x.shape.slice(0, -2), oh, ow];
  return [
    gathered(x, shape, (i) => {
      const col = i % ow;
      const row = Math.floor(i / ow) % oh;
      const plane = Math.floor(i / (ow * oh));
      return (plane * h + row + (ch[0] as number)) * w + col + (cw[0] as number);
    }),
  ];
};

/** Output sizes of an upsample: floor(in * scale) for the last two dimensions. */
function upsampleSizes(args: OpArgs, x: MilTensor): [number, number, number, number] {
  const r = x.shape.length;
  if (r < 3) args.fail(`x [${x.shape}] has fewer than 3 dimensions`);
  const h = x.shape[r - 2] as number;
  const w = x.shape[r - 1] as number;
  // the scales are fp32 (or int32) constants: the product is taken in float32, as the type inference does
  const oh = Math.floor(Math.fround(args.float('scale_factor_height', 1) * h));
  const ow = Math.floor(Math.fround(args.float('scale_factor_width', 1) * w));
  if (oh < 1 || ow < 1) args.fail('the output would be empty');
  return [h, w, oh, ow];
}

/**
 * `upsample_nearest_neighbor`: output sizes floor(in * scale); output index o reads input index
 * min(floor(o * (in / out)), in - 1), the ratio and the product in float32 (the scale recomputed
 * from the sizes, as PyTorch's nearest interpolation with `recompute_scale_factor=True`).
 */
const upsampleNearest: MilOp = (args) => {
  const x = args.tensor('x');
  const [h, w, oh, ow] = upsampleSizes(args, x);
  const source = (o: number, inSize: number, outSize: number) =>
    Math.min(Math.floor(Math.fround(o * Math.fround(inSize / outSize))), inSize - 1);
  const rows = Array.from({ length: oh }, (_, o) => source(o, h, oh));
  const cols = Array.from({ length: ow }, (_, o) => source(o, w, ow));
  const shape = [...x.shape.slice(0, -2), oh, ow];
  return [
    gathered(x, shape, (i) => {
      const plane = Math.floor(i / (ow * oh));
      return (plane * h + (rows[Math.floor(i / ow) % oh] as number)) * w + (cols[i % ow] as number);
    }),
  ];
};

/**
 * The sample points of bilinear interpolation along one dimension: for output index i the grid
 * point i * (in - 1) / (out - 1) (`align_corners`) or (i + 0.5) * in / out - 0.5, clamped to
 * [0, in - 1]; returns the lower index, the upper index and the upper weight of each.
 */
function bilinearAxis(inSize: number, outSize: number, alignCorners: boolean): [number, number, number][] {
  return Array.from({ length: outSize }, (_, i) => {
    let g: number;
    if (alignCorners) g = outSize > 1 ? (i * (inSize - 1)) / (outSize - 1) : 0;
    else g = ((i + 0.5) * inSize) / outSize - 0.5;
    g = Math.min(inSize - 1, Math.max(0, g));
    const lo = Math.floor(g);
    const hi = Math.min(lo + 1, inSize - 1);
    return [lo, hi, g - lo];
  });
}

/** `upsample_bilinear`: output sizes floor(in * scale), the scale recomputed from the sizes (see `bilinearAxis`). */
const upsampleBilinear: MilOp = (args) => {
  const x = args.tensor('x');
  const [h, w, oh, ow] = upsampleSizes(args, x);
  const align = args.bool('align_corners', true);
  const rows = bilinearAxis(h, oh, align);
  const cols = bilinearAxis(w, ow, align);
  const src = numbers(x, 'x');
  const planes = numel(x.shape.slice(0, -2));
  const shape = [...x.shape.slice(0, -2), oh, ow];
  const y = new Float32Array(numel(shape));
  let o = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * h * w;
    for (const [r0, r1, fr] of rows)
      for (const [c0, c1, fc] of cols) {
        const top = (src[base + r0 * w + c0] as number) * (1 - fc) + (src[base + r0 * w + c1] as number) * fc;
        const bottom = (src[base + r1 * w + c0] as number) * (1 - fc) + (src[base + r1 * w + c1] as number) * fc;
        y[o++] = top * (1 - fr) + bottom * fr;
      }
  }
  return [floatTensor(args.output().dtype, shape, y)];
};

/** `reverse(x, axes)`: the elements in reverse order along each of `axes` (all axes when absent). */
const reverse: MilOp = (args) => {
  const x = args.tensor('x');
  const r = x.shape.length;
  const axes = new Set(args.has('axes') ? args.ints('axes').map((a) => axisOf(a, r)) : x.shape.map((_, i) => i));
  const strides = stridesOf(x.shape);
  return [
    gathered(x, x.shape, (i) => {
      let at = 0;
      for (let d = 0; d < r; d++) {
        const n = x.shape[d] as number;
        const c = Math.floor(i / (strides[d] as number)) % n;
        at += (axes.has(d) ? n - 1 - c : c) * (strides[d] as number);
      }
      return at;
    }),
  ];
};

/**
 * `pad(x, pad, mode, constant_val)`: `pad` = [begin, end] for each of the last N dimensions;
 * `constant` fills with `constant_val`, `reflect` mirrors without repeating the edge (at most
 * size - 1 each side), `replicate` repeats the edge.
 */
const pad: MilOp = (args) => {
  const x = args.tensor('x');
  const r = x.shape.length;
  const p = args.ints('pad');
  const mode = args.string('mode', 'constant');
  if (p.length % 2 !== 0 || p.length > 2 * r || p.some((v) => v < 0)) args.fail(`pad [${p}] does not fit rank ${r}`);
  if (mode !== 'constant' && mode !== 'reflect' && mode !== 'replicate') args.fail(`mode ${mode} is unknown`);
  const value = args.float('constant_val', 0);
  const lead = r - p.length / 2;
  const before = x.shape.map((_, d) => (d < lead ? 0 : (p[2 * (d - lead)] as number)));
  const after = x.shape.map((_, d) => (d < lead ? 0 : (p[2 * (d - lead) + 1] as number)));
  for (let d = 0; d < r; d++) {
    const n = x.shape[d] as number;
    const most = Math.max(before[d] as number, after[d] as number);
    if (mode === 'reflect' && most > n - 1) args.fail(`reflect padding ${most} of a dimension of ${n}`);
    if (mode === 'replicate' && most > n) args.fail(`replicate padding ${most} of a dimension of ${n}`);
  }
  const shape = x.shape.map((n, d) => n + (before[d] as number) + (after[d] as number));
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(shape);
  const src = numbers(x, 'x');
  const data = src instanceof Float32Array ? new Float32Array(numel(shape)) : new Int32Array(numel(shape));
  for (let i = 0; i < data.length; i++) {
    let at = 0;
    let outside = false;
    for (let d = 0; d < r; d++) {
      const n = x.shape[d] as number;
      let c = (Math.floor(i / (outStrides[d] as number)) % (shape[d] as number)) - (before[d] as number);
      if (c < 0 || c >= n) {
        if (mode === 'constant') outside = true;
        else if (mode === 'reflect') c = c < 0 ? -c : 2 * (n - 1) - c;
        else c = c < 0 ? 0 : n - 1;
      }
      at += c * (inStrides[d] as number);
    }
    data[i] = outside ? value : (src[at] as number);
  }
  return [{ dtype: x.dtype, shape, data }];
};

/** Spatial and layout operations, by MIL name. */
export const SPATIAL_OPS: Readonly<Record<string, MilOp>> = {
  conv_transpose: convTranspose,
  crop,
  upsample_nearest_neighbor: upsampleNearest,
  upsample_bilinear: upsampleBilinear,
  reverse,
  pad,
};
