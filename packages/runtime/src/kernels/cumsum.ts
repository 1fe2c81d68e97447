import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { readNumbers } from './util/access.js';
import { expectArgs, intArg, optDtypeArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, isFloat, REAL_AND_BOOL, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { writeOrdered } from './util/layout.js';
import { planAlongDim } from './util/reduce.js';
import { offsetTable, resizeOut } from './util/shape.js';

const OP = 'aten::cumsum.out';

/**
 * `aten::cumsum.out(Tensor self, int dim, *, ScalarType? dtype=None, Tensor(a!) out)`. As in
 * ExecuTorch each element is first converted to the output dtype and the sums are taken in that dtype
 * (int64 exactly, wrapping).
 */
export const cumsum = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const dtype = optDtypeArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_AND_BOOL, x);
    checkDtypes(OP, REAL_TYPES, out);
    if (dtype !== null && dtype !== out.dtype) fail(OP, 'dtype must match the output dtype');
    const { order, lines, length } = planAlongDim(OP, x, intArg(OP, args, 1));
    resizeOut(OP, out, x.sizes);
    const offs = offsetTable(x.sizes, x.strides, order);
    if (out.dtype === ScalarType.Long) {
      cumsumInt64(x, out, order, offs, lines, length);
      return;
    }
    const xd = readNumbers(OP, x);
    const cast = castFn(out.dtype);
    const res = new Float64Array(x.numel);
    for (let l = 0; l < lines; l++) {
      let acc = 0;
      for (let j = 0; j < length; j++) {
        const i = l * length + j;
        acc = cast(acc + cast(xd[offs === null ? i : (offs[i] as number)] as number));
        res[i] = acc;
      }
    }
    writeOrdered(OP, out, order, res);
  },
});

function cumsumInt64(
  x: Tensor,
  out: Tensor,
  order: readonly number[],
  offs: ArrayLike<number> | null,
  lines: number,
  length: number,
): void {
  const toLong = castFn(ScalarType.Long);
  let xd: ArrayLike<bigint>;
  if (x.dtype === ScalarType.Long) xd = x.data as BigInt64Array;
  else {
    const nums = readNumbers(OP, x);
    const conv = new BigInt64Array(nums.length);
    for (let i = 0; i < nums.length; i++) {
      const v = nums[i] as number;
      conv[i] = BigInt.asIntN(64, BigInt(isFloat(x.dtype) ? toLong(v) : v));
    }
    xd = conv;
  }
  const res = new BigInt64Array(x.numel);
  for (let l = 0; l < lines; l++) {
    let acc = 0n;
    for (let j = 0; j < length; j++) {
      const i = l * length + j;
      acc = BigInt.asIntN(64, acc + (xd[offs === null ? i : (offs[i] as number)] as bigint));
      res[i] = acc;
    }
  }
  const oo = offsetTable(out.sizes, out.strides, order);
  const od = out.data as BigInt64Array;
  if (oo === null) od.set(res);
  else for (let i = 0; i < res.length; i++) od[oo[i] as number] = res[i] as bigint;
}
