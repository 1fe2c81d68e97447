import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, checkMemoryFormat, expectArgs, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::_to_copy.out';

/** `aten::_to_copy.out(Tensor self, *, bool non_blocking=False, MemoryFormat? memory_format=None, Tensor(a!) out)`: dtype conversion. */
export const toCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    boolArg(OP, args, 1);
    checkMemoryFormat(OP, args, 2);
    copyView(OP, x, viewOf(x), tensorArg(OP, args, 3), true);
  },
});
