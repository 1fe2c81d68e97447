import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { rawLogical, writeRawLogical } from './util/layout.js';
import { contiguousStrides, logicalOffsets, resizeOut } from './util/shape.js';
import { copyView, inferSize } from './util/view.js';

const OP = 'aten::view_copy.out';

/** `aten::view_copy.out(Tensor self, SymInt[] size, *, Tensor(a!) out)`: a reshape in logical order. */
export const viewCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const size = inferSize(OP, intListArg(OP, args, 1), x.numel);
    const out = tensorArg(OP, args, 2);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (logicalOffsets(x) === null && REAL_AND_BOOL.includes(x.dtype)) {
      copyView(OP, x, { sizes: size, strides: contiguousStrides(size), base: 0 }, out);
      return;
    }
    resizeOut(OP, out, size);
    writeRawLogical(out, rawLogical(x) as ArrayLike<unknown>);
  },
});
