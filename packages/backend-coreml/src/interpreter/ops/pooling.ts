import type { MilOp } from '../op-args.js';
import { floatTensor, numbers, numel } from '../tensor.js';
import { spatialPadding } from './conv.js';

/** `max_pool` / `avg_pool` over 1-3 spatial dimensions of `[N, C, ...]`. */
const pool =
  (kind: 'max' | 'avg'): MilOp =>
  (args) => {
    const x = args.tensor('x');
    const r = x.shape.length - 2;
    const kernel = args.ints('kernel_sizes');
    const strides = args.has('strides') ? args.ints('strides') : kernel.map(() => 1);
    if (r < 1 || r > 3 || kernel.length !== r || strides.length !== r)
      args.fail(`x [${x.shape}] and kernel [${kernel}] do not fit`);
    const ceil = args.bool('ceil_mode', false);
    const excludePad = args.bool('exclude_padding_from_average', false);
    const inSp = x.shape.slice(2);
    const pads = spatialPadding(
      args,
      inSp,
      kernel,
      strides,
      kernel.map(() => 1),
    );
    const outSp = inSp.map((n, i) => {
      const span = n + pads[i]![0] + pads[i]![1] - (kernel[i] as number);
      const s = strides[i] as number;
      let o = (ceil ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
      // a window may not start inside the end padding only (PyTorch's ceil_mode rule)
      if (ceil && (o - 1) * s >= n + pads[i]![0]) o--;
      return o;
    });
    const fill = <T>(a: readonly T[], v: T): T[] => [...new Array<T>(3 - r).fill(v), ...a];
    const [iD, iH, iW] = fill(inSp, 1) as [number, number, number];
    const [kD, kH, kW] = fill(kernel, 1) as [number, number, number];
    const [sD, sH, sW] = fill(strides, 1) as [number, number, number];
    const [oD, oH, oW] = fill(outSp, 1) as [number, number, number];
    const [pD, pH, pW] = fill(
      pads.map((p) => p[0]),
      0,
    ) as [number, number, number];
    const [eD, eH, eW] = fill(
      pads.map((p) => p[1]),
      0,
    ) as [number, number, number];
    const src = numbers(x, 'x');
    const planes = (x.shape[0] as number) * (x.shape[1] as number);
    const shape = [x.shape[0] as number, x.shape[1] as number, ...outSp];
    const y = new Float32Array(numel(shape));
    let o = 0;
    for (let p = 0; p < planes; p++) {
      const base = p * iD * iH * iW;
      for (let od = 0; od < oD; od++)
        for (let oh = 0; oh < oH; oh++)
          for (let ow = 0; ow < oW; ow++) {
            let acc = kind === 'max' ? Number.NEGATIVE_INFINITY : 0;
            let count = 0;
            let padded = 0;
            for (let kd = 0; kd < kD; kd++) {
              const id = od * sD - pD + kd;
              for (let kh = 0; kh < kH; kh++) {
                const ih = oh * sH - pH + kh;
                for (let kw = 0; kw < kW; kw++) {
                  const iw = ow * sW - pW + kw;
                  const inside = id >= 0 && id < iD && ih >= 0 && ih < iH && iw >= 0 && iw < iW;
                  if (!inside) {
                    // positions in the declared padding count for an average that includes padding
                    if (id < iD + eD && ih < iH + eH && iw < iW + eW) padded++;
                    continue;
                  }
                  const v = src[base + (id * iH + ih) * iW + iw] as number;
                  if (kind === 'max') acc = v > acc || Number.isNaN(v) ? v : acc;
                  else acc += v;
                  count++;
                }
              }
            }
            y[o++] = kind === 'max' ? acc : acc / (excludePad ? count : count + padded);
          }
    }
    return [floatTensor(args.output().dtype, shape, y)];
  };

/** Pooling operations, by MIL name. */
export const POOLING_OPS: Readonly<Record<string, MilOp>> = { max_pool: pool('max'), avg_pool: pool('avg') };
