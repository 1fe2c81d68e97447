import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { castFn, checkCast, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { mapBinary } from './util/elementwise.js';
import { fail } from './util/errors.js';
import { broadcastShapes, sameShape } from './util/shape.js';

/** `aten::masked_fill.Scalar_out(Tensor self, Tensor mask, Scalar value, *, Tensor(a!) out)`. */
export const maskedFillScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::masked_fill.Scalar_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::masked_fill.Scalar_out';
    expectArgs(op, args, 4);
    const self = tensorArg(op, args, 0);
    const mask = tensorArg(op, args, 1);
    const value = scalarArg(op, args, 2);
    const out = tensorArg(op, args, 3);
    if (mask.dtype !== ScalarType.Bool) fail(op, 'mask must be a bool tensor');
    checkDtypes(op, REAL_AND_BOOL, self, out);
    checkCast(op, self.dtype, out.dtype);
    if (!sameShape(broadcastShapes(op, self.sizes, mask.sizes), self.sizes)) {
      fail(op, `mask of sizes [${mask.sizes.join(', ')}] does not broadcast to [${self.sizes.join(', ')}]`);
    }
    const v = castFn(self.dtype)(value.value);
    mapBinary(op, self, mask, out, (x, m) => (m !== 0 ? v : x));
  },
});
