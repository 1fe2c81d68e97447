import { defineKernel, type EValue } from '@kindling/core';
import { doubleArg, expectArgs, intArg, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { checkChannelVectors, resizeOut } from './util/shape.js';

const OP = 'aten::native_group_norm.out';

/**
 * `aten::native_group_norm.out(Tensor input, Tensor? weight, Tensor? bias, SymInt N, SymInt C,
 * SymInt HxW, int group, float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)`:
 * normalizes each of the `group` channel groups of every sample by its mean and (biased) variance,
 * then applies the per-channel affine; out1/out2 receive the `[N, group]` means and reciprocal stds.
 */
export const nativeGroupNorm = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 11);
    const x = tensorArg(OP, args, 0);
    const weight = optTensorArg(OP, args, 1);
    const bias = optTensorArg(OP, args, 2);
    const N = intArg(OP, args, 3);
    const C = intArg(OP, args, 4);
    const HxW = intArg(OP, args, 5);
    const group = intArg(OP, args, 6);
    const eps = doubleArg(OP, args, 7);
    const out = tensorArg(OP, args, 8);
    const meanOut = tensorArg(OP, args, 9);
    const rstdOut = tensorArg(OP, args, 10);
    checkDtypes(OP, FLOAT_TYPES, x, weight, bias, out, meanOut, rstdOut);
    if (x.rank < 2) fail(OP, `expected an input of rank >= 2, got ${x.rank}`);
    if (x.sizes[0] !== N || x.sizes[1] !== C || N * C * HxW !== x.numel)
      fail(OP, `input of sizes [${x.sizes.join(', ')}] does not match N=${N}, C=${C}, HxW=${HxW}`);
    if (group <= 0 || C % group !== 0) fail(OP, `C (${C}) must be divisible by group (${group})`);
    checkChannelVectors(OP, C, [
      ['weight', weight],
      ['bias', bias],
    ]);
    resizeOut(OP, out, x.sizes);
    resizeOut(OP, meanOut, [N, group]);
    resizeOut(OP, rstdOut, [N, group]);
    const xd = readLogical(OP, x);
    const wd = weight ? readLogical(OP, weight) : null;
    const bd = bias ? readLogical(OP, bias) : null;
    const cast = castFn(x.dtype);
    const D = C / group;
    const inner = D * HxW;
    const res = new Float64Array(x.numel);
    const means = new Float64Array(N * group);
    const rstds = new Float64Array(N * group);
    for (let ng = 0; ng < N * group; ng++) {
      const base = ng * inner;
      let mean = 0;
      let rstd = 0;
      if (inner > 0) {
        let s = 0;
        for (let i = 0; i < inner; i++) s += xd[base + i] as number;
        mean = s / inner;
        let q = 0;
        for (let i = 0; i < inner; i++) {
          const e = (xd[base + i] as number) - mean;
          q += e * e;
        }
        rstd = 1 / Math.sqrt(q / inner + eps);
      }
      means[ng] = mean;
      rstds[ng] = rstd;
      const g = ng % group;
      for (let dc = 0; dc < D; dc++) {
        const c = g * D + dc;
        const scale = rstd * (wd ? (wd[c] as number) : 1);
        const shift = (bd ? (bd[c] as number) : 0) - scale * mean;
        const o = base + dc * HxW;
        for (let j = 0; j < HxW; j++) res[o + j] = cast((xd[o + j] as number) * scale + shift);
      }
    }
    writeLogical(OP, out, res);
    writeLogical(OP, meanOut, means);
    writeLogical(OP, rstdOut, rstds);
  },
});
