import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::nonzero.out';

/**
 * `aten::nonzero.out(Tensor self, *, Tensor(a!) out)`: the coordinates of the non-zero elements, in
 * row-major order, as an int64 `[count, rank]` tensor (a dynamic-bound output). Like ExecuTorch's portable
 * kernel, the coordinates are written to the output's storage in row-major order whatever dim order the
 * program declares for it (torch.export declares `[1, 0]`), so the results read back the same way.
 */
export const nonzero = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 2);
    const x = tensorArg(OP, args, 0);
    const out = tensorArg(OP, args, 1);
    checkDtypes(OP, REAL_AND_BOOL, x);
    if (out.dtype !== ScalarType.Long) fail(OP, 'out must be an int64 tensor');
    if (out.rank !== 2) fail(OP, `out must have rank 2, got ${out.rank}`);
    const v = readLogical(OP, x);
    const rank = x.rank;
    let count = 0;
    for (let i = 0; i < v.length; i++) if ((v[i] as number) !== 0) count++;
    resizeOut(OP, out, [count, rank]);
    if (count === 0 || rank === 0) return;
    const d = out.data as BigInt64Array;
    const coord = new Array<number>(rank).fill(0);
    let w = 0;
    for (let i = 0; i < v.length; i++) {
      if ((v[i] as number) !== 0) for (let k = 0; k < rank; k++) d[w++] = BigInt(coord[k] as number);
      for (let k = rank - 1; k >= 0; k--) {
        coord[k] = (coord[k] as number) + 1;
        if ((coord[k] as number) < (x.sizes[k] as number)) break;
        coord[k] = 0;
      }
    }
  },
});
