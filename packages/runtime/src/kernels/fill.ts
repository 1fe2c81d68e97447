import { defineKernel, type EValue } from '@kindling/core';
import { fillNumber, readOne } from './util/access.js';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { resizeOut } from './util/shape.js';

/** `aten::fill.Scalar_out(Tensor self, Scalar value, *, Tensor(a!) out)`. */
export const fillScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::fill.Scalar_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::fill.Scalar_out';
    expectArgs(op, args, 3);
    const self = tensorArg(op, args, 0);
    const value = scalarArg(op, args, 1);
    const out = tensorArg(op, args, 2);
    checkDtypes(op, REAL_AND_BOOL, self, out);
    resizeOut(op, out, self.sizes);
    fillNumber(out, castFn(self.dtype)(value.value));
  },
});

/** `aten::fill.Tensor_out(Tensor self, Tensor value, *, Tensor(a!) out)` (value is 0-dim). */
export const fillTensor = /* @__PURE__ */ defineKernel({
  op: 'aten::fill.Tensor_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::fill.Tensor_out';
    expectArgs(op, args, 3);
    const self = tensorArg(op, args, 0);
    const value = tensorArg(op, args, 1);
    const out = tensorArg(op, args, 2);
    if (value.rank !== 0) fail(op, `value must be a 0-dim tensor, got rank ${value.rank}`);
    checkDtypes(op, REAL_AND_BOOL, self, value, out);
    resizeOut(op, out, self.sizes);
    fillNumber(out, castFn(self.dtype)(readOne(value, 0)));
  },
});
