import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, type Scalar, scalarArg, tensorArg } from './util/args.js';
import { type BinarySpec, checkAlpha, runBinaryScalar, runBinaryTensor } from './util/binary.js';
import { castFn, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';

/** Spec of `x - alpha * y` (shared with rsub). */
export function subSpec(alpha: Scalar): BinarySpec {
  if (alpha.kind === 'int' && alpha.value === 1) {
    subOne ??= buildSubSpec(alpha);
    return subOne;
  }
  return buildSubSpec(alpha);
}

/** The spec for an int alpha of 1 (the usual case), built once so its element functions are reused. */
let subOne: BinarySpec | undefined;

function buildSubSpec(alpha: Scalar): BinarySpec {
  return {
    check: (op, common) => {
      if (common === ScalarType.Bool) fail(op, 'subtraction with bool tensors is not supported; use logical_xor');
      checkAlpha(op, common, alpha);
    },
    fn: (compute) => {
      const a = castFn(compute)(alpha.value);
      return a === 1 ? (x, y) => x - y : (x, y) => x - a * y;
    },
    int64Fn: () => {
      const a = BigInt(Math.trunc(alpha.value));
      return a === 1n ? (x, y) => x - y : (x, y) => x - a * y;
    },
  };
}

/** `aten::sub.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out)`. */
export const sub = /* @__PURE__ */ defineKernel({
  op: 'aten::sub.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::sub.out';
    expectArgs(op, args, 4);
    const alpha = scalarArg(op, args, 2);
    runBinaryTensor(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 3), subSpec(alpha));
  },
});

/** `aten::sub.Scalar_out(Tensor self, Scalar other, Scalar alpha=1, *, Tensor(a!) out)`. */
export const subScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::sub.Scalar_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::sub.Scalar_out';
    expectArgs(op, args, 4);
    const alpha = scalarArg(op, args, 2);
    runBinaryScalar(op, tensorArg(op, args, 0), scalarArg(op, args, 1), tensorArg(op, args, 3), subSpec(alpha));
  },
});
