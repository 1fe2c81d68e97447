import { defineKernel, type EValue } from '@kindling/core';
import { doubleArg, expectArgs, intListArg, optTensorArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { readLogical, writeLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::native_layer_norm.out';

/**
 * `aten::native_layer_norm.out(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias,
 * float eps, *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2)`: returns (out, mean, rstd).
 */
export const nativeLayerNorm = defineKernel({
  op: OP,
  dtypes: FLOAT_TYPES,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 8);
    const x = tensorArg(OP, args, 0);
    const shape = intListArg(OP, args, 1);
    const weight = optTensorArg(OP, args, 2);
    const bias = optTensorArg(OP, args, 3);
    const eps = doubleArg(OP, args, 4);
    const out = tensorArg(OP, args, 5);
    const meanOut = tensorArg(OP, args, 6);
    const rstdOut = tensorArg(OP, args, 7);
    checkDtypes(OP, FLOAT_TYPES, x, weight, bias, out, meanOut, rstdOut);
    const axis = x.rank - shape.length;
    if (shape.length === 0 || axis < 0 || shape.some((s, i) => s !== x.sizes[axis + i])) {
      fail(OP, `normalized_shape [${shape.join(', ')}] does not match the trailing sizes of [${x.sizes.join(', ')}]`);
    }
    let M = 1;
    for (const s of shape) M *= s;
    for (const [name, t] of [
      ['weight', weight],
      ['bias', bias],
    ] as const) {
      if (t && (t.rank !== shape.length || t.sizes.some((s, i) => s !== shape[i]))) {
        fail(OP, `${name} of sizes [${t.sizes.join(', ')}] does not match normalized_shape [${shape.join(', ')}]`);
      }
    }
    const statSizes = [...x.sizes.slice(0, axis), ...shape.map(() => 1)];
    resizeOut(OP, out, x.sizes);
    resizeOut(OP, meanOut, statSizes);
    resizeOut(OP, rstdOut, statSizes);
    const rows = M === 0 ? 0 : x.numel / M;
    const xd = readLogical(OP, x);
    const wd = weight ? readLogical(OP, weight) : null;
    const bd = bias ? readLogical(OP, bias) : null;
    const cast = castFn(x.dtype);
    const res = new Float64Array(x.numel);
    const means = new Float64Array(rows);
    const rstds = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const base = r * M;
      let sum = 0;
      for (let j = 0; j < M; j++) sum += xd[base + j] as number;
      const mean = sum / M;
      let sq = 0;
      for (let j = 0; j < M; j++) {
        const d = (xd[base + j] as number) - mean;
        sq += d * d;
      }
      const rstd = 1 / Math.sqrt(sq / M + eps);
      means[r] = cast(mean);
      rstds[r] = cast(rstd);
      for (let j = 0; j < M; j++) {
        let v = ((xd[base + j] as number) - mean) * rstd;
        if (wd) v *= wd[j] as number;
        if (bd) v += bd[j] as number;
        res[base + j] = cast(v);
      }
    }
    writeLogical(OP, out, res);
    writeLogical(OP, meanOut, means);
    writeLogical(OP, rstdOut, rstds);
  },
});
