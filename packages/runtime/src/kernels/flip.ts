import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { newRawLike, rawLogical, writeRawLogical } from './util/layout.js';
import { normalizeDim, resizeOut } from './util/shape.js';

const OP = 'aten::flip.out';

/** `aten::flip.out(Tensor self, int[] dims, *, Tensor(a!) out)`: reverses the listed dims (exact copy). */
export const flip = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const dims = intListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, x);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    const rank = x.rank;
    const flipped = new Array<boolean>(Math.max(rank, 1)).fill(false);
    for (const d of dims) {
      const nd = normalizeDim(OP, d, rank);
      if (flipped[nd]) fail(OP, `dimension ${d} appears more than once`);
      flipped[nd] = true;
    }
    resizeOut(OP, out, x.sizes);
    const n = x.numel;
    if (n === 0) return;
    const src = rawLogical(x);
    const res = newRawLike(x, n);
    const sizes = x.sizes;
    const strides = new Array<number>(rank);
    for (let d = rank - 1, s = 1; d >= 0; d--) {
      strides[d] = s;
      s *= sizes[d] as number;
    }
    const idx = new Array<number>(rank).fill(0);
    for (let i = 0; i < n; i++) {
      let from = 0;
      for (let d = 0; d < rank; d++) {
        const k = idx[d] as number;
        from += (flipped[d] ? (sizes[d] as number) - 1 - k : k) * (strides[d] as number);
      }
      res[i] = src[from];
      for (let d = rank - 1; d >= 0; d--) {
        const k = (idx[d] as number) + 1;
        if (k < (sizes[d] as number)) {
          idx[d] = k;
          break;
        }
        idx[d] = 0;
      }
    }
    writeRawLogical(out, res);
  },
});
