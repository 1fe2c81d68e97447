import { defineKernel, type EValue } from '@kindling/core';
import { subSpec } from './sub.js';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { runBinaryScalar } from './util/binary.js';
import { REAL_TYPES } from './util/dtype.js';

/** `aten::rsub.Scalar_out(Tensor self, Scalar other, Scalar alpha=1, *, Tensor(a!) out)`: other - alpha * self. */
export const rsubScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::rsub.Scalar_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::rsub.Scalar_out';
    expectArgs(op, args, 4);
    const alpha = scalarArg(op, args, 2);
    runBinaryScalar(op, tensorArg(op, args, 0), scalarArg(op, args, 1), tensorArg(op, args, 3), subSpec(alpha), true);
  },
});
