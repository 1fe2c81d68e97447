import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, intListArg, tensorArg, tensorListArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { splitInto } from './util/split.js';

const OP = 'aten::split_with_sizes_copy.out';

/** `aten::split_with_sizes_copy.out(Tensor self, SymInt[] split_sizes, int dim=0, *, Tensor(a!)[] out) -> ()`. */
export const splitWithSizesCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    splitInto(OP, tensorArg(OP, args, 0), intListArg(OP, args, 1), intArg(OP, args, 2), tensorListArg(OP, args, 3));
  },
});
