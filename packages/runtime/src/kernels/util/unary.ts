import { defineKernel, type EValue, type KernelDescriptor, ScalarType, type Tensor } from '@kindling/core';
import { expectArgs, tensorArg } from './args.js';
import { castFn, checkCast, checkDtypes, FLOAT_TYPES, isFloat, REAL_AND_BOOL, REAL_TYPES } from './dtype.js';
import { mapUnary, mapUnaryInt64 } from './elementwise.js';
import { fail } from './errors.js';

/**
 * Apply a floating-point function: integer and bool inputs produce Float (PyTorch's int-to-float
 * promotion); the output must be floating.
 */
function runFloatUnary(op: string, x: Tensor, out: Tensor, fn: (v: number) => number): void {
  checkDtypes(op, REAL_AND_BOOL, x, out);
  const compute = isFloat(x.dtype) ? x.dtype : ScalarType.Float;
  if (!isFloat(out.dtype)) fail(op, 'the output must be a floating-point tensor');
  const cast = castFn(compute);
  mapUnary(op, x, out, (v) => cast(fn(v)));
}

/** Apply a dtype-preserving function (the result has the input's dtype). */
export function runSameTypeUnary(
  op: string,
  x: Tensor,
  out: Tensor,
  fn: (v: number) => number,
  allowed: readonly ScalarType[] = REAL_TYPES,
): void {
  checkDtypes(op, allowed, x);
  checkDtypes(op, REAL_AND_BOOL, out);
  checkCast(op, x.dtype, out.dtype);
  const cast = castFn(x.dtype);
  mapUnary(op, x, out, (v) => cast(fn(v)));
}

/** A kernel for `name.out(Tensor self, *, Tensor(a!) out)` with a floating-point function. */
export function floatUnaryKernel(op: string, fn: (v: number) => number): KernelDescriptor {
  return defineKernel({
    op,
    dtypes: REAL_AND_BOOL,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 2);
      runFloatUnary(op, tensorArg(op, args, 0), tensorArg(op, args, 1), fn);
    },
  });
}

/** A kernel for `name.out(Tensor self, *, Tensor(a!) out)` that keeps the dtype. */
export function sameTypeUnaryKernel(
  op: string,
  fn: (v: number) => number,
  allowed: readonly ScalarType[] = REAL_TYPES,
  int64Fn?: (v: bigint) => bigint,
): KernelDescriptor {
  return defineKernel({
    op,
    dtypes: allowed,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 2);
      const x = tensorArg(op, args, 0);
      const out = tensorArg(op, args, 1);
      if (int64Fn && x.dtype === ScalarType.Long && out.dtype === ScalarType.Long) {
        mapUnaryInt64(op, x, out, int64Fn);
        return;
      }
      runSameTypeUnary(op, x, out, fn, allowed);
    },
  });
}

/** A kernel for an activation defined only for floating inputs, keeping the dtype. */
export function floatOnlyUnaryKernel(op: string, fn: (v: number) => number): KernelDescriptor {
  return sameTypeUnaryKernel(op, fn, FLOAT_TYPES);
}
