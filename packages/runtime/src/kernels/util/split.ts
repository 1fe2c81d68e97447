import type { Tensor } from '@kindling/core';
import { fail } from './errors.js';
import { normalizeDim } from './shape.js';
import { copyView, viewOf, viewWithout } from './view.js';

/** Copy consecutive chunks of `x` along `dim` (lengths `sizes`) into `outs`. */
export function splitInto(
  op: string,
  x: Tensor,
  sizes: readonly number[],
  dim: number,
  outs: readonly Tensor[],
  squeeze = false,
): void {
  if (x.rank === 0) fail(op, 'cannot split a 0-dim tensor');
  const d = normalizeDim(op, dim, x.rank);
  if (outs.length !== sizes.length) fail(op, `expected ${sizes.length} outputs, got ${outs.length}`);
  let total = 0;
  for (const s of sizes) {
    if (s < 0) fail(op, `split size ${s} is negative`);
    total += s;
  }
  if (total !== x.sizes[d]) fail(op, `split sizes [${sizes.join(', ')}] do not sum to ${x.sizes[d]}`);
  const v = squeeze ? viewWithout(x, d) : viewOf(x);
  const step = x.strides[d] as number;
  let start = 0;
  for (let i = 0; i < sizes.length; i++) {
    const len = sizes[i] as number;
    v.base = start * step;
    if (!squeeze) v.sizes[d] = len;
    copyView(op, x, v, outs[i] as Tensor);
    start += len;
  }
}
