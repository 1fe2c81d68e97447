import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, intArg, optIntListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { reduceInto } from './util/reduce.js';

function runAny(op: string, x: Tensor, dims: readonly number[] | null, keepdim: boolean, out: Tensor): void {
  checkDtypes(op, REAL_AND_BOOL, x, out);
  reduceInto(op, x, dims, keepdim, out, (v, s, n) => {
    for (let i = s; i < s + n; i++) if ((v[i] as number) !== 0) return 1;
    return 0;
  });
}

/** `aten::any.all_out(Tensor self, *, Tensor(a!) out)`. */
export const anyAll = /* @__PURE__ */ defineKernel({
  op: 'aten::any.all_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::any.all_out';
    expectArgs(op, args, 2);
    runAny(op, tensorArg(op, args, 0), null, false, tensorArg(op, args, 1));
  },
});

/** `aten::any.dims_out(Tensor self, int[]? dim=None, bool keepdim=False, *, Tensor(a!) out)`. */
export const anyDims = /* @__PURE__ */ defineKernel({
  op: 'aten::any.dims_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::any.dims_out';
    expectArgs(op, args, 4);
    runAny(op, tensorArg(op, args, 0), optIntListArg(op, args, 1), boolArg(op, args, 2), tensorArg(op, args, 3));
  },
});

/** `aten::any.out(Tensor self, int dim, bool keepdim=False, *, Tensor(a!) out)`. */
export const anyDim = /* @__PURE__ */ defineKernel({
  op: 'aten::any.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::any.out';
    expectArgs(op, args, 4);
    runAny(op, tensorArg(op, args, 0), [intArg(op, args, 1)], boolArg(op, args, 2), tensorArg(op, args, 3));
  },
});
