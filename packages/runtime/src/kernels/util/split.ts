import type { Tensor } from '@kindling/core';
import { fail } from './errors.js';
import { normalizeDim } from './shape.js';
import { copyView, viewOf } from './view.js';

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
  let start = 0;
  sizes.forEach((len, i) => {
    const v = viewOf(x);
    v.base = start * (x.strides[d] as number);
    if (squeeze) {
      v.sizes.splice(d, 1);
      v.strides.splice(d, 1);
    } else v.sizes[d] = len;
    copyView(op, x, v, outs[i] as Tensor);
    start += len;
  });
}
