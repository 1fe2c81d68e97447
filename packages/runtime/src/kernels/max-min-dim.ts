import { defineKernel, type EValue, type KernelDescriptor, ScalarType } from '@kindling/core';
import { boolArg, expectArgs, intArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { writeLogical, writeRawLogical } from './util/layout.js';
import { reduceInto, reduceIntoInt64 } from './util/reduce.js';
import { resizeOut } from './util/shape.js';

/**
 * `aten::max.dim_max(Tensor self, int dim, bool keepdim=False, *, Tensor(a!) max, Tensor(b!) max_values)`
 * and `aten::min.dim_min(...)`: the extreme value along `dim` and the index of its first occurrence; NaN
 * counts as the extreme (its first index wins).
 */
function extremeDimKernel(
  op: string,
  better: (e: number, best: number) => boolean,
  better64: (e: bigint, best: bigint) => boolean,
): KernelDescriptor {
  return defineKernel({
    op,
    dtypes: REAL_AND_BOOL,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 5);
      const x = tensorArg(op, args, 0);
      const dim = intArg(op, args, 1);
      const keepdim = boolArg(op, args, 2);
      const values = tensorArg(op, args, 3);
      const indices = tensorArg(op, args, 4);
      checkDtypes(op, REAL_AND_BOOL, x);
      if (values.dtype !== x.dtype) fail(op, 'values must have the input dtype');
      if (indices.dtype !== ScalarType.Long) fail(op, 'indices must be an int64 tensor');
      if (x.dtype === ScalarType.Long) {
        // int64 exactly: values above 2^53 stay distinct
        const found64: bigint[] = [];
        reduceIntoInt64(op, x, [dim], keepdim, indices, (v, s, n) => {
          if (n === 0) fail(op, 'cannot reduce over a zero-size dimension');
          let best = v[s] as bigint;
          let at = 0;
          for (let i = 1; i < n; i++) {
            const e = v[s + i] as bigint;
            if (better64(e, best)) {
              best = e;
              at = i;
            }
          }
          found64.push(best);
          return BigInt(at);
        });
        resizeOut(op, values, indices.sizes);
        writeRawLogical(values, BigInt64Array.from(found64));
        return;
      }
      const found: number[] = [];
      reduceInto(op, x, [dim], keepdim, indices, (v, s, n) => {
        if (n === 0) fail(op, 'cannot reduce over a zero-size dimension');
        let best = v[s] as number;
        let at = 0;
        for (let i = 1; i < n && !Number.isNaN(best); i++) {
          const e = v[s + i] as number;
          if (Number.isNaN(e) || better(e, best)) {
            best = e;
            at = i;
          }
        }
        found.push(best);
        return at;
      });
      resizeOut(op, values, indices.sizes);
      writeLogical(op, values, found);
    },
  });
}

export const maxDim = /* @__PURE__ */ extremeDimKernel(
  'aten::max.dim_max',
  (e, best) => e > best,
  (e, best) => e > best,
);
export const minDim = /* @__PURE__ */ extremeDimKernel(
  'aten::min.dim_min',
  (e, best) => e < best,
  (e, best) => e < best,
);
