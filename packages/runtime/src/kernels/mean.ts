import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, optDtypeArg, optIntListArg, tensorArg } from './util/args.js';
import { rowMajor } from './util/broadcast.js';
import { castFn, checkDtypes, FLOAT_TYPES, isFloat, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto } from './util/reduce.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::mean.out';

/** `aten::mean.out(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!) out)`. */
export const mean = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 5);
    const x = tensorArg(OP, args, 0);
    const dims = optIntListArg(OP, args, 1);
    const keepdim = boolArg(OP, args, 2);
    const dtype = optDtypeArg(OP, args, 3);
    const out = tensorArg(OP, args, 4);
    checkDtypes(OP, REAL_AND_BOOL, x);
    checkDtypes(OP, FLOAT_TYPES, out);
    if (dtype === null && !isFloat(x.dtype)) fail(OP, 'mean of an integral tensor needs a floating dtype argument');
    if (dtype !== null && dtype !== out.dtype) fail(OP, 'dtype must match the output dtype');
    if (meanLastDimF32(x, dims, keepdim, out)) return;
    // ExecuTorch accumulates in the output dtype, one element at a time in row-major order of the
    // reduced dims, then divides (in fp32 for a float output).
    const cast = castFn(out.dtype);
    const double = out.dtype === ScalarType.Double;
    reduceInto(OP, x, dims, keepdim, out, (v, s, n) => {
      let acc = 0;
      for (let i = s; i < s + n; i++) acc = cast(acc + (v[i] as number));
      return cast(double ? acc / n : Math.fround(acc) / Math.fround(n));
    });
  },
});

/**
 * Float mean over the last dimension of a row-major tensor into a row-major float output (a norm's
 * mean of squares): sums each row in order in fp32 like the general path, without a reduction plan
 * or a closure per row. Returns false, doing nothing, for any other case.
 */
function meanLastDimF32(x: Tensor, dims: readonly number[] | null, keepdim: boolean, out: Tensor): boolean {
  const rank = x.rank;
  if (x.dtype !== ScalarType.Float || out.dtype !== ScalarType.Float || rank === 0) return false;
  if (dims === null || dims.length !== 1 || (dims[0] !== rank - 1 && dims[0] !== -1)) return false;
  if (!rowMajor(x.sizes, x.strides)) return false;
  const outRank = keepdim ? rank : rank - 1;
  if (out.rank !== outRank) return false;
  for (let d = 0; d < outRank; d++) if (out.dimOrder[d] !== d) return false;
  const sizes = new Array<number>(outRank);
  for (let d = 0; d < outRank; d++) sizes[d] = d < rank - 1 ? (x.sizes[d] as number) : 1;
  resizeOut(OP, out, sizes);
  const len = x.sizes[rank - 1] as number;
  const rows = out.numel;
  const xd = x.data as Float32Array;
  const od = out.data as Float32Array;
  for (let r = 0, s = 0; r < rows; r++, s += len) {
    let acc = 0;
    for (let i = s; i < s + len; i++) acc = Math.fround(acc + (xd[i] as number));
    od[r] = acc / len;
  }
  return true;
}
