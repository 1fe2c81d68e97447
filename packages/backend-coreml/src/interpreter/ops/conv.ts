import type { MilOp, OpArgs } from '../op-args.js';
import { floatTensor, numbers, numel } from '../tensor.js';

/**
 * Padding before and after each spatial dimension for MIL's `pad_type`: `valid` (none), `custom`
 * (`pad` = [begin0, end0, begin1, end1, ...]), `same` (output = ceil(input / stride), the extra
 * padding after) and `same_lower` (the extra padding before).
 */
export function spatialPadding(
  args: OpArgs,
  input: readonly number[],
  kernel: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
): [number, number][] {
  const type = args.string('pad_type', 'valid');
  const r = input.length;
  if (type === 'valid') return input.map(() => [0, 0]);
  if (type === 'custom') {
    const pad = args.has('pad') ? args.ints('pad') : new Array<number>(2 * r).fill(0);
    if (pad.length !== 2 * r || pad.some((p) => p < 0)) args.fail(`pad [${pad}] does not fit ${r} spatial dimensions`);
    return input.map((_, i) => [pad[2 * i] as number, pad[2 * i + 1] as number]);
  }
  if (type === 'same' || type === 'same_lower') {
    return input.map((n, i) => {
      const s = strides[i] as number;
      const k = ((kernel[i] as number) - 1) * (dilations[i] as number) + 1;
      const out = Math.ceil(n / s);
      const total = Math.max(0, (out - 1) * s + k - n);
      const small = Math.floor(total / 2);
      return type === 'same' ? [small, total - small] : [total - small, small];
    });
  }
  return args.fail(`pad_type ${type} is unknown`);
}

/** Per spatial dimension integer parameter `name` (strides, dilations; default 1 each), each at least 1. */
export function spatialList(args: OpArgs, name: string, rank: number): number[] {
  const v = args.has(name) ? args.ints(name) : new Array<number>(rank).fill(1);
  if (v.length !== rank || v.some((x) => x < 1)) args.fail(`${name} [${v}] does not fit ${rank} spatial dimensions`);
  return v;
}

/** The sizes of a 1-3-D convolution window, as 3 spatial dimensions (the missing leading ones of size 1, no padding). */
export interface Window3d {
  readonly iD: number;
  readonly iH: number;
  readonly iW: number;
  readonly kD: number;
  readonly kH: number;
  readonly kW: number;
  readonly oD: number;
  readonly oH: number;
  readonly oW: number;
  readonly sD: number;
  readonly sH: number;
  readonly sW: number;
  readonly dD: number;
  readonly dH: number;
  readonly dW: number;
  readonly pD: number;
  readonly pH: number;
  readonly pW: number;
}

/** Input, kernel, output, stride, dilation and leading padding sizes of `r` spatial dimensions as 3. */
export function window3d(
  r: number,
  s: {
    inSp: readonly number[];
    kSp: readonly number[];
    outSp: readonly number[];
    strides: readonly number[];
    dil: readonly number[];
    pads: readonly (readonly [number, number])[];
  },
): Window3d {
  const pad3 = (a: readonly number[], fill: number): [number, number, number] =>
    [...new Array<number>(3 - r).fill(fill), ...a] as [number, number, number];
  const [iD, iH, iW] = pad3(s.inSp, 1);
  const [kD, kH, kW] = pad3(s.kSp, 1);
  const [oD, oH, oW] = pad3(s.outSp, 1);
  const [sD, sH, sW] = pad3(s.strides, 1);
  const [dD, dH, dW] = pad3(s.dil, 1);
  const [pD, pH, pW] = pad3(
    s.pads.map((p) => p[0]),
    0,
  );
  return { iD, iH, iW, kD, kH, kW, oD, oH, oW, sD, sH, sW, dD, dH, dW, pD, pH, pW };
}

/** `conv`: N-d convolution (1-3 spatial dimensions), weights `[C_out, C_in / groups, k...]`, optional bias. */
export const conv: MilOp = (args) => {
  const x = args.tensor('x');
  const w = args.tensor('weight');
  const bias = args.optional('bias');
  const out = args.output();
  const r = x.shape.length - 2;
  if (r < 1 || r > 3 || w.shape.length !== r + 2)
    args.fail(`x [${x.shape}] and weight [${w.shape}] do not make a convolution`);
  const groups = args.int('groups', 1);
  const [n, cin] = x.shape as [number, number];
  const cout = w.shape[0] as number;
  const cinPerGroup = w.shape[1] as number;
  if (groups < 1 || cin !== cinPerGroup * groups || cout % groups !== 0)
    args.fail(`groups ${groups} do not divide the channels`);
  const inSp = x.shape.slice(2);
  const kSp = w.shape.slice(2);
  const strides = spatialList(args, 'strides', r);
  const dil = spatialList(args, 'dilations', r);
  const pads = spatialPadding(args, inSp, kSp, strides, dil);
  const outSp = inSp.map((len, i) => {
    const k = ((kSp[i] as number) - 1) * (dil[i] as number) + 1;
    return Math.floor((len + pads[i]![0] + pads[i]![1] - k) / (strides[i] as number)) + 1;
  });
  if (outSp.some((d) => d < 1)) args.fail('the output would be empty');
  // Treat every case as 3 spatial dimensions (missing ones of size 1).
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
  const shape = [n, cout, ...outSp];
  const y = new Float32Array(numel(shape));
  const coutPerGroup = cout / groups;
  let o = 0;
  for (let b = 0; b < n; b++) {
    for (let co = 0; co < cout; co++) {
      const g = Math.floor(co / coutPerGroup);
      for (let od = 0; od < oD; od++) {
        for (let oh = 0; oh < oH; oh++) {
          for (let ow = 0; ow < oW; ow++) {
            let acc = bs ? (bs[co] as number) : 0;
            for (let ci = 0; ci < cinPerGroup; ci++) {
              const c = g * cinPerGroup + ci;
              for (let kd = 0; kd < kD; kd++) {
                const id = od * sD - pD + kd * dD;
                if (id < 0 || id >= iD) continue;
                for (let kh = 0; kh < kH; kh++) {
                  const ih = oh * sH - pH + kh * dH;
                  if (ih < 0 || ih >= iH) continue;
                  const xRow = (((b * cin + c) * iD + id) * iH + ih) * iW;
                  const wRow = (((co * cinPerGroup + ci) * kD + kd) * kH + kh) * kW;
                  for (let kw = 0; kw < kW; kw++) {
                    const iw = ow * sW - pW + kw * dW;
                    if (iw < 0 || iw >= iW) continue;
                    acc += (xs[xRow + iw] as number) * (ws[wRow + kw] as number);
                  }
                }
              }
            }
            y[o++] = acc;
          }
        }
      }
    }
  }
  return [floatTensor(out.dtype, shape, y)];
};
