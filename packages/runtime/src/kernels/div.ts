import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, optStringArg, scalarArg, tensorArg } from './util/args.js';
import {
  type BinarySpec,
  binaryScalarKernel,
  binaryTensorKernel,
  runBinaryScalar,
  runBinaryTensor,
  trueDivType,
} from './util/binary.js';
import { castFn, isFloat, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';

const trueDiv: BinarySpec = { computeType: trueDivType, fn: () => (x, y) => x / y };

/** Floor division of floating values with Python's semantics. */
function floorDivFloat(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return (a / b < 0 ? -0 : 0) as number;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

function modeSpec(mode: string | null, op: string): BinarySpec {
  if (mode === null) return trueDiv;
  if (mode !== 'trunc' && mode !== 'floor') fail(op, `rounding_mode must be 'trunc', 'floor' or None, got '${mode}'`);
  return {
    check: (o, common) => {
      if (common === ScalarType.Bool) fail(o, 'division with a rounding mode is not supported for bool tensors');
    },
    fn: (compute, o) => {
      if (isFloat(compute)) {
        const c = castFn(compute);
        return mode === 'trunc' ? (x, y) => Math.trunc(c(x / y)) : floorDivFloat;
      }
      return (x, y) => {
        if (y === 0) fail(o, 'integer division by zero');
        return mode === 'trunc' ? Math.trunc(x / y) : Math.floor(x / y);
      };
    },
    int64Fn: (o) => (mode === 'trunc' ? (x, y) => truncDivInt64(o, x, y) : (x, y) => floorDivInt64(o, x, y)),
  };
}

/** Exact int64 floor division. */
function floorDivInt64(op: string, x: bigint, y: bigint): bigint {
  if (y === 0n) fail(op, 'integer division by zero');
  const q = x / y;
  return x < 0n !== y < 0n && q * y !== x ? q - 1n : q;
}

/**
 * int64 division rounded toward zero as ExecuTorch computes it: the exact quotient passes through
 * `std::trunc`, i.e. through a double, so quotients beyond 2^53 round to the nearest double.
 */
function truncDivInt64(op: string, x: bigint, y: bigint): bigint {
  if (y === 0n) fail(op, 'integer division by zero');
  return BigInt(Number(x / y));
}

/** `aten::div.out(Tensor self, Tensor other, *, Tensor(a!) out)`. */
export const div = /* @__PURE__ */ binaryTensorKernel('aten::div.out', trueDiv);

/** `aten::div.Scalar_out(Tensor self, Scalar other, *, Tensor(a!) out)`. */
export const divScalar = /* @__PURE__ */ binaryScalarKernel('aten::div.Scalar_out', trueDiv);

/** `aten::div.out_mode(Tensor self, Tensor other, *, str? rounding_mode, Tensor(a!) out)`. */
export const divMode = /* @__PURE__ */ defineKernel({
  op: 'aten::div.out_mode',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::div.out_mode';
    expectArgs(op, args, 4);
    const spec = modeSpec(optStringArg(op, args, 2), op);
    runBinaryTensor(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 3), spec);
  },
});

/** `aten::div.Scalar_mode_out(Tensor self, Scalar other, *, str? rounding_mode, Tensor(a!) out)`. */
export const divScalarMode = /* @__PURE__ */ defineKernel({
  op: 'aten::div.Scalar_mode_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::div.Scalar_mode_out';
    expectArgs(op, args, 4);
    const spec = modeSpec(optStringArg(op, args, 2), op);
    runBinaryScalar(op, tensorArg(op, args, 0), scalarArg(op, args, 1), tensorArg(op, args, 3), spec);
  },
});
