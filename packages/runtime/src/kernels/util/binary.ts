import { defineKernel, type EValue, type KernelDescriptor, ScalarType, scalarTypeName, Tensor } from '@kindling/core';
import { expectArgs, type Scalar, scalarArg, tensorArg } from './args.js';
import { castFn, checkCast, checkDtypes, isFloat, REAL_AND_BOOL, resultType } from './dtype.js';
import { compareInt64, mapBinary, mapBinaryInt64, mapUnary, mapUnaryInt64 } from './elementwise.js';
import { fail } from './errors.js';

/** How a binary arithmetic op computes, given its common dtype. */
export interface BinarySpec {
  /** Compute dtype for a common dtype (default: the common dtype). */
  computeType?: (common: ScalarType) => ScalarType;
  /** Validate the common dtype (e.g. reject bool). */
  check?: (op: string, common: ScalarType) => void;
  /** Comparison-like: inputs are compared in the compute dtype and the result is a bool (0/1). */
  boolResult?: boolean;
  /** Build the element function, given the compute dtype. */
  fn: (compute: ScalarType, op: string) => (x: number, y: number) => number;
  /**
   * Exact int64 element function, used when the compute dtype and the output are int64 (the inputs are
   * then integer or bool tensors and int scalars); results wrap like int64.
   */
  int64Fn?: (op: string) => (x: bigint, y: bigint) => bigint;
  /** Comparison-like ops: the exact int64 comparison, used when the compute dtype is int64. */
  int64Cmp?: (x: bigint, y: bigint) => boolean;
}

/** Run a tensor-tensor binary op: common dtype, cast checks, broadcasting. */
export function runBinaryTensor(op: string, a: Tensor, b: Tensor, out: Tensor, spec: BinarySpec): void {
  checkDtypes(op, REAL_AND_BOOL, a, b, out);
  const common = resultType([a, b]);
  spec.check?.(op, common);
  const compute = spec.computeType ? spec.computeType(common) : common;
  checkCast(op, spec.boolResult ? ScalarType.Bool : compute, out.dtype);
  if (spec.int64Fn && compute === ScalarType.Long && out.dtype === ScalarType.Long) {
    mapBinaryInt64(op, a, b, out, spec.int64Fn(op));
    return;
  }
  if (spec.boolResult && spec.int64Cmp && compute === ScalarType.Long) {
    compareInt64(op, a, b, out, spec.int64Cmp);
    return;
  }
  mapBinary(op, a, b, out, tensorElementFn(op, spec, compute, a.dtype !== compute || b.dtype !== compute));
}

/** Element functions of {@link runBinaryTensor}, built once per spec, operator, compute dtype and input cast. */
const tensorFns = new WeakMap<BinarySpec, { op: string; fns: ((x: number, y: number) => number)[] }>();

function tensorElementFn(
  op: string,
  spec: BinarySpec,
  compute: ScalarType,
  needsInCast: boolean,
): (x: number, y: number) => number {
  let entry = tensorFns.get(spec);
  if (entry === undefined || entry.op !== op) {
    entry = { op, fns: [] };
    tensorFns.set(spec, entry);
  }
  const key = compute * 2 + (needsInCast ? 1 : 0);
  let fn = entry.fns[key];
  if (fn === undefined) {
    const cast = spec.boolResult ? (x: number) => x : castFn(compute);
    const inCast = castFn(compute);
    const f = spec.fn(compute, op);
    fn = needsInCast ? (x, y) => cast(f(inCast(x), inCast(y))) : (x, y) => cast(f(x, y));
    entry.fns[key] = fn;
  }
  return fn;
}

/** Run a tensor-scalar binary op. */
export function runBinaryScalar(
  op: string,
  a: Tensor,
  s: Scalar,
  out: Tensor,
  spec: BinarySpec,
  reversed = false,
): void {
  checkDtypes(op, REAL_AND_BOOL, a, out);
  const common = resultType([a], [s.kind]);
  spec.check?.(op, common);
  const compute = spec.computeType ? spec.computeType(common) : common;
  checkCast(op, spec.boolResult ? ScalarType.Bool : compute, out.dtype);
  if (spec.int64Fn && compute === ScalarType.Long && out.dtype === ScalarType.Long && Number.isInteger(s.value)) {
    const f = spec.int64Fn(op);
    const sb = BigInt(s.value);
    mapUnaryInt64(op, a, out, reversed ? (x) => f(sb, x) : (x) => f(x, sb));
    return;
  }
  if (spec.boolResult && spec.int64Cmp && compute === ScalarType.Long && Number.isInteger(s.value)) {
    compareInt64(op, a, Tensor.from(ScalarType.Long, [], [BigInt(s.value)]), out, spec.int64Cmp);
    return;
  }
  const cast = spec.boolResult ? (x: number) => x : castFn(compute);
  const sv = castFn(compute)(s.value);
  const f = spec.fn(compute, op);
  const inCast = a.dtype !== compute ? castFn(compute) : (x: number) => x;
  mapUnary(op, a, out, reversed ? (x) => cast(f(sv, inCast(x))) : (x) => cast(f(inCast(x), sv)));
}

/** A kernel for `name.Tensor_out(self, other, *, out)`-shaped ops. */
export function binaryTensorKernel(op: string, spec: BinarySpec, dtypes = REAL_AND_BOOL): KernelDescriptor {
  return defineKernel({
    op,
    dtypes,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 3);
      runBinaryTensor(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 2), spec);
    },
  });
}

/** A kernel for `name.Scalar_out(self, other: Scalar, *, out)`-shaped ops. */
export function binaryScalarKernel(op: string, spec: BinarySpec, dtypes = REAL_AND_BOOL): KernelDescriptor {
  return defineKernel({
    op,
    dtypes,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 3);
      runBinaryScalar(op, tensorArg(op, args, 0), scalarArg(op, args, 1), tensorArg(op, args, 2), spec);
    },
  });
}

/** Compute type of true division: floating common types stay, others become Float. */
export function trueDivType(common: ScalarType): ScalarType {
  return isFloat(common) ? common : ScalarType.Float;
}

/**
 * Comparison spec: compares in the common dtype (int64 exactly when `cmp64` is given); any output
 * dtype.
 */
export function comparisonSpec(
  cmp: (x: number, y: number) => boolean,
  cmp64?: (x: bigint, y: bigint) => boolean,
): BinarySpec {
  return { fn: () => (x, y) => (cmp(x, y) ? 1 : 0), boolResult: true, ...(cmp64 ? { int64Cmp: cmp64 } : {}) };
}

/** Reject alpha that is floating for non-floating common types (as PyTorch does). */
export function checkAlpha(op: string, common: ScalarType, alpha: Scalar): void {
  if (alpha.kind === 'float' && !isFloat(common)) {
    fail(op, `for integral input tensors (${scalarTypeName(common)}), alpha must not be a floating point number`);
  }
  if (common === ScalarType.Bool && alpha.kind === 'int' && alpha.value !== 0 && alpha.value !== 1) {
    fail(op, 'for bool inputs alpha must be a bool');
  }
}
