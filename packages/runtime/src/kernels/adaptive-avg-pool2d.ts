import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { pair, planes } from './util/pool.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::_adaptive_avg_pool2d.out';

/** `aten::_adaptive_avg_pool2d.out(Tensor self, SymInt[2] output_size, *, Tensor(a!) out)`. */
export const adaptiveAvgPool2d = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const [OH, OW] = pair(OP, 'output_size', intListArg(OP, args, 1));
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, FLOAT_TYPES, x, out);
    if (OH < 0 || OW < 0) fail(OP, 'output_size must be non-negative');
    const { planes: P, H, W, lead } = planes(OP, x);
    if ((H === 0 || W === 0) && OH * OW > 0) fail(OP, 'input spatial sizes must be positive');
    resizeOut(OP, out, [...lead, OH, OW]);
    const xd = readLogical(OP, x);
    const res = new Float64Array(P * OH * OW);
    const cast = castFn(x.dtype);
    for (let p = 0; p < P; p++) {
      const xb = p * H * W;
      for (let oh = 0; oh < OH; oh++) {
        const h0 = Math.floor((oh * H) / OH);
        const h1 = Math.ceil(((oh + 1) * H) / OH);
        for (let ow = 0; ow < OW; ow++) {
          const w0 = Math.floor((ow * W) / OW);
          const w1 = Math.ceil(((ow + 1) * W) / OW);
          let sum = 0;
          for (let h = h0; h < h1; h++) for (let w = w0; w < w1; w++) sum += xd[xb + h * W + w] as number;
          res[(p * OH + oh) * OW + ow] = cast(sum / ((h1 - h0) * (w1 - w0)));
        }
      }
    }
    writeLogical(OP, out, res);
  },
});
