import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, optDoubleListArg, optIntListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';
import { upsampleOutputSize } from './util/upsample.js';

const OP = 'aten::upsample_nearest2d.vec_out';

function nearestIndex(o: number, inSize: number, outSize: number, scale: number | null): number {
  if (outSize === inSize) return o;
  if (outSize === 2 * inSize) return o >> 1;
  const s = Math.fround(scale !== null && scale > 0 ? 1 / scale : inSize / outSize);
  return Math.min(Math.floor(Math.fround(o * s)), inSize - 1);
}

/** `aten::upsample_nearest2d.vec_out(Tensor input, SymInt[]? output_size, float[]? scale_factors, *, Tensor(a!) out)`. */
export const upsampleNearest2d = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const size = optIntListArg(OP, args, 1);
    const scales = optDoubleListArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_TYPES, x, out);
    if (x.rank !== 4) fail(OP, `expected a 4-D input, got rank ${x.rank}`);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    const [N, C, H, W] = x.sizes as [number, number, number, number];
    const [OH, OW] = upsampleOutputSize(OP, H, W, size, scales);
    resizeOut(OP, out, [N, C, OH, OW]);
    const sh = size === null && scales ? (scales[0] as number) : null;
    const sw = size === null && scales ? (scales[1] as number) : null;
    const hi = Array.from({ length: OH }, (_, o) => nearestIndex(o, H, OH, sh));
    const wi = Array.from({ length: OW }, (_, o) => nearestIndex(o, W, OW, sw));
    const xd = readLogical(OP, x);
    const res = new Float64Array(N * C * OH * OW);
    for (let p = 0; p < N * C; p++) {
      for (let oh = 0; oh < OH; oh++) {
        const row = p * H * W + (hi[oh] as number) * W;
        const ob = (p * OH + oh) * OW;
        for (let ow = 0; ow < OW; ow++) res[ob + ow] = xd[row + (wi[ow] as number)] as number;
      }
    }
    writeLogical(OP, out, res);
  },
});
