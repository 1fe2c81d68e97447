import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { mapUnary } from './util/elementwise.js';

/** `aten::logical_not.out(Tensor self, *, Tensor(a!) out)`. */
export const logicalNot = /* @__PURE__ */ defineKernel({
  op: 'aten::logical_not.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::logical_not.out';
    expectArgs(op, args, 2);
    const x = tensorArg(op, args, 0);
    const out = tensorArg(op, args, 1);
    checkDtypes(op, REAL_AND_BOOL, x, out);
    mapUnary(op, x, out, (v) => (v === 0 ? 1 : 0));
  },
});
