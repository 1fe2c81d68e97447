import { defineKernel, type EValue } from '@kindling/core';
import { runSdpa } from './sdpa.js';
import { boolArg, doubleArg, expectArgs, FLOATS, intArg, optDoubleArg, optTensorArg, tensorArg } from './util.js';

const OP = 'llama::custom_sdpa.out';

/**
 * `llama::custom_sdpa.out(Tensor query, Tensor key, Tensor value, SymInt start_pos, Tensor? attn_mask=None,
 * float drpout_p=0.0, bool is_causal=False, float? scale=None, *, Tensor(a!) out)`: attention of the
 * queries `[B, S, H, D]` at positions `start_pos..start_pos+S-1` over the key/value caches
 * `[B, S_max, H_kv, D]` (H a multiple of H_kv), as ExecuTorch's kernel computes it.
 */
export const customSdpa = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOATS,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 9);
    runSdpa(OP, {
      q: tensorArg(OP, args, 0),
      k: tensorArg(OP, args, 1),
      v: tensorArg(OP, args, 2),
      startPos: intArg(OP, args, 3),
      mask: optTensorArg(OP, args, 4),
      dropout: doubleArg(OP, args, 5),
      causal: boolArg(OP, args, 6),
      scale: optDoubleArg(OP, args, 7),
      out: tensorArg(OP, args, 8),
      quant: null,
      seqAtDim2: false,
    });
  },
});
