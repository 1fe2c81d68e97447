import { defineKernel, type EValue } from '@kindling/core';
import { fillNumber } from './util/access.js';
import { expectArgs, intListArg, scalarArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { checkSizes, resizeOut } from './util/shape.js';

/** `aten::full.out(SymInt[] size, Scalar fill_value, *, Tensor(a!) out)`. */
export const full = /* @__PURE__ */ defineKernel({
  op: 'aten::full.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::full.out';
    expectArgs(op, args, 3);
    const size = intListArg(op, args, 0);
    const value = scalarArg(op, args, 1);
    const out = tensorArg(op, args, 2);
    checkDtypes(op, REAL_AND_BOOL, out);
    checkSizes(op, size);
    resizeOut(op, out, size);
    fillNumber(out, value.value);
  },
});
