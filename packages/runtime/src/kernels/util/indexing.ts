import { ScalarType, type Tensor } from '@kindling/core';
import { fail } from './errors.js';
import { readLogical } from './layout.js';
import { broadcastShapes, identityOrder, offsetTable } from './shape.js';

/** Where advanced indexing (`x[indices]`) reads: its result shape and the physical offsets it visits. */
export interface IndexPlan {
  readonly shape: number[];
  /** Physical offsets (under the strides given) in result logical order. */
  readonly offsets: Float64Array;
}

/** Bool masks become one int64 index list per mask dimension (the coordinates of true elements). */
function expandMasks(
  op: string,
  sizes: readonly number[],
  indices: readonly (Tensor | null)[],
): (number[] | { shape: number[]; values: ArrayLike<number> } | null)[] {
  const res: ({ shape: number[]; values: ArrayLike<number> } | null)[] = [];
  let d = 0;
  for (const t of indices) {
    if (t === null) {
      res.push(null);
      d++;
      continue;
    }
    if (t.dtype === ScalarType.Bool || t.dtype === ScalarType.Byte) {
      for (let k = 0; k < t.rank; k++) {
        if (t.sizes[k] !== sizes[d + k])
          fail(op, `mask of sizes [${t.sizes.join(', ')}] does not match the indexed sizes at dimension ${d + k}`);
      }
      const m = readLogical(op, t);
      const coords: number[][] = Array.from({ length: t.rank }, () => []);
      const idx = new Array<number>(t.rank).fill(0);
      for (let i = 0; i < m.length; i++) {
        if ((m[i] as number) !== 0) for (let k = 0; k < t.rank; k++) (coords[k] as number[]).push(idx[k] as number);
        for (let k = t.rank - 1; k >= 0; k--) {
          idx[k] = (idx[k] as number) + 1;
          if ((idx[k] as number) < (t.sizes[k] as number)) break;
          idx[k] = 0;
        }
      }
      for (const c of coords) res.push({ shape: [c.length], values: c });
      d += t.rank;
      continue;
    }
    if (t.dtype !== ScalarType.Long && t.dtype !== ScalarType.Int)
      fail(op, 'indices must be int64, int32 or bool tensors');
    res.push({ shape: [...t.sizes], values: readLogical(op, t) });
    d++;
  }
  if (d > sizes.length) fail(op, `too many indices (${d}) for a tensor of rank ${sizes.length}`);
  while (res.length < sizes.length) res.push(null);
  return res;
}

/** Plan `x[indices]` for a tensor of `sizes` whose storage has `strides`. */
export function planIndex(
  op: string,
  sizes: readonly number[],
  strides: readonly number[],
  indices: readonly (Tensor | null)[],
): IndexPlan {
  const idx = expandMasks(op, sizes, indices) as ({ shape: number[]; values: ArrayLike<number> } | null)[];
  const D: number[] = [];
  const R: number[] = [];
  idx.forEach((t, d) => {
    if (t === null) R.push(d);
    else D.push(d);
  });
  if (D.length === 0) {
    const offs = offsetTable(sizes, strides, identityOrder(sizes.length));
    let n = 1;
    for (const s of sizes) n *= s;
    return { shape: [...sizes], offsets: Float64Array.from(offs ?? Array.from({ length: n }, (_, i) => i)) };
  }
  const bshape = broadcastShapes(op, ...D.map((d) => idx[d]!.shape));
  let B = 1;
  for (const s of bshape) B *= s;
  // Per indexed dim, broadcast index values into B entries and accumulate their offsets.
  const base = new Float64Array(B);
  for (const d of D) {
    const t = idx[d]!;
    const tStrides = new Array<number>(bshape.length).fill(0);
    let s = 1;
    for (let k = t.shape.length - 1; k >= 0; k--) {
      const bk = bshape.length - t.shape.length + k;
      tStrides[bk] = t.shape[k] === 1 ? 0 : s;
      s *= t.shape[k] as number;
    }
    const to = offsetTable(bshape, tStrides, identityOrder(bshape.length));
    const size = sizes[d] as number;
    for (let b = 0; b < B; b++) {
      let v = t.values[to === null ? b : (to[b] as number)] as number;
      if (v < -size || v >= size) fail(op, `index ${v} is out of bounds for dimension ${d} with size ${size}`);
      if (v < 0) v += size;
      base[b] = (base[b] as number) + v * (strides[d] as number);
    }
  }
  const consecutive = D[D.length - 1]! - D[0]! === D.length - 1;
  const before = consecutive ? R.filter((d) => d < D[0]!) : [];
  const after = consecutive ? R.filter((d) => d > D[0]!) : R;
  const bo = offsetTable(
    before.map((d) => sizes[d] as number),
    before.map((d) => strides[d] as number),
    identityOrder(before.length),
  );
  const ao = offsetTable(
    after.map((d) => sizes[d] as number),
    after.map((d) => strides[d] as number),
    identityOrder(after.length),
  );
  let nB = 1;
  for (const d of before) nB *= sizes[d] as number;
  let nA = 1;
  for (const d of after) nA *= sizes[d] as number;
  const shape = [...before.map((d) => sizes[d] as number), ...bshape, ...after.map((d) => sizes[d] as number)];
  const offsets = new Float64Array(nB * B * nA);
  let i = 0;
  for (let p = 0; p < nB; p++) {
    const po = bo === null ? p : (bo[p] as number);
    for (let b = 0; b < B; b++) {
      const o = po + (base[b] as number);
      for (let a = 0; a < nA; a++) offsets[i++] = o + (ao === null ? a : (ao[a] as number));
    }
  }
  return { shape, offsets };
}
