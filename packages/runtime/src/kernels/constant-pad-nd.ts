import { defineKernel, type EValue, ScalarType, Tensor } from '@kindling/core';
import { writeOne } from './util/access.js';
import { expectArgs, intListArg, scalarArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { newRawLike, rawLogical, writeRawLogical } from './util/layout.js';
import { contiguousStrides, resizeOut } from './util/shape.js';

const OP = 'aten::constant_pad_nd.out';

/** `aten::constant_pad_nd.out(Tensor self, SymInt[] pad, Scalar value=0, *, Tensor(a!) out)`; negative pads crop. */
export const constantPadNd = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const pad = intListArg(OP, args, 1);
    const value = scalarArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (pad.length % 2 !== 0 || pad.length / 2 > x.rank)
      fail(OP, `pad [${pad.join(', ')}] must have an even length of at most ${2 * x.rank}`);
    const rank = x.rank;
    const before = new Array<number>(rank).fill(0);
    const outSizes = [...x.sizes];
    for (let i = 0; i < pad.length / 2; i++) {
      const d = rank - 1 - i;
      before[d] = pad[2 * i] as number;
      const size = (x.sizes[d] as number) + (pad[2 * i] as number) + (pad[2 * i + 1] as number);
      if (size < 0) fail(OP, `padding makes dimension ${d} negative`);
      outSizes[d] = size;
    }
    resizeOut(OP, out, outSizes);
    const n = out.numel;
    // raw elements of the dtype (exact for int64 and half): the fill value is converted once, through a
    // one-element tensor of the dtype
    const fill = new Tensor({ dtype: x.dtype, sizes: [1] });
    if (x.dtype === ScalarType.Long && Number.isInteger(value.value)) {
      (fill.data as BigInt64Array)[0] = BigInt.asIntN(64, BigInt(value.value));
    } else writeOne(fill, 0, castFn(x.dtype)(value.value));
    const res = newRawLike(out, n);
    const fillRaw = (fill.data as unknown as ArrayLike<unknown>)[0];
    for (let i = 0; i < n; i++) res[i] = fillRaw;
    const xd = rawLogical(x) as ArrayLike<unknown>;
    const os = contiguousStrides(outSizes);
    const idx = new Array<number>(rank).fill(0);
    for (let i = 0; i < xd.length; i++) {
      // logical index of i in x
      let rem = i;
      let o = 0;
      let inside = true;
      for (let d = rank - 1; d >= 0; d--) {
        const s = x.sizes[d] as number;
        idx[d] = rem % s;
        rem = Math.floor(rem / s);
        const od = (idx[d] as number) + (before[d] as number);
        if (od < 0 || od >= (outSizes[d] as number)) {
          inside = false;
          break;
        }
        o += od * (os[d] as number);
      }
      if (inside) res[o] = xd[i];
    }
    writeRawLogical(out, res);
  },
});
