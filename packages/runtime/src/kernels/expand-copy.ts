import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, expectArgs, intListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { copyView } from './util/view.js';

const OP = 'aten::expand_copy.out';

/** `aten::expand_copy.out(Tensor self, SymInt[] size, *, bool implicit=False, Tensor(a!) out)`. */
export const expandCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const size = intListArg(OP, args, 1);
    boolArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    if (size.length < x.rank) fail(OP, `cannot expand rank ${x.rank} to [${size.join(', ')}]`);
    const lead = size.length - x.rank;
    const sizes: number[] = [];
    const strides: number[] = [];
    for (let i = 0; i < size.length; i++) {
      const want = size[i] as number;
      if (i < lead) {
        if (want < 0) fail(OP, `-1 is not allowed for a new leading dimension in [${size.join(', ')}]`);
        sizes.push(want);
        strides.push(0);
        continue;
      }
      const have = x.sizes[i - lead] as number;
      const s = want === -1 ? have : want;
      if (have !== s && have !== 1) fail(OP, `cannot expand [${x.sizes.join(', ')}] to [${size.join(', ')}]`);
      sizes.push(s);
      strides.push(have === s ? (x.strides[i - lead] as number) : 0);
    }
    copyView(OP, x, { sizes, strides, base: 0 }, out);
  },
});
