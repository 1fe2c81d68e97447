import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { boolArg, expectArgs, optIntArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto } from './util/reduce.js';

const OP = 'aten::argmin.out';

/** Index of the first min (NaN counts as the min) of `values[s..s+n)`. */
function argMinOf(values: ArrayLike<number>, s: number, n: number): number {
  let best = values[s] as number;
  let at = 0;
  for (let i = 1; i < n; i++) {
    if (Number.isNaN(best)) break;
    const e = values[s + i] as number;
    if (e < best || Number.isNaN(e)) {
      best = e;
      at = i;
    }
  }
  return at;
}

/** `aten::argmin.out(Tensor self, int? dim=None, bool keepdim=False, *, Tensor(a!) out)`. */
export const argmin = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const dim = optIntArg(OP, args, 1);
    const keepdim = boolArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_TYPES, x);
    if (out.dtype !== ScalarType.Long) fail(OP, 'out must be an int64 tensor');
    if (x.numel === 0) fail(OP, 'cannot reduce an empty tensor');
    const dims = dim === null ? null : [dim];
    reduceInto(OP, x, dims, dim === null ? keepdim : keepdim, out, (v, s, n) => {
      if (n === 0) fail(OP, 'cannot reduce over a zero-size dimension');
      return argMinOf(v, s, n);
    });
  },
});
