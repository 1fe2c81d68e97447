import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, optIntListArg, optScalarArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { reduceInto } from './util/reduce.js';

function runVar(
  op: string,
  x: Tensor,
  dims: readonly number[] | null,
  correction: number,
  keepdim: boolean,
  out: Tensor,
): void {
  checkDtypes(op, FLOAT_TYPES, x, out);
  if (x.dtype !== out.dtype) fail(op, 'input and output dtypes must match');
  const cast = castFn(out.dtype);
  reduceInto(op, x, dims, keepdim, out, (v, s, n) => {
    let sum = 0;
    for (let i = s; i < s + n; i++) sum += v[i] as number;
    const m = sum / n;
    let sq = 0;
    for (let i = s; i < s + n; i++) {
      const d = (v[i] as number) - m;
      sq += d * d;
    }
    return cast(sq / Math.max(0, n - correction));
  });
}

/** `aten::var.correction_out(Tensor self, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False, Tensor(a!) out)`. */
export const varCorrection = /* @__PURE__ */ defineKernel({
  op: 'aten::var.correction_out',
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::var.correction_out';
    expectArgs(op, args, 5);
    const c = optScalarArg(op, args, 2);
    runVar(
      op,
      tensorArg(op, args, 0),
      optIntListArg(op, args, 1),
      c === null ? 1 : c.value,
      boolArg(op, args, 3),
      tensorArg(op, args, 4),
    );
  },
});

/** `aten::var.out(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False, *, Tensor(a!) out)`. */
export const varOut = /* @__PURE__ */ defineKernel({
  op: 'aten::var.out',
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::var.out';
    expectArgs(op, args, 5);
    runVar(
      op,
      tensorArg(op, args, 0),
      optIntListArg(op, args, 1),
      boolArg(op, args, 2) ? 1 : 0,
      boolArg(op, args, 3),
      tensorArg(op, args, 4),
    );
  },
});
