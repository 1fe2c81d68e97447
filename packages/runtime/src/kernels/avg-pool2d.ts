import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, expectArgs, intListArg, optIntArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { pair, planes, poolOutputSize } from './util/pool.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::avg_pool2d.out';

/**
 * `aten::avg_pool2d.out(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0,
 * bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None, *, Tensor(a!) out)`.
 */
export const avgPool2d = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 8);
    const x = tensorArg(OP, args, 0);
    const [kH, kW] = pair(OP, 'kernel_size', intListArg(OP, args, 1));
    const [sH, sW] = pair(OP, 'stride', intListArg(OP, args, 2), [kH, kW]);
    const [pH, pW] = pair(OP, 'padding', intListArg(OP, args, 3));
    const ceil = boolArg(OP, args, 4);
    const includePad = boolArg(OP, args, 5);
    const divisor = optIntArg(OP, args, 6);
    const out = tensorArg(OP, args, 7);
    checkDtypes(OP, FLOAT_TYPES, x, out);
    if (divisor === 0) fail(OP, 'divisor_override must be nonzero');
    const { planes: P, H, W, lead } = planes(OP, x);
    const OH = poolOutputSize(OP, H, kH, pH, sH, 1, ceil);
    const OW = poolOutputSize(OP, W, kW, pW, sW, 1, ceil);
    resizeOut(OP, out, [...lead, OH, OW]);
    const xd = readLogical(OP, x);
    const res = new Float64Array(P * OH * OW);
    const cast = castFn(x.dtype);
    for (let p = 0; p < P; p++) {
      const xb = p * H * W;
      for (let oh = 0; oh < OH; oh++) {
        let h0 = oh * sH - pH;
        let h1 = Math.min(h0 + kH, H + pH);
        const ph = h1 - h0;
        h0 = Math.max(h0, 0);
        h1 = Math.min(h1, H);
        for (let ow = 0; ow < OW; ow++) {
          let w0 = ow * sW - pW;
          let w1 = Math.min(w0 + kW, W + pW);
          const poolSize = ph * (w1 - w0);
          w0 = Math.max(w0, 0);
          w1 = Math.min(w1, W);
          let sum = 0;
          for (let h = h0; h < h1; h++) for (let w = w0; w < w1; w++) sum += xd[xb + h * W + w] as number;
          const div = divisor ?? (includePad ? poolSize : (h1 - h0) * (w1 - w0));
          res[(p * OH + oh) * OW + ow] = cast(sum / div);
        }
      }
    }
    writeLogical(OP, out, res);
  },
});
