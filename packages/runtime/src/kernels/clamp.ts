import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { expectArgs, optScalarArg, optTensorArg, type Scalar, tensorArg } from './util/args.js';
import {
  castFn,
  checkCast,
  checkDtypes,
  REAL_AND_BOOL,
  REAL_TYPES,
  resultType,
  type ScalarKind,
} from './util/dtype.js';
import { mapTernary, mapUnary } from './util/elementwise.js';
import { fail } from './util/errors.js';

function clampValue(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return x;
  let r = x;
  if (!Number.isNaN(lo) && r < lo) r = lo;
  if (!Number.isNaN(hi) && r > hi) r = hi;
  return r;
}

/** `aten::clamp.out(Tensor self, Scalar? min=None, Scalar? max=None, *, Tensor(a!) out)`. */
export const clamp = /* @__PURE__ */ defineKernel({
  op: 'aten::clamp.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::clamp.out';
    expectArgs(op, args, 4);
    const x = tensorArg(op, args, 0);
    const lo = optScalarArg(op, args, 1);
    const hi = optScalarArg(op, args, 2);
    const out = tensorArg(op, args, 3);
    if (lo === null && hi === null) fail(op, 'at least one of min and max must be given');
    checkDtypes(op, REAL_TYPES, x, out);
    const kinds: ScalarKind[] = [lo, hi].filter((s): s is Scalar => s !== null).map((s) => s.kind);
    const common = resultType([x], kinds);
    checkCast(op, common, out.dtype);
    const cast = castFn(common);
    const l = lo === null ? Number.NaN : cast(lo.value);
    const h = hi === null ? Number.NaN : cast(hi.value);
    mapUnary(op, x, out, (v) => clampValue(cast(v), l, h));
  },
});

/** `aten::clamp.Tensor_out(Tensor self, Tensor? min=None, Tensor? max=None, *, Tensor(a!) out)`. */
export const clampTensor = /* @__PURE__ */ defineKernel({
  op: 'aten::clamp.Tensor_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::clamp.Tensor_out';
    expectArgs(op, args, 4);
    const x = tensorArg(op, args, 0);
    const lo = optTensorArg(op, args, 1);
    const hi = optTensorArg(op, args, 2);
    const out = tensorArg(op, args, 3);
    if (lo === null && hi === null) fail(op, 'at least one of min and max must be given');
    checkDtypes(op, REAL_AND_BOOL, x, lo, hi, out);
    const common = resultType([x, lo, hi].filter((t): t is Tensor => t !== null));
    if (common === ScalarType.Bool) fail(op, 'clamp is not supported for bool tensors');
    checkCast(op, common, out.dtype);
    const cast = castFn(common);
    mapTernary(op, x, lo, hi, out, (v, l, h) =>
      clampValue(cast(v), Number.isNaN(l) ? l : cast(l), Number.isNaN(h) ? h : cast(h)),
    );
  },
});
