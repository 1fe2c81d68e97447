import { scalarTypeName, type Tensor } from '@kindling/core';
import { copyStrided } from './copy.js';
import { checkDtype, REAL_AND_BOOL } from './dtype.js';
import { fail } from './errors.js';
import { resizeOut } from './shape.js';

/** A strided view of a tensor's storage: logical sizes, per-dim element strides and a base offset. */
export interface View {
  sizes: number[];
  strides: number[];
  base: number;
}

export function viewOf(t: Tensor): View {
  return { sizes: [...t.sizes], strides: [...t.strides], base: 0 };
}

/** A view of all of `t` but dimension `dim` (dropped; callers fix `base` to pick an index along it). */
export function viewWithout(t: Tensor, dim: number): View {
  const rank = t.rank;
  const sizes = new Array<number>(rank - 1);
  const strides = new Array<number>(rank - 1);
  for (let d = 0, k = 0; d < rank; d++) {
    if (d === dim) continue;
    sizes[k] = t.sizes[d] as number;
    strides[k++] = t.strides[d] as number;
  }
  return { sizes, strides, base: 0 };
}

/** A view of `t` with a new size-1 dimension at `dim`. */
export function viewWithUnit(t: Tensor, dim: number): View {
  const rank = t.rank;
  const sizes = new Array<number>(rank + 1);
  const strides = new Array<number>(rank + 1);
  for (let d = 0, k = 0; d <= rank; d++) {
    if (d === dim) {
      sizes[d] = 1;
      strides[d] = 1;
      continue;
    }
    sizes[d] = t.sizes[k] as number;
    strides[d] = t.strides[k++] as number;
  }
  return { sizes, strides, base: 0 };
}

/** Copy `view` of `src` into `out` (resized to the view's sizes). Dtypes must match unless `convert`. */
export function copyView(op: string, src: Tensor, view: View, out: Tensor, convert = false): void {
  checkDtype(op, REAL_AND_BOOL, src);
  if (out.dtype !== src.dtype) checkDtype(op, REAL_AND_BOOL, out);
  if (!convert && src.dtype !== out.dtype) {
    fail(op, `input dtype ${scalarTypeName(src.dtype)} differs from output dtype ${scalarTypeName(out.dtype)}`);
  }
  resizeOut(op, out, view.sizes);
  copyStrided(op, src, view.sizes, view.strides, view.base, out);
}

/** Resolve a view/reshape size list (one -1 allowed) for `numel` elements. */
export function inferSize(op: string, size: readonly number[], numel: number): number[] {
  let infer = -1;
  let known = 1;
  for (let i = 0; i < size.length; i++) {
    const s = size[i] as number;
    if (s === -1) {
      if (infer >= 0) fail(op, 'only one dimension can be inferred');
      infer = i;
    } else if (!Number.isSafeInteger(s) || s < 0) fail(op, `invalid size ${s}`);
    else known *= s;
  }
  const res = [...size];
  if (infer >= 0) {
    if (known === 0 || numel % known !== 0)
      fail(op, `shape [${size.join(', ')}] is invalid for input of size ${numel}`);
    res[infer] = numel / known;
  } else if (known !== numel) fail(op, `shape [${size.join(', ')}] is invalid for input of size ${numel}`);
  return res;
}
