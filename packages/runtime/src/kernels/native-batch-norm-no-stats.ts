import { defineKernel, type EValue } from '@kindling/core';
import { boolArg, doubleArg, expectArgs, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { checkChannelVectors, resizeOut } from './util/shape.js';

const OP = 'aten::_native_batch_norm_legit.no_stats_out';

/**
 * `aten::_native_batch_norm_legit.no_stats_out(Tensor input, Tensor? weight, Tensor? bias, bool training,
 * float momentum, float eps, *, Tensor(a!) out, Tensor(b!) save_mean, Tensor(c!) save_invstd)`: batch norm
 * over dim 1 with the batch's own statistics (biased variance), as `nn.InstanceNorm2d` and
 * `F.batch_norm(training=True)` without running stats export; save_mean / save_invstd get the per-channel
 * mean and 1/sqrt(var + eps).
 */
export const nativeBatchNormNoStats = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 9);
    const x = tensorArg(OP, args, 0);
    const weight = optTensorArg(OP, args, 1);
    const bias = optTensorArg(OP, args, 2);
    boolArg(OP, args, 3);
    doubleArg(OP, args, 4);
    const eps = doubleArg(OP, args, 5);
    const out = tensorArg(OP, args, 6);
    const saveMean = tensorArg(OP, args, 7);
    const saveInvstd = tensorArg(OP, args, 8);
    checkDtypes(OP, FLOAT_TYPES, x, weight, bias, out, saveMean, saveInvstd);
    if (x.rank < 2) fail(OP, `expected an input of rank >= 2, got ${x.rank}`);
    if (out.dtype !== x.dtype) fail(OP, 'out must have the input dtype');
    // as ExecuTorch: the input and out in the contiguous dim order only
    for (const [name, t] of [
      ['input', x],
      ['out', out],
    ] as const) {
      if (!t.dimOrder.every((d, i) => d === i))
        fail(OP, `${name} must be in the contiguous dim order, got [${t.dimOrder}]`);
    }
    const N = x.sizes[0] as number;
    const C = x.sizes[1] as number;
    checkChannelVectors(OP, C, [
      ['weight', weight],
      ['bias', bias],
    ]);
    resizeOut(OP, out, x.sizes);
    resizeOut(OP, saveMean, [C]);
    resizeOut(OP, saveInvstd, [C]);
    const xd = readLogical(OP, x);
    const wd = weight ? readLogical(OP, weight) : null;
    const bd = bias ? readLogical(OP, bias) : null;
    const inner = C === 0 || N === 0 ? 0 : x.numel / N / C;
    const count = N * inner;
    const cast = castFn(x.dtype);
    const res = new Float64Array(x.numel);
    const means = new Float64Array(C);
    const invstds = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      let sum = 0;
      for (let n = 0; n < N; n++) {
        const base = (n * C + c) * inner;
        for (let j = 0; j < inner; j++) sum += xd[base + j] as number;
      }
      const m = count === 0 ? 0 : sum / count;
      let sq = 0;
      for (let n = 0; n < N; n++) {
        const base = (n * C + c) * inner;
        for (let j = 0; j < inner; j++) {
          const d = (xd[base + j] as number) - m;
          sq += d * d;
        }
      }
      const inv = 1 / Math.sqrt((count === 0 ? 0 : sq / count) + eps);
      means[c] = m;
      invstds[c] = inv;
      const s = (wd ? (wd[c] as number) : 1) * inv;
      const t = (bd ? (bd[c] as number) : 0) - m * s;
      for (let n = 0; n < N; n++) {
        const base = (n * C + c) * inner;
        for (let j = 0; j < inner; j++) res[base + j] = cast((xd[base + j] as number) * s + t);
      }
    }
    writeLogical(OP, out, res);
    writeLogical(OP, saveMean, means);
    writeLogical(OP, saveInvstd, invstds);
  },
});
