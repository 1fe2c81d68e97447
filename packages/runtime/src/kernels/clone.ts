import { defineKernel, type EValue } from '@kindling/core';
import { checkMemoryFormat, expectArgs, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::clone.out';

/** `aten::clone.out(Tensor self, *, MemoryFormat? memory_format=None, Tensor(a!) out)`. */
export const clone = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    checkMemoryFormat(OP, args, 1);
    copyView(OP, x, viewOf(x), tensorArg(OP, args, 2));
  },
});
