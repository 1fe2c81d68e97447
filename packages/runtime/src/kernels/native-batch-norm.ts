import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { doubleArg, expectArgs, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { checkChannelVectors, resizeOut } from './util/shape.js';

const OP = 'aten::_native_batch_norm_legit_no_training.out';

function emptyOut(out: Tensor): void {
  if (out.rank === 1 && out.numel !== 0) resizeOut(OP, out, [0]);
}

/**
 * `aten::_native_batch_norm_legit_no_training.out(Tensor input, Tensor? weight, Tensor? bias,
 * Tensor running_mean, Tensor running_var, float momentum, float eps, *, Tensor(a!) out0,
 * Tensor(b!) out1, Tensor(c!) out2)`: inference batch norm over dim 1; out1/out2 are left empty.
 */
export const nativeBatchNormNoTraining = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 10);
    const x = tensorArg(OP, args, 0);
    const weight = optTensorArg(OP, args, 1);
    const bias = optTensorArg(OP, args, 2);
    const mean = tensorArg(OP, args, 3);
    const variance = tensorArg(OP, args, 4);
    doubleArg(OP, args, 5);
    const eps = doubleArg(OP, args, 6);
    const out = tensorArg(OP, args, 7);
    checkDtypes(OP, FLOAT_TYPES, x, weight, bias, mean, variance, out);
    if (x.rank < 2) fail(OP, `expected an input of rank >= 2, got ${x.rank}`);
    const C = x.sizes[1] as number;
    checkChannelVectors(OP, C, [
      ['weight', weight],
      ['bias', bias],
      ['running_mean', mean],
      ['running_var', variance],
    ]);
    resizeOut(OP, out, x.sizes);
    emptyOut(tensorArg(OP, args, 8));
    emptyOut(tensorArg(OP, args, 9));
    const xd = readLogical(OP, x);
    const md = readLogical(OP, mean);
    const vd = readLogical(OP, variance);
    const wd = weight ? readLogical(OP, weight) : null;
    const bd = bias ? readLogical(OP, bias) : null;
    const inner = C === 0 ? 0 : x.numel / (x.sizes[0] as number) / C;
    const cast = castFn(x.dtype);
    const res = new Float64Array(x.numel);
    const scale = new Float64Array(C);
    const shift = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      const inv = 1 / Math.sqrt((vd[c] as number) + eps);
      const s = (wd ? (wd[c] as number) : 1) * inv;
      scale[c] = s;
      shift[c] = (bd ? (bd[c] as number) : 0) - (md[c] as number) * s;
    }
    for (let i = 0, base = 0; base < x.numel; i++) {
      const c = i % C;
      const s = scale[c] as number;
      const t = shift[c] as number;
      for (let j = 0; j < inner; j++, base++) res[base] = cast((xd[base] as number) * s + t);
    }
    writeLogical(OP, out, res);
  },
});
