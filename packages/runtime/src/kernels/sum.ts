import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, expectArgs, optDtypeArg, optIntListArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto } from './util/reduce.js';

const OP = 'aten::sum.IntList_out';

/** `aten::sum.IntList_out(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!) out)`. */
export const sum = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const x = tensorArg(OP, args, 0);
    const dims = optIntListArg(OP, args, 1);
    const keepdim = boolArg(OP, args, 2);
    const dtype = optDtypeArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (dtype !== null && dtype !== out.dtype) fail(OP, 'dtype must match the output dtype');
    const cast = castFn(out.dtype);
    reduceInto(OP, x, dims, keepdim, out, (v, s, n) => {
      let acc = 0;
      for (let i = s; i < s + n; i++) acc += v[i] as number;
      return cast(acc);
    });
  },
});
