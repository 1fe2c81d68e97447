import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::tril.out';

/** `aten::tril.out(Tensor self, int diagonal=0, *, Tensor(a!) out)`. */
export const tril = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const diagonal = intArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (x.rank < 2) fail(OP, `expected a tensor of rank >= 2, got ${x.rank}`);
    resizeOut(OP, out, x.sizes);
    const R = x.sizes[x.rank - 2] as number;
    const C = x.sizes[x.rank - 1] as number;
    const xd = readLogical(OP, x);
    const res = new Float64Array(xd.length);
    for (let i = 0; i < xd.length; i++) {
      const c = i % C;
      const r = Math.floor(i / C) % R;
      res[i] = c - r <= diagonal ? (xd[i] as number) : 0;
    }
    writeLogical(OP, out, res);
  },
});
