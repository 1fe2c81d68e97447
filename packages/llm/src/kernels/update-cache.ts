import { defineKernel, type EValue, elementSize, type Tensor } from '@kindling/core';
import { expectArgs, fail, intArg, requireContiguous, requireRank, tensorArg } from './util.js';

const OP = 'llama::update_cache.out';

/**
 * Copy `value` `[B, S, H, D]` into `cache` `[B, S_max, H, D]` at sequence positions
 * `start_pos..start_pos+S-1` (both contiguous, same element size), as ExecuTorch's update_cache does.
 */
export function writeCache(op: string, value: Tensor, cache: Tensor, startPos: number, what: string): void {
  requireRank(op, value, 4, `${what} value`);
  requireRank(op, cache, 4, `${what} cache`);
  requireContiguous(op, value, `${what} value`);
  requireContiguous(op, cache, `${what} cache`);
  const [b, s, h, d] = value.sizes as [number, number, number, number];
  const [cb, cs, ch, cd] = cache.sizes as [number, number, number, number];
  if (b !== cb || h !== ch || d !== cd) {
    fail(
      op,
      `${what} value [${value.sizes.join(', ')}] must match the cache [${cache.sizes.join(', ')}] ` +
        'in batch, heads and head size',
    );
  }
  const esize = elementSize(value.dtype);
  if (esize !== elementSize(cache.dtype)) {
    fail(op, `${what} value and cache element sizes differ (${esize} and ${elementSize(cache.dtype)} bytes)`);
  }
  if (!Number.isSafeInteger(startPos) || startPos < 0 || startPos >= cs || startPos + s > cs) {
    fail(op, `${what}: start_pos ${startPos} with ${s} new positions does not fit a cache of ${cs} positions`, {
      startPos,
      seqLen: s,
      cacheLen: cs,
    });
  }
  const row = s * h * d * esize;
  const src = value.bytes;
  const dst = cache.bytes;
  for (let i = 0; i < b; i++) {
    const from = i * row;
    dst.set(src.subarray(from, from + row), (i * cs + startPos) * h * d * esize);
  }
}

/**
 * `llama::update_cache.out(Tensor value, Tensor(a!) cache, SymInt start_pos, *, Tensor(b!) out)`: writes
 * `value` into `cache` in place at `start_pos` (the output is a placeholder, left untouched).
 */
export const updateCache = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    writeCache(OP, tensorArg(OP, args, 0), tensorArg(OP, args, 1), intArg(OP, args, 2), 'update_cache');
    tensorArg(OP, args, 3);
  },
});
