import { defineKernel, type EValue, Tensor } from '@kindling/core';
import { writeOne } from './util/access.js';
import { expectArgs, intArg, scalarArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { rawLogical, writeRawLogical } from './util/layout.js';
import { forEachScatter, logicalOffset } from './util/scatter-index.js';
import { resizeOut } from './util/shape.js';

const SRC = 'aten::scatter.src_out';
const VALUE = 'aten::scatter.value_out';

/** A copy of `t`'s raw elements in logical order (never `t.data` itself). */
export function rawCopy(t: Tensor): { [i: number]: unknown; length: number } {
  const r = rawLogical(t) as unknown as { slice(): { [i: number]: unknown; length: number } };
  return r.slice();
}

/** `aten::scatter.src_out(Tensor self, int dim, Tensor index, Tensor src, *, Tensor(a!) out)`. */
export const scatterSrc = /* @__PURE__ */ defineKernel({
  op: SRC,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(SRC, args, 5);
    const x = tensorArg(SRC, args, 0);
    const index = tensorArg(SRC, args, 2);
    const src = tensorArg(SRC, args, 3);
    const out = tensorArg(SRC, args, 4);
    checkDtypes(SRC, REAL_AND_BOOL, x, src, out);
    if (x.dtype !== out.dtype || src.dtype !== x.dtype) fail(SRC, 'self, src and out dtypes must match');
    resizeOut(SRC, out, x.sizes);
    const res = rawCopy(x);
    const s = rawLogical(src);
    forEachScatter(SRC, x, intArg(SRC, args, 1), index, src, (_i, coord, target) => {
      res[target] = s[logicalOffset(src.sizes, coord)];
    });
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});

/** `aten::scatter.value_out(Tensor self, int dim, Tensor index, Scalar value, *, Tensor(a!) out)`. */
export const scatterValue = /* @__PURE__ */ defineKernel({
  op: VALUE,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(VALUE, args, 5);
    const x = tensorArg(VALUE, args, 0);
    const index = tensorArg(VALUE, args, 2);
    const value = scalarArg(VALUE, args, 3);
    const out = tensorArg(VALUE, args, 4);
    checkDtypes(VALUE, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(VALUE, 'self and out dtypes must match');
    resizeOut(VALUE, out, x.sizes);
    const res = rawCopy(x);
    const one = new Tensor({ dtype: x.dtype, sizes: [1] });
    writeOne(one, 0, value.value);
    const v = (one.data as unknown as ArrayLike<unknown>)[0];
    forEachScatter(VALUE, x, intArg(VALUE, args, 1), index, null, (_i, _coord, target) => {
      res[target] = v;
    });
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});
