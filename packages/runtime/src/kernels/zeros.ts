import { defineKernel, type EValue } from '@kindling/core';
import { fillNumber } from './util/access.js';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { checkSizes, resizeOut } from './util/shape.js';

/** `aten::zeros.out(SymInt[] size, *, Tensor(a!) out)`. */
export const zeros = /* @__PURE__ */ defineKernel({
  op: 'aten::zeros.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::zeros.out';
    expectArgs(op, args, 2);
    const size = intListArg(op, args, 0);
    const out = tensorArg(op, args, 1);
    checkDtypes(op, REAL_AND_BOOL, out);
    checkSizes(op, size);
    resizeOut(op, out, size);
    fillNumber(out, 0);
  },
});
