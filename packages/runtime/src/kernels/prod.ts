import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, intArg, optDtypeArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, isFloat, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto, reduceIntoInt64 } from './util/reduce.js';

/** Output dtype rules: an explicit dtype must match; otherwise integral/bool inputs give int64. */
function checkOutDtype(op: string, x: Tensor, out: Tensor, dtype: ScalarType | null): void {
  checkDtypes(op, REAL_AND_BOOL, x, out);
  if (dtype !== null) {
    if (dtype !== out.dtype) fail(op, 'dtype must match the output dtype');
  } else if (isFloat(x.dtype) ? out.dtype !== x.dtype : out.dtype !== ScalarType.Long) {
    fail(op, 'output dtype must be the input dtype (int64 for integral or bool inputs)');
  }
}

/** Product of `v[s..s+n)` accumulated in the output dtype (integers wrap like C). */
function productFn(outDtype: ScalarType): (v: ArrayLike<number>, s: number, n: number) => number {
  if (isFloat(outDtype)) {
    const cast = castFn(outDtype);
    return (v, s, n) => {
      let acc = 1;
      for (let i = s; i < s + n; i++) acc = cast(acc * cast(v[i] as number));
      return acc;
    };
  }
  const bits = outDtype === ScalarType.Long ? 64 : outDtype === ScalarType.Int ? 32 : null;
  const cast = castFn(outDtype);
  return (v, s, n) => {
    if (bits === null) {
      let acc = 1;
      for (let i = s; i < s + n; i++) acc = cast(acc * cast(v[i] as number));
      return acc;
    }
    let acc = 1n;
    for (let i = s; i < s + n; i++) acc = BigInt.asIntN(bits, acc * BigInt(Math.trunc(v[i] as number)));
    return Number(acc);
  };
}

/** int64 output of integer or bool input: the product is taken exactly in int64. */
function exactInt64(x: Tensor, out: Tensor): boolean {
  return out.dtype === ScalarType.Long && !isFloat(x.dtype);
}

function productInt64(v: ArrayLike<bigint>, s: number, n: number): bigint {
  let acc = 1n;
  for (let i = s; i < s + n; i++) acc = BigInt.asIntN(64, acc * (v[i] as bigint));
  return acc;
}

/** `aten::prod.int_out(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!) out)`. */
export const prodDim = /* @__PURE__ */ defineKernel({
  op: 'aten::prod.int_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::prod.int_out';
    expectArgs(op, args, 5);
    const x = tensorArg(op, args, 0);
    const dim = intArg(op, args, 1);
    const keepdim = boolArg(op, args, 2);
    const out = tensorArg(op, args, 4);
    checkOutDtype(op, x, out, optDtypeArg(op, args, 3));
    if (exactInt64(x, out)) reduceIntoInt64(op, x, [dim], keepdim, out, productInt64);
    else reduceInto(op, x, [dim], keepdim, out, productFn(out.dtype));
  },
});

/** `aten::prod.out(Tensor self, *, ScalarType? dtype=None, Tensor(a!) out)`: product of every element. */
export const prod = /* @__PURE__ */ defineKernel({
  op: 'aten::prod.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::prod.out';
    expectArgs(op, args, 3);
    const x = tensorArg(op, args, 0);
    const out = tensorArg(op, args, 2);
    checkOutDtype(op, x, out, optDtypeArg(op, args, 1));
    if (exactInt64(x, out)) reduceIntoInt64(op, x, null, false, out, productInt64);
    else reduceInto(op, x, null, false, out, productFn(out.dtype));
  },
});
