import { defineKernel, type EValue } from '@kindling/core';
import { fillNumber } from './util/access.js';
import { checkMemoryFormat, expectArgs, scalarArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { resizeOut } from './util/shape.js';

/** `aten::full_like.out(Tensor self, Scalar fill_value, *, MemoryFormat? memory_format=None, Tensor(a!) out)`. */
export const fullLike = /* @__PURE__ */ defineKernel({
  op: 'aten::full_like.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::full_like.out';
    expectArgs(op, args, 4);
    const self = tensorArg(op, args, 0);
    const value = scalarArg(op, args, 1);
    checkMemoryFormat(op, args, 2);
    const out = tensorArg(op, args, 3);
    checkDtypes(op, REAL_AND_BOOL, out);
    resizeOut(op, out, self.sizes);
    fillNumber(out, value.value);
  },
});
