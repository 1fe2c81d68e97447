import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { normalizeDim } from './util/shape.js';
import { copyView, viewWithUnit } from './util/view.js';

const OP = 'aten::unsqueeze_copy.out';

/** `aten::unsqueeze_copy.out(Tensor self, int dim, *, Tensor(a!) out)`. */
export const unsqueezeCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank + 1);
    copyView(OP, x, viewWithUnit(x, d), tensorArg(OP, args, 2));
  },
});
