import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { normalizeDim } from './util/shape.js';
import { copyView } from './util/view.js';

const OP = 'aten::permute_copy.out';

/** `aten::permute_copy.out(Tensor self, int[] dims, *, Tensor(a!) out)`. */
export const permuteCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const dims = intListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    if (dims.length !== x.rank) fail(OP, `dims [${dims.join(', ')}] do not match rank ${x.rank}`);
    const seen = new Set<number>();
    const nd = dims.map((d) => normalizeDim(OP, d, x.rank));
    for (const d of nd) {
      if (seen.has(d)) fail(OP, `dims [${dims.join(', ')}] repeat a dimension`);
      seen.add(d);
    }
    copyView(
      OP,
      x,
      { sizes: nd.map((d) => x.sizes[d] as number), strides: nd.map((d) => x.strides[d] as number), base: 0 },
      out,
    );
  },
});
