import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { boolArg, expectArgs, intListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto, reduceIntoInt64 } from './util/reduce.js';

const OP = 'aten::amin.out';

/** `aten::amin.out(Tensor self, int[1] dim=[], bool keepdim=False, *, Tensor(a!) out)`; NaN propagates. */
export const amin = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const dims = intListArg(OP, args, 1);
    const keepdim = boolArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (x.dtype === ScalarType.Long) {
      reduceIntoInt64(OP, x, dims, keepdim, out, (v, s, n) => {
        if (n === 0) fail(OP, 'cannot reduce over a zero-size dimension');
        let best = v[s] as bigint;
        for (let i = s + 1; i < s + n; i++) if ((v[i] as bigint) < best) best = v[i] as bigint;
        return best;
      });
      return;
    }
    reduceInto(OP, x, dims, keepdim, out, (v, s, n) => {
      if (n === 0) fail(OP, 'cannot reduce over a zero-size dimension');
      let best = v[s] as number;
      for (let i = s + 1; i < s + n; i++) {
        const e = v[i] as number;
        if (e < best || Number.isNaN(e)) best = e;
        if (Number.isNaN(best)) break;
      }
      return best;
    });
  },
});
