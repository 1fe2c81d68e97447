import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { type BinarySpec, runBinaryScalar, runBinaryTensor } from './util/binary.js';
import { isFloat, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';

/** C's `pow` (JavaScript's differs for a base of 1 and for -1 with infinite exponents). */
function powFloat(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY)) return 1;
  return x ** y;
}

function powInt(x: number, y: number): number {
  if (y < 0) {
    if (x === 1) return 1;
    if (x === -1) return y % 2 === 0 ? 1 : -1;
    return 0;
  }
  return x ** y;
}

const spec: BinarySpec = {
  check: (op, common) => {
    if (common === ScalarType.Bool) fail(op, 'pow is not supported for bool tensors');
  },
  fn: (compute) => (isFloat(compute) ? powFloat : powInt),
};

/** `aten::pow.Tensor_Tensor_out(Tensor self, Tensor exponent, *, Tensor(a!) out)`. */
export const powTensorTensor = /* @__PURE__ */ defineKernel({
  op: 'aten::pow.Tensor_Tensor_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::pow.Tensor_Tensor_out';
    expectArgs(op, args, 3);
    runBinaryTensor(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 2), spec);
  },
});

/** `aten::pow.Tensor_Scalar_out(Tensor self, Scalar exponent, *, Tensor(a!) out)`. */
export const powTensorScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::pow.Tensor_Scalar_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::pow.Tensor_Scalar_out';
    expectArgs(op, args, 3);
    const self = tensorArg(op, args, 0);
    const e = scalarArg(op, args, 1);
    if (e.kind !== 'float' && e.value < 0 && !isFloat(self.dtype)) {
      fail(op, 'integers to negative integer powers are not allowed');
    }
    runBinaryScalar(op, self, e, tensorArg(op, args, 2), spec);
  },
});

/** `aten::pow.Scalar_out(Scalar self, Tensor exponent, *, Tensor(a!) out)`. */
export const powScalar = /* @__PURE__ */ defineKernel({
  op: 'aten::pow.Scalar_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::pow.Scalar_out';
    expectArgs(op, args, 3);
    runBinaryScalar(op, tensorArg(op, args, 1), scalarArg(op, args, 0), tensorArg(op, args, 2), spec, true);
  },
});
