import { ScalarType, scalarTypeName, type Tensor } from '@kindling/core';
import { numberSink, readNumbers } from './access.js';
import { broadcastRun, rowMajor } from './broadcast.js';
import { isFloat } from './dtype.js';
import { fail } from './errors.js';
import { broadcastShapes, broadcastStrides, offsetTable, resizeOut } from './shape.js';

/**
 * out[i] = f(x[i]). Iterates in `out`'s dim order; `x` may have any dim order. Values are read as
 * numbers and converted to `out`'s dtype on write.
 */
export function mapUnary(op: string, x: Tensor, out: Tensor, f: (v: number) => number): void {
  resizeOut(op, out, x.sizes);
  const n = out.numel;
  if (n === 0) return;
  const xo = offsetTable(x.sizes, x.strides, out.dimOrder);
  const xd = readNumbers(op, x);
  const sink = numberSink(op, out);
  const o = sink.values;
  if (xo === null) for (let i = 0; i < n; i++) o[i] = f(xd[i] as number);
  else for (let i = 0; i < n; i++) o[i] = f(xd[xo[i] as number] as number);
  sink.commit();
}

/** out = f(a, b) with broadcasting. */
export function mapBinary(op: string, a: Tensor, b: Tensor, out: Tensor, f: (x: number, y: number) => number): void {
  const shape = broadcastShapes(op, a.sizes, b.sizes);
  resizeOut(op, out, shape);
  const n = out.numel;
  if (n === 0) return;
  const ra = broadcastRun(a, shape);
  const rb = ra > 0 ? broadcastRun(b, shape) : 0;
  if (rb > 0 && rowMajor(out.sizes, out.strides)) {
    mapBinaryRuns(op, a, ra, b, rb, out, f);
    return;
  }
  const order = out.dimOrder;
  const ao = offsetTable(shape, broadcastStrides(a, shape), order);
  const bo = offsetTable(shape, broadcastStrides(b, shape), order);
  const ad = readNumbers(op, a);
  const bd = readNumbers(op, b);
  const sink = numberSink(op, out);
  const o = sink.values;
  if (ao === null && bo === null) {
    for (let i = 0; i < n; i++) o[i] = f(ad[i] as number, bd[i] as number);
  } else if (ao === null && b.numel === 1) {
    const bv = bd[0] as number;
    for (let i = 0; i < n; i++) o[i] = f(ad[i] as number, bv);
  } else {
    for (let i = 0; i < n; i++) {
      o[i] = f(ad[ao === null ? i : (ao[i] as number)] as number, bd[bo === null ? i : (bo[i] as number)] as number);
    }
  }
  sink.commit();
}

/**
 * {@link mapBinary} when both operands read as runs of their storage along `out`'s row-major walk
 * (see {@link broadcastRun}; `ra`, `rb` are their run lengths) and `out` is row-major: no offset
 * tables, just a position and a run counter per operand.
 */
function mapBinaryRuns(
  op: string,
  a: Tensor,
  ra: number,
  b: Tensor,
  rb: number,
  out: Tensor,
  f: (x: number, y: number) => number,
): void {
  const n = out.numel;
  const ad = readNumbers(op, a);
  const bd = readNumbers(op, b);
  const ma = a.numel;
  const mb = b.numel;
  const sink = numberSink(op, out);
  const o = sink.values;
  if (ma === n && mb === n) for (let i = 0; i < n; i++) o[i] = f(ad[i] as number, bd[i] as number);
  else if (mb === 1 && ma === n) {
    const y = bd[0] as number;
    for (let i = 0; i < n; i++) o[i] = f(ad[i] as number, y);
  } else if (ma === 1 && mb === n) {
    const x = ad[0] as number;
    for (let i = 0; i < n; i++) o[i] = f(x, bd[i] as number);
  } else {
    for (let i = 0, ja = 0, ca = 0, jb = 0, cb = 0; i < n; i++) {
      o[i] = f(ad[ja] as number, bd[jb] as number);
      if (++ca === ra) {
        ca = 0;
        if (++ja === ma) ja = 0;
      }
      if (++cb === rb) {
        cb = 0;
        if (++jb === mb) jb = 0;
      }
    }
  }
  sink.commit();
}

/** out = f(a, b, c) with broadcasting; a null operand reads as NaN. */
export function mapTernary(
  op: string,
  a: Tensor,
  b: Tensor | null,
  c: Tensor | null,
  out: Tensor,
  f: (x: number, y: number, z: number) => number,
): void {
  const shapes = [a.sizes];
  if (b) shapes.push(b.sizes);
  if (c) shapes.push(c.sizes);
  const shape = broadcastShapes(op, ...shapes);
  resizeOut(op, out, shape);
  const n = out.numel;
  if (n === 0) return;
  if (b !== null && c !== null) {
    const ra = broadcastRun(a, shape);
    const rb = ra > 0 ? broadcastRun(b, shape) : 0;
    const rc = rb > 0 ? broadcastRun(c, shape) : 0;
    if (rc > 0 && rowMajor(out.sizes, out.strides)) {
      const ad = readNumbers(op, a);
      const bd = readNumbers(op, b);
      const cd = readNumbers(op, c);
      const ma = a.numel;
      const mb = b.numel;
      const mc = c.numel;
      const sink = numberSink(op, out);
      const o = sink.values;
      for (let i = 0, ja = 0, ca = 0, jb = 0, cb = 0, jc = 0, cc = 0; i < n; i++) {
        o[i] = f(ad[ja] as number, bd[jb] as number, cd[jc] as number);
        if (++ca === ra) {
          ca = 0;
          if (++ja === ma) ja = 0;
        }
        if (++cb === rb) {
          cb = 0;
          if (++jb === mb) jb = 0;
        }
        if (++cc === rc) {
          cc = 0;
          if (++jc === mc) jc = 0;
        }
      }
      sink.commit();
      return;
    }
  }
  const order = out.dimOrder;
  const ao = offsetTable(shape, broadcastStrides(a, shape), order);
  const bo = b ? offsetTable(shape, broadcastStrides(b, shape), order) : null;
  const co = c ? offsetTable(shape, broadcastStrides(c, shape), order) : null;
  const ad = readNumbers(op, a);
  const bd = b ? readNumbers(op, b) : null;
  const cd = c ? readNumbers(op, c) : null;
  const sink = numberSink(op, out);
  const o = sink.values;
  for (let i = 0; i < n; i++) {
    const x = ad[ao === null ? i : (ao[i] as number)] as number;
    const y = bd === null ? Number.NaN : (bd[bo === null ? i : (bo[i] as number)] as number);
    const z = cd === null ? Number.NaN : (cd[co === null ? i : (co[i] as number)] as number);
    o[i] = f(x, y, z);
  }
  sink.commit();
}

/**
 * Elements of an integer or bool tensor as int64 values, in storage order (int64 data is used as is,
 * narrower integers widen exactly).
 */
function readInt64(op: string, t: Tensor): ArrayLike<bigint> {
  if (t.dtype === ScalarType.Long) return t.data as BigInt64Array;
  if (isFloat(t.dtype)) fail(op, `expected an integer tensor, got ${scalarTypeName(t.dtype)}`);
  const src = readNumbers(op, t);
  const res = new BigInt64Array(src.length);
  for (let i = 0; i < res.length; i++) res[i] = BigInt(src[i] as number);
  return res;
}

/** Writes `res` (in `out`'s dim order, logical shape `shape`) into the int64 tensor `out`. */
function writeInt64(out: Tensor, shape: readonly number[], res: BigInt64Array): void {
  const oo = offsetTable(shape, out.strides, out.dimOrder);
  const od = out.data as BigInt64Array;
  if (oo === null) od.set(res);
  else for (let i = 0; i < res.length; i++) od[oo[i] as number] = res[i] as bigint;
}

/** Visits the broadcast pairs of `a` and `b` as int64 values, in `out`'s dim order (after resizing `out`). */
function forEachInt64Pair(
  op: string,
  a: Tensor,
  b: Tensor,
  out: Tensor,
  visit: (i: number, x: bigint, y: bigint) => void,
): readonly number[] {
  const shape = broadcastShapes(op, a.sizes, b.sizes);
  resizeOut(op, out, shape);
  const n = out.numel;
  if (n === 0) return shape;
  const order = out.dimOrder;
  const ao = offsetTable(shape, broadcastStrides(a, shape), order);
  const bo = offsetTable(shape, broadcastStrides(b, shape), order);
  const ad = readInt64(op, a);
  const bd = readInt64(op, b);
  for (let i = 0; i < n; i++) {
    visit(i, ad[ao === null ? i : (ao[i] as number)] as bigint, bd[bo === null ? i : (bo[i] as number)] as bigint);
  }
  return shape;
}

/**
 * out = f(a, b) with broadcasting, exactly in int64: `a` and `b` are integer or bool tensors, `out` is
 * int64; results wrap to 64 bits.
 */
export function mapBinaryInt64(
  op: string,
  a: Tensor,
  b: Tensor,
  out: Tensor,
  f: (x: bigint, y: bigint) => bigint,
): void {
  const res = new BigInt64Array(broadcastShapes(op, a.sizes, b.sizes).reduce((p, d) => p * d, 1));
  const shape = forEachInt64Pair(op, a, b, out, (i, x, y) => {
    res[i] = BigInt.asIntN(64, f(x, y));
  });
  if (res.length > 0) writeInt64(out, shape, res);
}

/**
 * out = cmp(a, b) (1 or 0, written in `out`'s dtype) with broadcasting, comparing integer or bool
 * tensors exactly as int64. `cmp` is an order comparison: its result depends only on whether x is
 * less than, equal to or greater than y.
 */
export function compareInt64(
  op: string,
  a: Tensor,
  b: Tensor,
  out: Tensor,
  cmp: (x: bigint, y: bigint) => boolean,
): void {
  const shape = broadcastShapes(op, a.sizes, b.sizes);
  resizeOut(op, out, shape);
  if (out.numel === 0) return;
  if (a.dtype === ScalarType.Long && b.dtype === ScalarType.Long && LITTLE_ENDIAN) {
    compareInt64Words(op, a, b, out, shape, cmp);
    return;
  }
  const sink = numberSink(op, out);
  const o = sink.values;
  forEachInt64Pair(op, a, b, out, (i, x, y) => {
    o[i] = cmp(x, y) ? 1 : 0;
  });
  sink.commit();
}

/** Whether typed arrays store the low 32-bit word of an int64 first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The 32-bit words of an int64 tensor's elements (element `i` is low word `2i`, high word `2i + 1`). */
function int64Words(t: Tensor): Int32Array {
  const bytes = t.bytes;
  return new Int32Array(bytes.buffer, bytes.byteOffset, 2 * t.numel);
}

/**
 * {@link compareInt64} for two int64 tensors without BigInts: elements are ordered by their signed
 * high words, then their unsigned low words (exact for all 64 bits), and `cmp`'s result for each
 * ordering (less, equal, greater) is worked out once.
 */
function compareInt64Words(
  op: string,
  a: Tensor,
  b: Tensor,
  out: Tensor,
  shape: readonly number[],
  cmp: (x: bigint, y: bigint) => boolean,
): void {
  const lt = cmp(0n, 1n) ? 1 : 0;
  const eq = cmp(0n, 0n) ? 1 : 0;
  const gt = cmp(1n, 0n) ? 1 : 0;
  const aw = int64Words(a);
  const bw = int64Words(b);
  const n = out.numel;
  const sink = numberSink(op, out);
  const o = sink.values;
  const ra = broadcastRun(a, shape);
  const rb = ra > 0 ? broadcastRun(b, shape) : 0;
  const runs = rb > 0 && rowMajor(out.sizes, out.strides);
  const order = out.dimOrder;
  const ao = runs ? null : offsetTable(shape, broadcastStrides(a, shape), order);
  const bo = runs ? null : offsetTable(shape, broadcastStrides(b, shape), order);
  const ma = a.numel;
  const mb = b.numel;
  for (let i = 0, ja = 0, ca = 0, jb = 0, cb = 0; i < n; i++) {
    let ia: number;
    let ib: number;
    if (runs) {
      ia = ja;
      ib = jb;
      if (++ca === ra) {
        ca = 0;
        if (++ja === ma) ja = 0;
      }
      if (++cb === rb) {
        cb = 0;
        if (++jb === mb) jb = 0;
      }
    } else {
      ia = ao === null ? i : (ao[i] as number);
      ib = bo === null ? i : (bo[i] as number);
    }
    const ha = aw[2 * ia + 1] as number;
    const hb = bw[2 * ib + 1] as number;
    if (ha !== hb) o[i] = ha < hb ? lt : gt;
    else {
      const la = (aw[2 * ia] as number) >>> 0;
      const lb = (bw[2 * ib] as number) >>> 0;
      o[i] = la === lb ? eq : la < lb ? lt : gt;
    }
  }
  sink.commit();
}

/** out = f(x) exactly in int64: `x` is an integer or bool tensor, `out` is int64; results wrap to 64 bits. */
export function mapUnaryInt64(op: string, x: Tensor, out: Tensor, f: (v: bigint) => bigint): void {
  resizeOut(op, out, x.sizes);
  const n = out.numel;
  if (n === 0) return;
  const xo = offsetTable(x.sizes, x.strides, out.dimOrder);
  const xd = readInt64(op, x);
  const res = new BigInt64Array(n);
  for (let i = 0; i < n; i++) res[i] = BigInt.asIntN(64, f(xd[xo === null ? i : (xo[i] as number)] as bigint));
  writeInt64(out, x.sizes, res);
}

/**
 * out = cond ? a : b with broadcasting, copying raw elements (exact for every dtype, int64 and half
 * included); `a`, `b` and `out` have one dtype.
 */
export function selectRaw(op: string, cond: Tensor, a: Tensor, b: Tensor, out: Tensor): void {
  const shape = broadcastShapes(op, cond.sizes, a.sizes, b.sizes);
  resizeOut(op, out, shape);
  const n = out.numel;
  if (n === 0) return;
  const rc = broadcastRun(cond, shape);
  const ra = rc > 0 ? broadcastRun(a, shape) : 0;
  const rb = ra > 0 ? broadcastRun(b, shape) : 0;
  if (rb > 0 && rowMajor(out.sizes, out.strides)) {
    selectRuns(op, cond, rc, a, ra, b, rb, out);
    return;
  }
  const order = out.dimOrder;
  const co = offsetTable(shape, broadcastStrides(cond, shape), order);
  const ao = offsetTable(shape, broadcastStrides(a, shape), order);
  const bo = offsetTable(shape, broadcastStrides(b, shape), order);
  const oo = offsetTable(shape, out.strides, order);
  const cd = readNumbers(op, cond);
  const ad = a.data as unknown as ArrayLike<unknown>;
  const bd = b.data as unknown as ArrayLike<unknown>;
  const od = out.data as unknown as { [i: number]: unknown };
  for (let i = 0; i < n; i++) {
    const c = cd[co === null ? i : (co[i] as number)] as number;
    od[oo === null ? i : (oo[i] as number)] =
      c !== 0 ? ad[ao === null ? i : (ao[i] as number)] : bd[bo === null ? i : (bo[i] as number)];
  }
}

/**
 * {@link selectRaw} when every operand reads as runs of its storage along `out`'s row-major walk (see
 * {@link broadcastRun}; `rc`, `ra`, `rb` are the run lengths) and `out` is row-major.
 */
function selectRuns(
  op: string,
  cond: Tensor,
  rc: number,
  a: Tensor,
  ra: number,
  b: Tensor,
  rb: number,
  out: Tensor,
): void {
  const n = out.numel;
  const cd = readNumbers(op, cond);
  if (out.dtype === ScalarType.Float && ra === 1 && rb === 1 && a.numel === n && b.numel === n && rc === 1) {
    selectBlocksF32(cd, cond.numel, a.data as Float32Array, b.data as Float32Array, out.data as Float32Array, n);
    return;
  }
  const ad = a.data as unknown as ArrayLike<unknown>;
  const bd = b.data as unknown as ArrayLike<unknown>;
  const od = out.data as unknown as { [i: number]: unknown };
  const mc = cond.numel;
  const ma = a.numel;
  const mb = b.numel;
  for (let i = 0, jc = 0, cc = 0, ja = 0, ca = 0, jb = 0, cb = 0; i < n; i++) {
    od[i] = (cd[jc] as number) !== 0 ? ad[ja] : bd[jb];
    if (++cc === rc) {
      cc = 0;
      if (++jc === mc) jc = 0;
    }
    if (++ca === ra) {
      ca = 0;
      if (++ja === ma) ja = 0;
    }
    if (++cb === rb) {
      cb = 0;
      if (++jb === mb) jb = 0;
    }
  }
}

/**
 * Float `where` with whole `a` and `b` and a condition that repeats a block of `mc` elements (an
 * attention mask): a loop over float arrays only, so element access stays monomorphic.
 */
function selectBlocksF32(
  cd: ArrayLike<number>,
  mc: number,
  ad: Float32Array,
  bd: Float32Array,
  od: Float32Array,
  n: number,
): void {
  for (let i = 0; i < n; i += mc) {
    for (let j = 0; j < mc; j++) od[i + j] = (cd[j] as number) !== 0 ? (ad[i + j] as number) : (bd[i + j] as number);
  }
}
