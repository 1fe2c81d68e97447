import { defineKernel, type EValue, ScalarType } from '@kindling/core';
import { expectArgs, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { newRawLike, rawLogical, readLogical, writeRawLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::embedding.out';

/**
 * `aten::embedding.out(Tensor weight, Tensor indices, SymInt padding_idx=-1, bool scale_grad_by_freq=False,
 * bool sparse=False, *, Tensor(a!) out)`: out[..., :] = weight[indices[...], :].
 */
export const embedding = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 6);
    const weight = tensorArg(OP, args, 0);
    const indices = tensorArg(OP, args, 1);
    const out = tensorArg(OP, args, 5);
    checkDtypes(OP, REAL_AND_BOOL, weight, out);
    if (indices.dtype !== ScalarType.Long && indices.dtype !== ScalarType.Int)
      fail(OP, 'indices must be int64 or int32');
    if (weight.rank !== 2) fail(OP, `weight must be 2-D, got rank ${weight.rank}`);
    if (weight.dtype !== out.dtype) fail(OP, 'weight and output dtypes must match');
    const [V, D] = weight.sizes as [number, number];
    resizeOut(OP, out, [...indices.sizes, D]);
    const idx = readLogical(OP, indices);
    const w = rawLogical(weight) as ArrayLike<unknown>;
    const res = newRawLike(weight, idx.length * D);
    for (let i = 0; i < idx.length; i++) {
      let r = idx[i] as number;
      if (r < 0) r += V;
      if (r < 0 || r >= V) fail(OP, `index ${idx[i]} is out of range for ${V} embeddings`);
      for (let j = 0; j < D; j++) res[i * D + j] = w[r * D + j];
    }
    writeRawLogical(out, res);
  },
});
