import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg, tensorListArg } from './util/args.js';
import { checkCast, checkDtypes, REAL_AND_BOOL, resultType } from './util/dtype.js';
import { fail } from './util/errors.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim, resizeOut } from './util/shape.js';

const OP = 'aten::stack.out';

/** `aten::stack.out(Tensor[] tensors, int dim=0, *, Tensor(a!) out)`. */
export const stack = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const ts = tensorListArg(OP, args, 0);
    const out = tensorArg(OP, args, 2);
    if (ts.length === 0) fail(OP, 'expected a non-empty list of tensors');
    checkDtypes(OP, REAL_AND_BOOL, ...ts, out);
    checkCast(OP, resultType(ts), out.dtype);
    const ref = ts[0]!;
    const d = normalizeDim(OP, intArg(OP, args, 1), ref.rank + 1);
    for (const t of ts) {
      if (t.rank !== ref.rank || t.sizes.some((s, i) => s !== ref.sizes[i])) {
        fail(OP, `all tensors must have equal sizes, got [${t.sizes.join(', ')}] and [${ref.sizes.join(', ')}]`);
      }
    }
    const sizes = [...ref.sizes];
    sizes.splice(d, 0, ts.length);
    resizeOut(OP, out, sizes);
    const dstStrides = [...out.strides];
    const step = dstStrides[d] as number;
    dstStrides.splice(d, 1);
    ts.forEach((t, i) => {
      scatterInto(OP, t, t.sizes, t.strides, 0, out, dstStrides, i * step);
    });
  },
});
