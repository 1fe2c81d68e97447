/**
 * Data movement kernels (any element type): transpose, slice, constant pad, concatenate. They
 * work on any typed array, so fp32, int8 and int32 values share them.
 */

/** A typed array the data-movement kernels can read and write. */
export type Elements = Float32Array | Int8Array | Uint8Array | Int32Array;

/** Row-major strides of `shape`. */
function stridesOf(shape: readonly number[], into: number[]): number[] {
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    into[i] = s;
    s *= shape[i] as number;
  }
  return into;
}

function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * `out = input.permute(perm)`: `out.shape[i] = in.shape[perm[i]]`. `index` is scratch of at
 * least `rank` elements.
 */
export function transposeN<T extends Elements>(
  input: T,
  inShape: readonly number[],
  perm: readonly number[],
  outShape: readonly number[],
  out: T,
  index: Int32Array,
  inStrides: number[],
): void {
  const rank = inShape.length;
  const n = numel(inShape);
  if (n === 0) return;
  stridesOf(inShape, inStrides);
  index.fill(0, 0, rank);
  const outShape0 = outShape;
  let src = 0;
  for (let o = 0; o < n; o++) {
    out[o] = input[src] as number;
    for (let d = rank - 1; d >= 0; d--) {
      const next = (index[d] as number) + 1;
      const stride = inStrides[perm[d] as number] as number;
      if (next < (outShape0[d] as number)) {
        index[d] = next;
        src += stride;
        break;
      }
      index[d] = 0;
      src -= stride * ((outShape0[d] as number) - 1);
    }
  }
}

/**
 * A transpose as a swap of two blocks of dims: the input viewed as `[outer, rows, cols, inner]`
 * becomes `[outer, cols, rows, inner]`. A plain copy has `rows = cols = 1`.
 */
export interface BlockSwap {
  outer: number;
  rows: number;
  cols: number;
  inner: number;
}

/**
 * Reduces `input.permute(perm)` to a {@link BlockSwap} by dropping size-1 dims and merging dims
 * that stay adjacent, or null when the permutation is not a swap of two blocks (e.g. `[2, 1, 0]`).
 */
export function blockSwapOf(shape: readonly number[], perm: readonly number[]): BlockSwap | null {
  const renumber: number[] = [];
  const dims: number[] = [];
  shape.forEach((d, i) => {
    renumber[i] = d === 1 ? -1 : dims.length;
    if (d !== 1) dims.push(d);
  });
  // Runs of input dims that stay consecutive in the output, in output order.
  const runs: { start: number; end: number }[] = [];
  for (const q of perm) {
    const i = renumber[q] as number;
    if (i < 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === i) last.end++;
    else runs.push({ start: i, end: i + 1 });
  }
  const byInput = [...runs].sort((a, b) => a.start - b.start);
  const size = (r: { start: number; end: number }) => numel(dims.slice(r.start, r.end));
  const m = byInput.map(size);
  const p = runs.map((r) => byInput.indexOf(r));
  const key = p.join(',');
  if (p.length <= 1) return { outer: 1, rows: 1, cols: 1, inner: numel(dims) };
  if (key === '1,0') return { outer: 1, rows: m[0] as number, cols: m[1] as number, inner: 1 };
  if (key === '0,2,1') return { outer: m[0] as number, rows: m[1] as number, cols: m[2] as number, inner: 1 };
  if (key === '1,0,2') return { outer: 1, rows: m[0] as number, cols: m[1] as number, inner: m[2] as number };
  if (key === '0,2,1,3')
    return { outer: m[0] as number, rows: m[1] as number, cols: m[2] as number, inner: m[3] as number };
  return null;
}

/** Copies the box `[offsets, offsets + outShape)` of `input` into `out`. */
export function sliceN<T extends Elements>(
  input: T,
  inShape: readonly number[],
  offsets: readonly number[],
  outShape: readonly number[],
  out: T,
  index: Int32Array,
  inStrides: number[],
): void {
  const rank = inShape.length;
  const n = numel(outShape);
  if (n === 0) return;
  stridesOf(inShape, inStrides);
  let base = 0;
  for (let d = 0; d < rank; d++) base += (offsets[d] as number) * (inStrides[d] as number);
  const inner = rank === 0 ? 1 : (outShape[rank - 1] as number);
  index.fill(0, 0, rank);
  let src = base;
  for (let o = 0; o < n; o += inner) {
    for (let j = 0; j < inner; j++) out[o + j] = input[src + j] as number;
    for (let d = rank - 2; d >= 0; d--) {
      const next = (index[d] as number) + 1;
      if (next < (outShape[d] as number)) {
        index[d] = next;
        src += inStrides[d] as number;
        break;
      }
      index[d] = 0;
      src -= (inStrides[d] as number) * ((outShape[d] as number) - 1);
    }
  }
}

/** Fills `out` with `value`, then copies `input` at offset `pre` in every dim. */
export function constantPadN<T extends Elements>(
  input: T,
  inShape: readonly number[],
  pre: readonly number[],
  outShape: readonly number[],
  value: number,
  out: T,
  index: Int32Array,
  outStrides: number[],
): void {
  out.fill(value, 0, numel(outShape));
  const rank = inShape.length;
  const n = numel(inShape);
  if (n === 0) return;
  stridesOf(outShape, outStrides);
  let base = 0;
  for (let d = 0; d < rank; d++) base += (pre[d] as number) * (outStrides[d] as number);
  const inner = rank === 0 ? 1 : (inShape[rank - 1] as number);
  index.fill(0, 0, rank);
  let dst = base;
  for (let i = 0; i < n; i += inner) {
    for (let j = 0; j < inner; j++) out[dst + j] = input[i + j] as number;
    for (let d = rank - 2; d >= 0; d--) {
      const next = (index[d] as number) + 1;
      if (next < (inShape[d] as number)) {
        index[d] = next;
        dst += outStrides[d] as number;
        break;
      }
      index[d] = 0;
      dst -= (outStrides[d] as number) * ((inShape[d] as number) - 1);
    }
  }
}

/**
 * Concatenates inputs along `axis`: each input is `[outer, inputs[i].axisSize * inner]` when
 * viewed around the axis.
 */
export function concatenateN<T extends Elements>(
  inputs: readonly T[],
  axisSizes: readonly number[],
  outer: number,
  inner: number,
  out: T,
): void {
  let total = 0;
  for (const s of axisSizes) total += s;
  const outRow = total * inner;
  let offset = 0;
  for (let i = 0; i < inputs.length; i++) {
    const src = inputs[i] as T;
    const row = (axisSizes[i] as number) * inner;
    for (let o = 0; o < outer; o++) {
      const s = o * row;
      const d = o * outRow + offset;
      for (let j = 0; j < row; j++) out[d + j] = src[s + j] as number;
    }
    offset += row;
  }
}
