import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, stringArg, tensorArg } from './util/args.js';
import { FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { geluErf, geluTanh } from './util/math.js';
import { runSameTypeUnary } from './util/unary.js';

/** `aten::gelu.out(Tensor self, *, str approximate='none', Tensor(a!) out)`. */
export const gelu = /* @__PURE__ */ defineKernel({
  op: 'aten::gelu.out',
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::gelu.out';
    expectArgs(op, args, 3);
    const approximate = stringArg(op, args, 1);
    if (approximate !== 'none' && approximate !== 'tanh')
      fail(op, `approximate must be 'none' or 'tanh', got '${approximate}'`);
    runSameTypeUnary(
      op,
      tensorArg(op, args, 0),
      tensorArg(op, args, 2),
      approximate === 'tanh' ? geluTanh : geluErf,
      FLOAT_TYPES,
    );
  },
});
