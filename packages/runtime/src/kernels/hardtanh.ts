import { defineKernel, type EValue } from '@kindling/core';
import { doubleArg, expectArgs, tensorArg } from './util/args.js';
import { REAL_TYPES } from './util/dtype.js';
import { runSameTypeUnary } from './util/unary.js';

/** `aten::hardtanh.out(Tensor self, Scalar min_val=-1, Scalar max_val=1, *, Tensor(a!) out)`. */
export const hardtanh = /* @__PURE__ */ defineKernel({
  op: 'aten::hardtanh.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::hardtanh.out';
    expectArgs(op, args, 4);
    const lo = doubleArg(op, args, 1);
    const hi = doubleArg(op, args, 2);
    runSameTypeUnary(op, tensorArg(op, args, 0), tensorArg(op, args, 3), (x) =>
      Number.isNaN(x) ? x : Math.min(Math.max(x, lo), hi),
    );
  },
});
