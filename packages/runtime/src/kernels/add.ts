import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, type Scalar, scalarArg, tensorArg } from './util/args.js';
import { type BinarySpec, checkAlpha, runBinaryScalar, runBinaryTensor } from './util/binary.js';
import { castFn, REAL_AND_BOOL } from './util/dtype.js';

/** The spec for an int alpha of 1 (the usual case), built once so its element functions are reused. */
let addOne: BinarySpec | undefined;

function addSpec(alpha: Scalar): BinarySpec {
  if (alpha.kind === 'int' && alpha.value === 1) {
    addOne ??= buildAddSpec(alpha);
    return addOne;
  }
  return buildAddSpec(alpha);
}

function buildAddSpec(alpha: Scalar): BinarySpec {
  return {
    check: (op, common) => checkAlpha(op, common, alpha),
    fn: (compute) => {
      const a = castFn(compute)(alpha.value);
      return a === 1 ? (x, y) => x + y : (x, y) => x + a * y;
    },
    int64Fn: () => {
      const a = BigInt(Math.trunc(alpha.value));
      return a === 1n ? (x, y) => x + y : (x, y) => x + a * y;
    },
  };
}

/** `aten::add.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out)`. */
export const add = /* @__PURE__ */ defineKernel({
  op: 'aten::add.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::add.out';
    expectArgs(op, args, 4);
    const alpha = scalarArg(op, args, 2);
    runBinaryTensor(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 3), addSpec(alpha));
  },
});

/** `aten::add.Scalar_out(Tensor self, Scalar other, Scalar alpha=1, *, Tensor(a!) out)`. */
export const addScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::add.Scalar_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::add.Scalar_out';
    expectArgs(op, args, 4);
    const alpha = scalarArg(op, args, 2);
    runBinaryScalar(op, tensorArg(op, args, 0), scalarArg(op, args, 1), tensorArg(op, args, 3), addSpec(alpha));
  },
});
