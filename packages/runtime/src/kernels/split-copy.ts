import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg, tensorListArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { normalizeDim } from './util/shape.js';
import { splitInto } from './util/split.js';

const OP = 'aten::split_copy.Tensor_out';

/** `aten::split_copy.Tensor_out(Tensor self, SymInt split_size, int dim=0, *, Tensor(a!)[] out) -> ()`. */
export const splitCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const size = intArg(OP, args, 1);
    if (x.rank === 0) fail(OP, 'cannot split a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 2), x.rank);
    const outs = tensorListArg(OP, args, 3);
    const len = x.sizes[d] as number;
    if (size < 0 || (size === 0 && len !== 0)) fail(OP, `split_size ${size} must be positive`);
    const sizes: number[] = [];
    if (len === 0) sizes.push(0);
    for (let s = 0; s < len; s += size) sizes.push(Math.min(size, len - s));
    splitInto(OP, x, sizes, d, outs);
  },
});
