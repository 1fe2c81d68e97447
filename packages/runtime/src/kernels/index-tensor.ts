import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, optTensorListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { planIndex } from './util/indexing.js';
import { newRawLike, writeRawLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::index.Tensor_out';

/** `aten::index.Tensor_out(Tensor self, Tensor?[] indices, *, Tensor(a!) out)`: advanced indexing. */
export const indexTensor = defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const indices = optTensorListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    const plan = planIndex(OP, x.sizes, x.strides, indices);
    resizeOut(OP, out, plan.shape);
    const src = x.data as unknown as ArrayLike<unknown>;
    const res = newRawLike(x, plan.offsets.length);
    for (let i = 0; i < plan.offsets.length; i++) res[i] = src[plan.offsets[i] as number];
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});
