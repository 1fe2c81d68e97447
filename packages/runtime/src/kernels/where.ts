import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { castFn, checkCast, checkDtypes, REAL_AND_BOOL, resultType } from './util/dtype.js';
import { mapTernary, selectRaw } from './util/elementwise.js';
import { fail } from './util/errors.js';

/** `aten::where.self_out(Tensor condition, Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const where = /* @__PURE__ */ defineKernel({
  op: 'aten::where.self_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::where.self_out';
    expectArgs(op, args, 4);
    const cond = tensorArg(op, args, 0);
    const a = tensorArg(op, args, 1);
    const b = tensorArg(op, args, 2);
    const out = tensorArg(op, args, 3);
    if (cond.dtype !== ScalarType.Bool && cond.dtype !== ScalarType.Byte) fail(op, 'condition must be a bool tensor');
    checkDtypes(op, REAL_AND_BOOL, a, b, out);
    const common = resultType([a, b]);
    checkCast(op, common, out.dtype);
    if (a.dtype === b.dtype && a.dtype === out.dtype) {
      selectRaw(op, cond, a, b, out);
      return;
    }
    const cast = castFn(common);
    mapTernary(op, cond, a, b, out, (c, x, y) => cast(c !== 0 ? x : y));
  },
});
