import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intArg, tensorArg, tensorListArg } from './util/args.js';
import { checkCast, checkDtypes, REAL_AND_BOOL, resultType } from './util/dtype.js';
import { fail } from './util/errors.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim, resizeOut } from './util/shape.js';

const OP = 'aten::cat.out';

/** `aten::cat.out(Tensor[] tensors, int dim=0, *, Tensor(a!) out)`; 1-D empty tensors are skipped. */
export const cat = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const all = tensorListArg(OP, args, 0);
    const out = tensorArg(OP, args, 2);
    if (all.length === 0) fail(OP, 'expected a non-empty list of tensors');
    checkDtypes(OP, REAL_AND_BOOL, ...all, out);
    checkCast(OP, resultType(all), out.dtype);
    const parts = all.filter((t) => !(t.rank === 1 && t.numel === 0));
    if (parts.length === 0) {
      resizeOut(OP, out, [0]);
      return;
    }
    const ref = parts[0]!;
    if (ref.rank === 0) fail(OP, 'zero-dimensional tensors cannot be concatenated');
    const d = normalizeDim(OP, intArg(OP, args, 1), ref.rank);
    const sizes = [...ref.sizes];
    sizes[d] = 0;
    for (const t of parts) {
      if (t.rank !== ref.rank || t.sizes.some((s, i) => i !== d && s !== ref.sizes[i])) {
        fail(OP, `sizes [${t.sizes.join(', ')}] do not match [${ref.sizes.join(', ')}] except in dimension ${d}`);
      }
      sizes[d] = (sizes[d] as number) + (t.sizes[d] as number);
    }
    resizeOut(OP, out, sizes);
    let offset = 0;
    for (const t of parts) {
      scatterInto(OP, t, t.sizes, t.strides, 0, out, out.strides, offset * (out.strides[d] as number));
      offset += t.sizes[d] as number;
    }
  },
});
