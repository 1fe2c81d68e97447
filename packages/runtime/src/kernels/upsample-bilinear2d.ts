import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, expectArgs, optDoubleListArg, optIntListArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';
import { areaPixelScale, areaPixelSource, upsampleOutputSize } from './util/upsample.js';

const OP = 'aten::upsample_bilinear2d.vec_out';

function taps(inSize: number, outSize: number, align: boolean, scale: number | null) {
  const s = areaPixelScale(inSize, outSize, align, scale);
  const i0 = new Int32Array(outSize);
  const i1 = new Int32Array(outSize);
  const l1 = new Float64Array(outSize);
  for (let o = 0; o < outSize; o++) {
    const src = areaPixelSource(s, o, align);
    const a = Math.min(Math.floor(src), inSize - 1);
    i0[o] = a;
    i1[o] = a < inSize - 1 ? a + 1 : a;
    l1[o] = src - a;
  }
  return { i0, i1, l1 };
}

/**
 * `aten::upsample_bilinear2d.vec_out(Tensor input, SymInt[]? output_size, bool align_corners,
 * float[]? scale_factors, *, Tensor(a!) out)`.
 */
export const upsampleBilinear2d = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const x = tensorArg(OP, args, 0);
    const size = optIntListArg(OP, args, 1);
    const align = boolArg(OP, args, 2);
    const scales = optDoubleListArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    checkDtypes(OP, FLOAT_TYPES, x, out);
    if (x.rank !== 4) fail(OP, `expected a 4-D input, got rank ${x.rank}`);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    const [N, C, H, W] = x.sizes as [number, number, number, number];
    const [OH, OW] = upsampleOutputSize(OP, H, W, size, scales);
    resizeOut(OP, out, [N, C, OH, OW]);
    const sh = size === null && scales ? (scales[0] as number) : null;
    const sw = size === null && scales ? (scales[1] as number) : null;
    const th = taps(H, OH, align, sh);
    const tw = taps(W, OW, align, sw);
    const xd = readLogical(OP, x);
    const res = new Float64Array(N * C * OH * OW);
    const cast = castFn(x.dtype);
    for (let p = 0; p < N * C; p++) {
      const b = p * H * W;
      for (let oh = 0; oh < OH; oh++) {
        const h0 = b + (th.i0[oh] as number) * W;
        const h1 = b + (th.i1[oh] as number) * W;
        const lh1 = th.l1[oh] as number;
        const lh0 = 1 - lh1;
        const ob = (p * OH + oh) * OW;
        for (let ow = 0; ow < OW; ow++) {
          const w0 = tw.i0[ow] as number;
          const w1 = tw.i1[ow] as number;
          const lw1 = tw.l1[ow] as number;
          const lw0 = 1 - lw1;
          res[ob + ow] = cast(
            lh0 * (lw0 * (xd[h0 + w0] as number) + lw1 * (xd[h0 + w1] as number)) +
              lh1 * (lw0 * (xd[h1 + w0] as number) + lw1 * (xd[h1 + w1] as number)),
          );
        }
      }
    }
    writeLogical(OP, out, res);
  },
});
