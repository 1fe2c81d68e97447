import { defineKernel, type EValue } from '@kindling/core';
import { fillNumber } from './util/access.js';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { resizeOut } from './util/shape.js';

/** `aten::scalar_tensor.out(Scalar s, *, Tensor(a!) out)`. */
export const scalarTensor = /* @__PURE__ */ defineKernel({
  op: 'aten::scalar_tensor.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::scalar_tensor.out';
    expectArgs(op, args, 2);
    const s = scalarArg(op, args, 0);
    const out = tensorArg(op, args, 1);
    checkDtypes(op, REAL_AND_BOOL, out);
    resizeOut(op, out, []);
    fillNumber(out, s.value);
  },
});
