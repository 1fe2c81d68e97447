import { defineKernel, type EValue } from '@kindling/core';
import { runSdpa } from './sdpa.js';
import { writeCache } from './update-cache.js';
import { boolArg, doubleArg, expectArgs, FLOATS, fail, intArg, optDoubleArg, optTensorArg, tensorArg } from './util.js';

const OP = 'llama::sdpa_with_kv_cache.out';

/**
 * `llama::sdpa_with_kv_cache.out(Tensor query, Tensor key, Tensor value, Tensor(a!) key_cache,
 * Tensor(b!) value_cache, SymInt start_pos, SymInt seq_len, Tensor? attn_mask=None, float drpout_p=0.0,
 * bool is_causal=False, float? scale=None, *, Tensor(c!) out)`: writes `key`/`value` into the caches at
 * `start_pos` (update_cache), then custom_sdpa of `query` over the caches.
 */
export const sdpaWithKvCache = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: FLOATS,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 12);
    const q = tensorArg(OP, args, 0);
    const k = tensorArg(OP, args, 1);
    const v = tensorArg(OP, args, 2);
    const kCache = tensorArg(OP, args, 3);
    const vCache = tensorArg(OP, args, 4);
    const startPos = intArg(OP, args, 5);
    const seqLen = intArg(OP, args, 6);
    for (const [c, what] of [
      [kCache, 'key cache'],
      [vCache, 'value cache'],
    ] as const) {
      if (c.rank !== 4) fail(OP, `${what} must be 4-D, got sizes [${c.sizes.join(', ')}]`);
      const len = c.sizes[1] as number;
      if (!Number.isSafeInteger(seqLen) || seqLen < 0 || startPos < 0 || startPos >= len || startPos + seqLen > len) {
        fail(OP, `start_pos ${startPos} + seq_len ${seqLen} does not fit the ${what} of ${len} positions`, {
          startPos,
          seqLen,
          cacheLen: len,
        });
      }
    }
    if (q.rank !== 4) fail(OP, `query must be 4-D, got sizes [${q.sizes.join(', ')}]`);
    if (k.dtype !== kCache.dtype || v.dtype !== vCache.dtype) fail(OP, 'key/value and their caches must share a dtype');
    writeCache(OP, k, kCache, startPos, 'key');
    writeCache(OP, v, vCache, startPos, 'value');
    runSdpa(OP, {
      q,
      k: kCache,
      v: vCache,
      startPos,
      mask: optTensorArg(OP, args, 7),
      dropout: doubleArg(OP, args, 8),
      causal: boolArg(OP, args, 9),
      scale: optDoubleArg(OP, args, 10),
      out: tensorArg(OP, args, 11),
      quant: null,
      seqAtDim2: false,
    });
  },
});
