import { defineKernel, type EValue, scalarTypeName } from '@kindling/core';
import { boolArg, expectArgs, intArg, intListArg, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::convolution.out';

function param(list: readonly number[], i: number, name: string, spatial: number, dflt?: number): number {
  if (list.length === 0 && dflt !== undefined) return dflt;
  if (list.length !== 1 && list.length !== spatial)
    fail(OP, `${name} must have 1 or ${spatial} values, got [${list.join(', ')}]`);
  return (list.length === 1 ? list[0] : list[i]) as number;
}

/**
 * `aten::convolution.out(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding,
 * SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups, *, Tensor(a!) out)`.
 * 1-D and 2-D, grouped (depthwise) and transposed; any dim order.
 */
export const convolution = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 10);
    const x = tensorArg(OP, args, 0);
    const w = tensorArg(OP, args, 1);
    const bias = optTensorArg(OP, args, 2);
    const strideL = intListArg(OP, args, 3);
    const paddingL = intListArg(OP, args, 4);
    const dilationL = intListArg(OP, args, 5);
    const transposed = boolArg(OP, args, 6);
    const outPadL = intListArg(OP, args, 7);
    const groups = intArg(OP, args, 8);
    const out = tensorArg(OP, args, 9);
    checkDtypes(OP, FLOAT_TYPES, x, w, bias, out);
    if (x.dtype !== w.dtype || x.dtype !== out.dtype || (bias && bias.dtype !== x.dtype)) {
      fail(
        OP,
        `expected equal dtypes, got input ${scalarTypeName(x.dtype)}, weight ${scalarTypeName(w.dtype)}, out ${scalarTypeName(out.dtype)}`,
      );
    }
    if (x.rank !== 3 && x.rank !== 4) fail(OP, `expected a 3-D or 4-D input, got rank ${x.rank}`);
    if (w.rank !== x.rank) fail(OP, `weight rank ${w.rank} differs from input rank ${x.rank}`);
    const spatial = x.rank - 2;
    const is1d = spatial === 1;
    if (groups < 1) fail(OP, `groups must be positive, got ${groups}`);
    const N = x.sizes[0] as number;
    const C = x.sizes[1] as number;
    const H = is1d ? 1 : (x.sizes[2] as number);
    const W = x.sizes[x.rank - 1] as number;
    const KH = is1d ? 1 : (w.sizes[2] as number);
    const KW = w.sizes[w.rank - 1] as number;
    const sH = is1d ? 1 : param(strideL, 0, 'stride', spatial, 1);
    const sW = param(strideL, spatial - 1, 'stride', spatial, 1);
    const pH = is1d ? 0 : param(paddingL, 0, 'padding', spatial, 0);
    const pW = param(paddingL, spatial - 1, 'padding', spatial, 0);
    const dH = is1d ? 1 : param(dilationL, 0, 'dilation', spatial, 1);
    const dW = param(dilationL, spatial - 1, 'dilation', spatial, 1);
    const opH = transposed && !is1d ? param(outPadL, 0, 'output_padding', spatial, 0) : 0;
    const opW = transposed ? param(outPadL, spatial - 1, 'output_padding', spatial, 0) : 0;
    if (sH < 1 || sW < 1 || dH < 1 || dW < 1 || pH < 0 || pW < 0) fail(OP, 'invalid stride, dilation or padding');
    if (C % groups !== 0) fail(OP, `input channels ${C} are not divisible by groups ${groups}`);
    const Cg = C / groups;
    let OC: number;
    let OCg: number;
    if (transposed) {
      if ((w.sizes[0] as number) !== C)
        fail(OP, `weight of sizes [${w.sizes.join(', ')}] expects ${w.sizes[0]} input channels, got ${C}`);
      OCg = w.sizes[1] as number;
      OC = OCg * groups;
    } else {
      OC = w.sizes[0] as number;
      if ((w.sizes[1] as number) !== Cg) {
        fail(
          OP,
          `weight of sizes [${w.sizes.join(', ')}] expects ${(w.sizes[1] as number) * groups} input channels, got ${C}`,
        );
      }
      if (OC % groups !== 0) fail(OP, `output channels ${OC} are not divisible by groups ${groups}`);
      OCg = OC / groups;
    }
    if (bias && bias.numel !== OC) fail(OP, `bias has ${bias.numel} elements, expected ${OC}`);
    const OH = transposed
      ? (H - 1) * sH - 2 * pH + dH * (KH - 1) + opH + 1
      : Math.floor((H + 2 * pH - dH * (KH - 1) - 1) / sH) + 1;
    const OW = transposed
      ? (W - 1) * sW - 2 * pW + dW * (KW - 1) + opW + 1
      : Math.floor((W + 2 * pW - dW * (KW - 1) - 1) / sW) + 1;
    if (OH < 1 || OW < 1)
      fail(
        OP,
        `computed output size [${OH}, ${OW}] is too small (input [${x.sizes.join(', ')}], kernel [${w.sizes.join(', ')}])`,
      );
    resizeOut(OP, out, is1d ? [N, OC, OW] : [N, OC, OH, OW]);
    const xd = readLogical(OP, x);
    const wd = readLogical(OP, w);
    const bd = bias ? readLogical(OP, bias) : null;
    const res = new Float64Array(N * OC * OH * OW);
    if (!transposed) {
      for (let n = 0; n < N; n++) {
        for (let oc = 0; oc < OC; oc++) {
          const g = Math.floor(oc / OCg);
          const b = bd ? (bd[oc] as number) : 0;
          const obase = (n * OC + oc) * OH * OW;
          for (let oh = 0; oh < OH; oh++) {
            const ih0 = oh * sH - pH;
            for (let ow = 0; ow < OW; ow++) {
              const iw0 = ow * sW - pW;
              let acc = 0;
              for (let ic = 0; ic < Cg; ic++) {
                const xbase = (n * C + g * Cg + ic) * H * W;
                const wbase = (oc * Cg + ic) * KH * KW;
                for (let kh = 0; kh < KH; kh++) {
                  const ih = ih0 + kh * dH;
                  if (ih < 0 || ih >= H) continue;
                  const xrow = xbase + ih * W;
                  const wrow = wbase + kh * KW;
                  for (let kw = 0; kw < KW; kw++) {
                    const iw = iw0 + kw * dW;
                    if (iw < 0 || iw >= W) continue;
                    acc += (xd[xrow + iw] as number) * (wd[wrow + kw] as number);
                  }
                }
              }
              res[obase + oh * OW + ow] = acc + b;
            }
          }
        }
      }
    } else {
      for (let n = 0; n < N; n++) {
        for (let g = 0; g < groups; g++) {
          for (let ic = 0; ic < Cg; ic++) {
            const c = g * Cg + ic;
            const xbase = (n * C + c) * H * W;
            for (let oc = 0; oc < OCg; oc++) {
              const o = g * OCg + oc;
              const obase = (n * OC + o) * OH * OW;
              const wbase = (c * OCg + oc) * KH * KW;
              for (let ih = 0; ih < H; ih++) {
                for (let iw = 0; iw < W; iw++) {
                  const v = xd[xbase + ih * W + iw] as number;
                  for (let kh = 0; kh < KH; kh++) {
                    const oh = ih * sH - pH + kh * dH;
                    if (oh < 0 || oh >= OH) continue;
                    for (let kw = 0; kw < KW; kw++) {
                      const ow = iw * sW - pW + kw * dW;
                      if (ow < 0 || ow >= OW) continue;
                      res[obase + oh * OW + ow] =
                        (res[obase + oh * OW + ow] as number) + v * (wd[wbase + kh * KW + kw] as number);
                    }
                  }
                }
              }
            }
          }
        }
      }
      if (bd) {
        const plane = OH * OW;
        for (let i = 0; i < res.length; i++) res[i] = (res[i] as number) + (bd[Math.floor(i / plane) % OC] as number);
      }
    }
    const cast = castFn(x.dtype);
    for (let i = 0; i < res.length; i++) res[i] = cast(res[i] as number);
    writeLogical(OP, out, res);
  },
});
