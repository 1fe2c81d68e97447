import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { boolArg, expectArgs, intListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { pair, planes, poolOutputSize } from './util/pool.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::max_pool2d_with_indices.out';

/**
 * `aten::max_pool2d_with_indices.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0,
 * int[2] dilation=1, bool ceil_mode=False, *, Tensor(a!) out, Tensor(b!) indices)`.
 */
export const maxPool2dWithIndices = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 8);
    const x = tensorArg(OP, args, 0);
    const [kH, kW] = pair(OP, 'kernel_size', intListArg(OP, args, 1));
    const [sH, sW] = pair(OP, 'stride', intListArg(OP, args, 2), [kH, kW]);
    const [pH, pW] = pair(OP, 'padding', intListArg(OP, args, 3));
    const [dH, dW] = pair(OP, 'dilation', intListArg(OP, args, 4), [1, 1]);
    const ceil = boolArg(OP, args, 5);
    const out = tensorArg(OP, args, 6);
    const indices = tensorArg(OP, args, 7);
    checkDtypes(OP, REAL_TYPES, x, out);
    if (indices.dtype !== ScalarType.Long) fail(OP, 'indices must be an int64 tensor');
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    const { planes: P, H, W, lead } = planes(OP, x);
    const OH = poolOutputSize(OP, H, kH, pH, sH, dH, ceil);
    const OW = poolOutputSize(OP, W, kW, pW, sW, dW, ceil);
    resizeOut(OP, out, [...lead, OH, OW]);
    resizeOut(OP, indices, [...lead, OH, OW]);
    const xd = readLogical(OP, x);
    const res = new Float64Array(P * OH * OW);
    const idx = new Float64Array(P * OH * OW);
    for (let p = 0; p < P; p++) {
      const xb = p * H * W;
      for (let oh = 0; oh < OH; oh++) {
        const h0 = oh * sH - pH;
        for (let ow = 0; ow < OW; ow++) {
          const w0 = ow * sW - pW;
          let best = Number.NEGATIVE_INFINITY;
          let bestIdx = -1;
          for (let kh = 0; kh < kH; kh++) {
            const h = h0 + kh * dH;
            if (h < 0 || h >= H) continue;
            for (let kw = 0; kw < kW; kw++) {
              const w = w0 + kw * dW;
              if (w < 0 || w >= W) continue;
              const v = xd[xb + h * W + w] as number;
              if (bestIdx < 0 || v > best || Number.isNaN(v)) {
                best = v;
                bestIdx = h * W + w;
                if (Number.isNaN(v)) break;
              }
            }
            if (Number.isNaN(best)) break;
          }
          const o = (p * OH + oh) * OW + ow;
          res[o] = best;
          idx[o] = bestIdx;
        }
      }
    }
    writeLogical(OP, out, res);
    writeLogical(OP, indices, idx);
  },
});
