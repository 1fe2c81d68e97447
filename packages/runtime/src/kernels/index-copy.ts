import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical } from './util/layout.js';
import { scatterInto } from './util/scatter.js';
import { normalizeDim } from './util/shape.js';
import { copyView, viewOf } from './util/view.js';

const OP = 'aten::index_copy.out';

/** `aten::index_copy.out(Tensor self, int dim, Tensor index, Tensor source, *, Tensor(a!) out)`. */
export const indexCopy = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const self = tensorArg(OP, args, 0);
    const index = tensorArg(OP, args, 2);
    const source = tensorArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    if (index.dtype !== ScalarType.Long) fail(OP, 'index must be an int64 tensor');
    if (index.rank > 1) fail(OP, 'index must be at most 1-D');
    if (source.dtype !== self.dtype) fail(OP, 'source and self dtypes must match');
    if (self.rank === 0) fail(OP, 'cannot index_copy into a 0-dim tensor');
    const d = normalizeDim(OP, intArg(OP, args, 1), self.rank);
    const idx = readLogical(OP, index);
    const expect = [...self.sizes];
    expect[d] = idx.length;
    if (source.rank !== self.rank || source.sizes.some((v, k) => v !== expect[k])) {
      fail(OP, `source of sizes [${source.sizes.join(', ')}] does not match [${expect.join(', ')}]`);
    }
    copyView(OP, self, viewOf(self), out);
    const slice = [...self.sizes];
    slice[d] = 1;
    const size = self.sizes[d] as number;
    for (let i = 0; i < idx.length; i++) {
      let v = idx[i] as number;
      if (v < -size || v >= size) fail(OP, `index ${v} is out of range for dimension ${d} of size ${size}`);
      if (v < 0) v += size;
      scatterInto(
        OP,
        source,
        slice,
        source.strides,
        i * (source.strides[d] as number),
        out,
        out.strides,
        v * (out.strides[d] as number),
      );
    }
  },
});
