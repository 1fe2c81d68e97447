import { Tensor } from '@kindling/core';
import { copyStrided } from './copy.js';
import { identityOrder, offsetTable } from './shape.js';

/**
 * Write a logical view of `src` (`sizes`, `srcStrides`, `srcBase`) into a strided region of `dst`
 * (`dstStrides`, `dstBase`), converting to `dst`'s dtype when they differ.
 */
export function scatterInto(
  op: string,
  src: Tensor,
  sizes: readonly number[],
  srcStrides: readonly number[],
  srcBase: number,
  dst: Tensor,
  dstStrides: readonly number[],
  dstBase: number,
): void {
  let n = 1;
  for (const s of sizes) n *= s;
  if (n === 0) return;
  // The whole of a separate destination, in its own layout: one strided copy, no temporary.
  if (dstBase === 0 && !overlaps(src, dst) && sameLayout(dst, sizes, dstStrides)) {
    copyStrided(op, src, sizes, srcStrides, srcBase, dst);
    return;
  }
  const tmp = new Tensor({ dtype: dst.dtype, sizes });
  copyStrided(op, src, sizes, srcStrides, srcBase, tmp);
  const td = tmp.data as unknown as ArrayLike<unknown>;
  const dd = dst.data as unknown as { [i: number]: unknown };
  const offs = offsetTable(sizes, dstStrides, identityOrder(sizes.length), dstBase);
  if (offs === null) for (let i = 0; i < n; i++) dd[i] = td[i];
  else for (let i = 0; i < n; i++) dd[offs[i] as number] = td[i];
}

/** Whether `sizes` and `strides` are exactly `t`'s own sizes and strides. */
function sameLayout(t: Tensor, sizes: readonly number[], strides: readonly number[]): boolean {
  if (t.rank !== sizes.length || strides.length !== sizes.length) return false;
  for (let i = 0; i < sizes.length; i++) if (t.sizes[i] !== sizes[i] || t.strides[i] !== strides[i]) return false;
  return true;
}

/** Whether the storage of `a` and `b` shares any byte. */
function overlaps(a: Tensor, b: Tensor): boolean {
  const x = a.bytes;
  const y = b.bytes;
  if (x.buffer !== y.buffer) return false;
  return x.byteOffset < y.byteOffset + y.byteLength && y.byteOffset < x.byteOffset + x.byteLength;
}
