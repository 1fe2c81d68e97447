import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { rawCopy } from './scatter.js';
import { expectArgs, intArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { rawLogical, readLogical, writeLogical, writeRawLogical } from './util/layout.js';
import { forEachScatter, logicalOffset } from './util/scatter-index.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::scatter_add.out';

/**
 * `aten::scatter_add.out(Tensor self, int dim, Tensor index, Tensor src, *, Tensor(a!) out)`: `self` with
 * each `src` element added at its index along `dim`, in index order (duplicates accumulate; each sum is
 * rounded to the dtype, as ExecuTorch's element-wise loop does). int64 adds are exact and wrap.
 */
export const scatterAdd = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const x = tensorArg(OP, args, 0);
    const dim = intArg(OP, args, 1);
    const index = tensorArg(OP, args, 2);
    const src = tensorArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    checkDtypes(OP, REAL_AND_BOOL, x, src, out);
    if (x.dtype !== out.dtype || src.dtype !== x.dtype) fail(OP, 'self, src and out dtypes must match');
    resizeOut(OP, out, x.sizes);
    if (x.dtype === ScalarType.Long) {
      const res = rawCopy(x) as unknown as BigInt64Array;
      const s = rawLogical(src) as unknown as BigInt64Array;
      forEachScatter(OP, x, dim, index, src, (_i, coord, t) => {
        res[t] = BigInt.asIntN(64, (res[t] as bigint) + (s[logicalOffset(src.sizes, coord)] as bigint));
      });
      writeRawLogical(out, res);
      return;
    }
    const res = Float64Array.from(readLogical(OP, x));
    const s = readLogical(OP, src);
    const cast = x.dtype === ScalarType.Bool ? (v: number) => (v !== 0 ? 1 : 0) : castFn(x.dtype);
    forEachScatter(OP, x, dim, index, src, (_i, coord, t) => {
      res[t] = cast((res[t] as number) + (s[logicalOffset(src.sizes, coord)] as number));
    });
    writeLogical(OP, out, res);
  },
});
