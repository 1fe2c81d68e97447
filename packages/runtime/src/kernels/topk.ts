import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { readNumbers } from './util/access.js';
import { boolArg, expectArgs, intArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { writeOrdered } from './util/layout.js';
import { planAlongDim } from './util/reduce.js';
import { normalizeDim, offsetTable, resizeOut } from './util/shape.js';

const OP = 'aten::topk.values';

/**
 * `aten::topk.values(Tensor self, SymInt k, int dim=-1, bool largest=True, bool sorted=True, *,
 * Tensor(a!) values, Tensor(b!) indices)`: the k largest (or smallest) elements along `dim` and their
 * indices, best first; NaN counts as larger than every number. Equal values keep their index order.
 */
export const topk = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 7);
    const x = tensorArg(OP, args, 0);
    const k = intArg(OP, args, 1);
    const dim = intArg(OP, args, 2);
    const largest = boolArg(OP, args, 3);
    boolArg(OP, args, 4); // always sorted: a valid order for sorted=False too
    const values = tensorArg(OP, args, 5);
    const indices = tensorArg(OP, args, 6);
    checkDtypes(OP, REAL_TYPES, x);
    if (values.dtype !== x.dtype) fail(OP, 'values must have the input dtype');
    if (indices.dtype !== ScalarType.Long) fail(OP, 'indices must be an int64 tensor');
    const d = normalizeDim(OP, dim, x.rank);
    const { order, lines, length } = planAlongDim(OP, x, dim);
    if (k < 0 || k > length) fail(OP, `k (${k}) is out of range for a dimension of size ${length}`);
    const outSizes = [...x.sizes];
    if (x.rank > 0) outSizes[d] = k;
    resizeOut(OP, values, outSizes);
    resizeOut(OP, indices, outSizes);
    const offs = offsetTable(x.sizes, x.strides, order);
    // int64 values are compared and copied as bigints (exact above 2^53)
    const exact = x.dtype === ScalarType.Long;
    const xd: ArrayLike<number | bigint> = exact ? (x.data as BigInt64Array) : readNumbers(OP, x);
    const outLines = k === 0 ? 0 : lines;
    const vals = exact ? new BigInt64Array(outLines * k) : new Float64Array(outLines * k);
    const idxs = new Float64Array(outLines * k);
    const line = new Array<number>(length);
    const lv: { [i: number]: number | bigint } = exact ? new BigInt64Array(length) : new Float64Array(length);
    // a before b when a is better: NaN is the largest value; equal values keep their index order
    const better = (a: number, b: number): number => {
      const va = lv[a] as number | bigint;
      const vb = lv[b] as number | bigint;
      const na = Number.isNaN(va);
      const nb = Number.isNaN(vb);
      if (na || nb) {
        if (na && nb) return a - b;
        return na === largest ? -1 : 1;
      }
      if (va !== vb) return (largest ? va > vb : va < vb) ? -1 : 1;
      return a - b;
    };
    for (let l = 0; l < outLines; l++) {
      for (let j = 0; j < length; j++) {
        const i = l * length + j;
        lv[j] = xd[offs === null ? i : (offs[i] as number)] as number | bigint;
        line[j] = j;
      }
      line.sort(better);
      for (let j = 0; j < k; j++) {
        const at = line[j] as number;
        (vals as { [i: number]: number | bigint })[l * k + j] = lv[at] as number | bigint;
        idxs[l * k + j] = at;
      }
    }
    if (vals instanceof BigInt64Array) {
      const vo = offsetTable(values.sizes, values.strides, order);
      const vd = values.data as BigInt64Array;
      if (vo === null) vd.set(vals);
      else for (let i = 0; i < vals.length; i++) vd[vo[i] as number] = vals[i] as bigint;
    } else writeOrdered(OP, values, order, vals);
    writeOrdered(OP, indices, order, idxs);
  },
});
