import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg, tensorListArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { normalizeDim } from './util/shape.js';
import { splitInto } from './util/split.js';

const OP = 'aten::unbind_copy.int_out';

/** `aten::unbind_copy.int_out(Tensor self, int dim=0, *, Tensor(a!)[] out) -> ()`. */
export const unbindCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    if (x.rank === 0) fail(OP, 'cannot unbind a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 1), x.rank);
    splitInto(OP, x, new Array<number>(x.sizes[d] as number).fill(1), d, tensorListArg(OP, args, 2), true);
  },
});
