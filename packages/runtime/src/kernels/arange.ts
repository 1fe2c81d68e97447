import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { numberSink } from './util/access.js';
import { expectArgs, scalarArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { resizeOut } from './util/shape.js';

function runArange(op: string, start: number, end: number, step: number, out: Tensor): void {
  checkDtypes(op, REAL_TYPES, out);
  if (step === 0) fail(op, 'step must be nonzero');
  if (!Number.isFinite(start) || !Number.isFinite(end)) fail(op, 'start and end must be finite');
  if ((step > 0 && end < start) || (step < 0 && end > start))
    fail(op, 'upper bound and lower bound inconsistent with step sign');
  const n = Math.max(0, Math.ceil((end - start) / step));
  if (out.rank !== 1) fail(op, `out must be 1-D, got rank ${out.rank}`);
  resizeOut(op, out, [n]);
  const sink = numberSink(op, out);
  for (let i = 0; i < n; i++) sink.values[i] = start + i * step;
  sink.commit();
}

/** `aten::arange.out(Scalar end, *, Tensor(a!) out)`. */
export const arange = /* @__PURE__ */ defineKernel({
  op: 'aten::arange.out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::arange.out';
    expectArgs(op, args, 2);
    runArange(op, 0, scalarArg(op, args, 0).value, 1, tensorArg(op, args, 1));
  },
});

/** `aten::arange.start_out(Scalar start, Scalar end, Scalar step=1, *, Tensor(a!) out)`. */
export const arangeStart = /* @__PURE__ */ defineKernel({
  op: 'aten::arange.start_out',
  dtypes: REAL_TYPES,
  run(_ctx, args: EValue[]) {
    const op = 'aten::arange.start_out';
    expectArgs(op, args, 4);
    runArange(
      op,
      scalarArg(op, args, 0).value,
      scalarArg(op, args, 1).value,
      scalarArg(op, args, 2).value,
      tensorArg(op, args, 3),
    );
  },
});
