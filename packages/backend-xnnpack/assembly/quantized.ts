// Kindling's statically quantized int8 (qs8) WebAssembly kernels (AssemblyScript, SIMD128).
//
// Exported through assembly/kernels.ts; built by scripts/build-wasm.mjs with the fp32 kernels.
// The TypeScript kernels in src/kernels/quantized-gemm.ts are the reference: accumulation is exact
// int32 arithmetic (so its order does not matter), and the requantization follows the reference
// operation by operation in fp32: `v = fp32(acc + bias) * scale + fp32Bias`, clamped to
// `[qmin - zo, qmax - zo]`, rounded to nearest even, plus the output zero point `zo`.
//
// Activations enter the GEMM as int16 `x - inputZeroPoint` (so padding is 0), gathered per block
// of output pixels into `scratch`, K padded to even with a 0. Packed GEMM weights ("panels", see
// src/kernels/qs8-packing.ts): per 8 output channels a 96-byte header (8 int32 biases, 8 fp32
// requantization scales, 8 fp32 biases already divided by the output scale) followed by K/2 rows
// of 16 int16 weights, the pairs (k, k + 1) of channels 0..7, so `i32x4.dot_i16x8_s` of a
// splatted input pair with one half of a row adds two products to each of 4 channels.

/** Bytes of a panel's header. */
const HEADER = 96;
/** `1.5 * 2^23`: adding it to an fp32 of magnitude < 2^22 rounds to an integer (ties to even). */
const MAGIC: f32 = 12582912.0;
const MAGIC_BITS: i32 = 0x4b400000;

function min32(a: i32, b: i32): i32 {
  return a < b ? a : b;
}

/** Start of part `part` when `count` items are split into `parts` near-equal ranges. */
function splitRange(count: i32, part: i32, parts: i32): i32 {
  return <i32>((<i64>count * <i64>part) / <i64>parts);
}

// ---------------------------------------------------------------------------------------------
// Requantization of 4 int32 accumulators (bias already added) to int32 `round(v) + zo`:
// `magic` is `MAGIC_BITS - zo` so the rounding trick subtracts the magic and adds `zo` at once.

function requant4(acc: v128, scale: v128, bias: v128, lo: v128, hi: v128, magic: v128): v128 {
  let v = f32x4.add(f32x4.mul(f32x4.convert_i32x4_s(acc), scale), bias);
  v = f32x4.pmin(hi, f32x4.pmax(lo, v));
  return i32x4.sub(f32x4.add(v, f32x4.splat(MAGIC)), magic);
}

/** Requantizes 8 accumulators (scales `s0`, `s1`, fp32 biases `f0`, `f1`) to 8 int8 lanes (the low 8 bytes). */
function requantRow(a0: v128, a1: v128, s0: v128, s1: v128, f0: v128, f1: v128, lo: v128, hi: v128, magic: v128): v128 {
  const h = i16x8.narrow_i32x4_s(requant4(a0, s0, f0, lo, hi, magic), requant4(a1, s1, f1, lo, hi, magic));
  return i8x16.narrow_i16x8_s(h, h);
}

/** Stores the first `n` (1..8) int8 lanes of `v` at `p`. */
function storeBytes(p: usize, v: v128, n: i32): void {
  if (n === 8) {
    v128.store64_lane(p, v, 0);
    return;
  }
  if (n & 4) {
    v128.store32_lane(p, v, 0);
    v = v128.shuffle<u8>(v, v, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0);
    p += 4;
  }
  if (n & 2) {
    v128.store16_lane(p, v, 0);
    v = v128.shuffle<u8>(v, v, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0);
    p += 2;
  }
  if (n & 1) v128.store8_lane(p, v, 0);
}

/** Scalar requantization of one accumulator (the vector path's operations, one lane). */
function requant1(acc: i32, scale: f32, bias: f32, lo: f32, hi: f32, zo: i32): i32 {
  let v = <f32>acc * scale + bias;
  v = v < lo ? lo : v > hi ? hi : v;
  return <i32>nearest<f32>(v) + zo;
}

// ---------------------------------------------------------------------------------------------
// GEMM microkernel: C[mr, nc] (int8, row stride `ldc` bytes) from A[mr, kp] (int16, row stride
// `lda` bytes) and one panel. Rows past `mr` alias the last valid row (same values, same place).

function qukernel4x8(
  mr: i32,
  nc: i32,
  kp: i32,
  a: usize,
  lda: usize,
  w: usize,
  c: usize,
  ldc: usize,
  lo: v128,
  hi: v128,
  magic: v128,
): void {
  let a0 = a;
  const c0 = c;
  let a1 = a0 + lda;
  let c1 = c0 + ldc;
  if (mr < 2) {
    a1 = a0;
    c1 = c0;
  }
  let a2 = a1 + lda;
  let c2 = c1 + ldc;
  if (mr <= 2) {
    a2 = a1;
    c2 = c1;
  }
  let a3 = a2 + lda;
  let c3 = c2 + ldc;
  if (mr < 4) {
    a3 = a2;
    c3 = c2;
  }
  let acc00 = v128.load(w);
  let acc01 = v128.load(w, 16);
  let acc10 = acc00;
  let acc11 = acc01;
  let acc20 = acc00;
  let acc21 = acc01;
  let acc30 = acc00;
  let acc31 = acc01;
  let wp = w + HEADER;
  for (let k = kp; k > 0; k -= 2) {
    const b0 = v128.load(wp);
    const b1 = v128.load(wp, 16);
    wp += 32;
    const x0 = v128.load32_splat(a0);
    a0 += 4;
    acc00 = i32x4.add(acc00, i32x4.dot_i16x8_s(x0, b0));
    acc01 = i32x4.add(acc01, i32x4.dot_i16x8_s(x0, b1));
    const x1 = v128.load32_splat(a1);
    a1 += 4;
    acc10 = i32x4.add(acc10, i32x4.dot_i16x8_s(x1, b0));
    acc11 = i32x4.add(acc11, i32x4.dot_i16x8_s(x1, b1));
    const x2 = v128.load32_splat(a2);
    a2 += 4;
    acc20 = i32x4.add(acc20, i32x4.dot_i16x8_s(x2, b0));
    acc21 = i32x4.add(acc21, i32x4.dot_i16x8_s(x2, b1));
    const x3 = v128.load32_splat(a3);
    a3 += 4;
    acc30 = i32x4.add(acc30, i32x4.dot_i16x8_s(x3, b0));
    acc31 = i32x4.add(acc31, i32x4.dot_i16x8_s(x3, b1));
  }
  // The panel's scales and fp32 biases, loaded once for the 4 rows.
  const s0 = v128.load(w, 32);
  const s1 = v128.load(w, 48);
  const f0 = v128.load(w, 64);
  const f1 = v128.load(w, 80);
  // Stored last row first, so aliased rows end with the valid row's (identical) values.
  storeBytes(c3, requantRow(acc30, acc31, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c2, requantRow(acc20, acc21, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c1, requantRow(acc10, acc11, s0, s1, f0, f1, lo, hi, magic), nc);
  storeBytes(c0, requantRow(acc00, acc01, s0, s1, f0, f1, lo, hi, magic), nc);
}

/**
 * `C = requantize(A @ W)`: A is `[m, kp]` int16 (row stride `lda` elements, `kp` even), W the
 * panels of `n` output channels, C `[m, n]` int8 (row stride `ldc` bytes). `lo`/`hi` are the
 * output range minus the zero point `zo`.
 */
export function qs8_gemm(
  m: i32,
  n: i32,
  kp: i32,
  a: usize,
  lda: i32,
  w: usize,
  c: usize,
  ldc: i32,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const ldaB = (<usize>lda) << 1;
  const ldcB = <usize>ldc;
  const panelBytes = <usize>HEADER + ((<usize>kp) << 4);
  for (let n0 = 0; n0 < n; n0 += 8) {
    const nc = min32(8, n - n0);
    let ap = a;
    let cp = c + <usize>n0;
    for (let m0 = 0; m0 < m; m0 += 4) {
      qukernel4x8(min32(4, m - m0), nc, kp, ap, ldaB, w, cp, ldcB, vlo, vhi, magic);
      ap += ldaB << 2;
      cp += ldcB << 2;
    }
    w += panelBytes;
  }
}

// ---------------------------------------------------------------------------------------------
// Gathering: int8 activations to int16 `x - zx`.

/** `dst[i] = src[i] - zx` for `count` elements (int8 to int16). */
function widen(src: usize, dst: usize, count: i32, zx: v128, zxs: i32): void {
  let i = 0;
  for (; i + 16 <= count; i += 16) {
    const v = v128.load(src + <usize>i);
    const d = dst + ((<usize>i) << 1);
    v128.store(d, i16x8.sub(i16x8.extend_low_i8x16_s(v), zx));
    v128.store(d, i16x8.sub(i16x8.extend_high_i8x16_s(v), zx), 16);
  }
  if (i + 8 <= count) {
    v128.store(dst + ((<usize>i) << 1), i16x8.sub(v128.load8x8_s(src + <usize>i), zx));
    i += 8;
  }
  for (; i < count; i++) store<i16>(dst + ((<usize>i) << 1), <i16>(<i32>load<i8>(src + <usize>i) - zxs));
}

/**
 * {@link widen} in whole vectors of 8: may read up to 7 bytes past `src + count` and write up to 7
 * int16 past `dst + count` (the gather writes in increasing order, so later writes replace them; the
 * scratch has room for the last row's).
 */
function widenOver(src: usize, dst: usize, count: i32, zx: v128): void {
  let i = 0;
  for (; i + 16 <= count; i += 16) {
    const v = v128.load(src + <usize>i);
    const d = dst + ((<usize>i) << 1);
    v128.store(d, i16x8.sub(i16x8.extend_low_i8x16_s(v), zx));
    v128.store(d, i16x8.sub(i16x8.extend_high_i8x16_s(v), zx), 16);
  }
  for (; i < count; i += 8) v128.store(dst + ((<usize>i) << 1), i16x8.sub(v128.load8x8_s(src + <usize>i), zx));
}

/**
 * Quantized convolution (NHWC, one group; a fully connected layer is the 1x1 case over `[rows, 1]`
 * pixels). Blocks of `rowsPerBlock` output pixels are gathered into `scratch` (`rowsPerBlock * kp`
 * int16 plus 16 bytes, K ordered [ky][kx][ci] like the OHWI filter) and multiplied by the panels at `w`.
 */
export function qs8_conv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  inC: i32,
  outC: i32,
  zx: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  qs8_conv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    inC,
    outC,
    zx,
    input,
    w,
    out,
    scratch,
    rowsPerBlock,
    lo,
    hi,
    zo,
    0,
    1,
  );
}

/** Part `part` of `parts` of {@link qs8_conv2d}: a range of pixel blocks, gathered into its own `scratch`. */
export function qs8_conv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  inC: i32,
  outC: i32,
  zx: i32,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  rowsPerBlock: i32,
  lo: f32,
  hi: f32,
  zo: i32,
  part: i32,
  parts: i32,
): void {
  const k = kh * kw * inC;
  const kp = (k + 1) & ~1;
  const rowBytes = (<usize>kp) << 1;
  const tapBytes = (<usize>inC) << 1;
  const zxv = i16x8.splat(<i16>zx);
  const pixels = oh * ow;
  const blocksPerImage = (pixels + rowsPerBlock - 1) / rowsPerBlock;
  const b0 = splitRange(batch * blocksPerImage, part, parts);
  const b1 = splitRange(batch * blocksPerImage, part + 1, parts);
  const pointwise = kh === 1 && kw === 1 && sh === 1 && sw === 1 && padTop === 0 && padLeft === 0;
  for (let blk = b0; blk < b1; blk++) {
    const b = blk / blocksPerImage;
    const p0 = (blk - b * blocksPerImage) * rowsPerBlock;
    const rows = min32(rowsPerBlock, pixels - p0);
    const inImage = input + <usize>b * <usize>ih * <usize>iw * <usize>inC;
    let dst = scratch;
    if (pointwise && oh === ih && ow === iw && kp === k) {
      // The block's input pixels are contiguous and the rows need no padding: widen at once.
      widen(inImage + <usize>p0 * <usize>inC, dst, rows * k, zxv, zx);
    } else {
      for (let r = 0; r < rows; r++) {
        const p = p0 + r;
        const oy = p / ow;
        const ox = p - oy * ow;
        let d = dst;
        const ix0 = ox * sw - padLeft;
        // The taps of one filter row are one run of input when they are adjacent and all inside.
        const wholeRow = dw === 1 && ix0 >= 0 && ix0 + kw <= iw;
        for (let y = 0; y < kh; y++) {
          const iy = oy * sh - padTop + y * dh;
          if (iy < 0 || iy >= ih) {
            memory.fill(d, 0, tapBytes * <usize>kw);
            d += tapBytes * <usize>kw;
          } else if (wholeRow) {
            widenOver(inImage + (<usize>iy * <usize>iw + <usize>ix0) * <usize>inC, d, kw * inC, zxv);
            d += tapBytes * <usize>kw;
          } else {
            for (let x = 0; x < kw; x++) {
              const ix = ix0 + x * dw;
              if (ix < 0 || ix >= iw) memory.fill(d, 0, tapBytes);
              else widenOver(inImage + (<usize>iy * <usize>iw + <usize>ix) * <usize>inC, d, inC, zxv);
              d += tapBytes;
            }
          }
        }
        if (kp !== k) store<i16>(d, 0);
        dst += rowBytes;
      }
    }
    const outBlock = out + (<usize>b * <usize>pixels + <usize>p0) * <usize>outC;
    qs8_gemm(rows, outC, kp, scratch, kp, w, outBlock, outC, lo, hi, zo);
  }
}

// ---------------------------------------------------------------------------------------------
// Depthwise convolution, channel multiplier 1. Weights packed as a header of `cp` int32 biases
// (minus the input zero point times the channel's weight sum), `cp` fp32 scales and `cp` fp32
// biases, then one row per pair of filter taps (the tap count rounded up to even, the last pair
// padded with zero weights) of `cp` interleaved int16 pairs `(w[t][c], w[t + 1][c])` (`cp` is the
// channel count rounded up to 8; padding lanes are 0). Taps outside the image read `zeroRow`,
// `channels` bytes of the input zero point, so every output sums over all taps of raw inputs and
// the header's correction makes that the sum of `x - zx`. `scratch` holds two tables of 4 bytes per
// tap of the padded count: the taps' offsets inside the image, and the border pixels' tap addresses.

export function qs8_dwconv2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  zeroRow: usize,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  lo: f32,
  hi: f32,
  zo: i32,
): void {
  qs8_dwconv2d_part(
    batch,
    ih,
    iw,
    oh,
    ow,
    channels,
    kh,
    kw,
    sh,
    sw,
    dh,
    dw,
    padTop,
    padLeft,
    zeroRow,
    input,
    w,
    out,
    scratch,
    lo,
    hi,
    zo,
    0,
    1,
  );
}

/** Adds two taps of 4 channels: `x16` holds the inputs `(x[t][c], x[t + 1][c])`, `w` their weights. */
function dwPair(acc: v128, x16: v128, w: v128): v128 {
  return i32x4.add(acc, i32x4.dot_i16x8_s(x16, w));
}

/** Part `part` of `parts` of {@link qs8_dwconv2d}: a range of output rows; `scratch` is the part's own. */
export function qs8_dwconv2d_part(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  kh: i32,
  kw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  zeroRow: usize,
  input: usize,
  w: usize,
  out: usize,
  scratch: usize,
  lo: f32,
  hi: f32,
  zo: i32,
  part: i32,
  parts: i32,
): void {
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const cp = (channels + 7) & ~7;
  const cpB = <usize>cp;
  const scales = w + (cpB << 2);
  const biases = w + (cpB << 3);
  const rows = w + cpB * 12;
  const pairRow = cpB << 2;
  const taps = kh * kw;
  const pairs = (taps + 1) >> 1;
  const pixel = <usize>channels;
  const r0 = splitRange(batch * oh, part, parts);
  const r1 = splitRange(batch * oh, part + 1, parts);
  // Two tables of one entry per tap (the count rounded up to even): at `scratch`, the taps' byte
  // offsets from an interior pixel's first tap (the same for every such pixel); after it, the
  // taps' addresses for a pixel at the border (the zero row for taps outside the image). The
  // padding tap of an odd count reads the first tap or the zero row (its weights are 0).
  const offsets = scratch;
  const border = scratch + ((<usize>(pairs * 2)) << 2);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++)
      store<u32>(offsets + ((<usize>(y * kw + x)) << 2), <u32>(<usize>(y * dh * iw + x * dw) * pixel));
  if (taps & 1) {
    store<u32>(offsets + ((<usize>taps) << 2), 0);
    store<u32>(border + ((<usize>taps) << 2), <u32>zeroRow);
  }
  const yLast = (kh - 1) * dh;
  const xLast = (kw - 1) * dw;
  let o = out + <usize>r0 * <usize>ow * pixel;
  for (let r = r0; r < r1; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>b * <usize>ih * <usize>iw * pixel;
    const y0 = oy * sh - padTop;
    const rowInside = y0 >= 0 && y0 + yLast < ih;
    for (let ox = 0; ox < ow; ox++) {
      const x0 = ox * sw - padLeft;
      // Tap t reads `base + table[t] + c`.
      let table = offsets;
      let base: usize = 0;
      if (rowInside && x0 >= 0 && x0 + xLast < iw) base = inImage + (<usize>y0 * <usize>iw + <usize>x0) * pixel;
      else {
        table = border;
        let t = border;
        for (let y = 0; y < kh; y++) {
          const iy = y0 + y * dh;
          for (let x = 0; x < kw; x++) {
            const ix = x0 + x * dw;
            const ok = iy >= 0 && iy < ih && ix >= 0 && ix < iw;
            store<u32>(t, <u32>(ok ? inImage + (<usize>iy * <usize>iw + <usize>ix) * pixel : zeroRow));
            t += 4;
          }
        }
      }
      const at = base;
      let c = 0;
      for (; c + 16 <= channels; c += 16) {
        const cb = <usize>c;
        const hdr = w + (cb << 2);
        let acc0 = v128.load(hdr);
        let acc1 = v128.load(hdr, 16);
        let acc2 = v128.load(hdr, 32);
        let acc3 = v128.load(hdr, 48);
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          const xa = v128.load(at + <usize>load<u32>(tp) + cb);
          const xb = v128.load(at + <usize>load<u32>(tp, 4) + cb);
          const l = v128.shuffle<u8>(xa, xb, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
          const h = v128.shuffle<u8>(xa, xb, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
          acc0 = dwPair(acc0, i16x8.extend_low_i8x16_s(l), v128.load(wp));
          acc1 = dwPair(acc1, i16x8.extend_high_i8x16_s(l), v128.load(wp, 16));
          acc2 = dwPair(acc2, i16x8.extend_low_i8x16_s(h), v128.load(wp, 32));
          acc3 = dwPair(acc3, i16x8.extend_high_i8x16_s(h), v128.load(wp, 48));
          tp += 8;
          wp += pairRow;
        }
        const sc = scales + (cb << 2);
        const bi = biases + (cb << 2);
        const q0 = requant4(acc0, v128.load(sc), v128.load(bi), vlo, vhi, magic);
        const q1 = requant4(acc1, v128.load(sc, 16), v128.load(bi, 16), vlo, vhi, magic);
        const q2 = requant4(acc2, v128.load(sc, 32), v128.load(bi, 32), vlo, vhi, magic);
        const q3 = requant4(acc3, v128.load(sc, 48), v128.load(bi, 48), vlo, vhi, magic);
        v128.store(o + cb, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
      }
      if (c + 8 <= channels) {
        const cb = <usize>c;
        const hdr = w + (cb << 2);
        let acc0 = v128.load(hdr);
        let acc1 = v128.load(hdr, 16);
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          const xa = v128.load64_zero(at + <usize>load<u32>(tp) + cb);
          const xb = v128.load64_zero(at + <usize>load<u32>(tp, 4) + cb);
          const l = v128.shuffle<u8>(xa, xb, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
          acc0 = dwPair(acc0, i16x8.extend_low_i8x16_s(l), v128.load(wp));
          acc1 = dwPair(acc1, i16x8.extend_high_i8x16_s(l), v128.load(wp, 16));
          tp += 8;
          wp += pairRow;
        }
        const sc = scales + (cb << 2);
        const bi = biases + (cb << 2);
        const q0 = requant4(acc0, v128.load(sc), v128.load(bi), vlo, vhi, magic);
        const q1 = requant4(acc1, v128.load(sc, 16), v128.load(bi, 16), vlo, vhi, magic);
        const h = i16x8.narrow_i32x4_s(q0, q1);
        v128.store64_lane(o + cb, i8x16.narrow_i16x8_s(h, h), 0);
        c += 8;
      }
      for (; c < channels; c++) {
        const cb = <usize>c;
        let acc = load<i32>(w + (cb << 2));
        let wp = rows + (cb << 2);
        let tp = table;
        for (let p = 0; p < pairs; p++) {
          acc += <i32>load<i8>(at + <usize>load<u32>(tp) + cb) * <i32>load<i16>(wp);
          acc += <i32>load<i8>(at + <usize>load<u32>(tp, 4) + cb) * <i32>load<i16>(wp, 2);
          tp += 8;
          wp += pairRow;
        }
        const q = requant1(acc, load<f32>(scales + (cb << 2)), load<f32>(biases + (cb << 2)), lo, hi, zo);
        store<i8>(o + cb, <i8>q);
      }
      o += pixel;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Element-wise qs8: XNNPACK's fixed-point addition and the fp32 -> qs8 conversion.

/** Adds 16 lanes of `a` and `b` (int8) with the fixed-point parameters; saturated int8 lanes. */
function add16(va: v128, vb: v128, am: v128, bm: v128, bias: v128, shift: i32, zo: v128, lo: v128, hi: v128): v128 {
  const a0 = i16x8.extend_low_i8x16_s(va);
  const a1 = i16x8.extend_high_i8x16_s(va);
  const b0 = i16x8.extend_low_i8x16_s(vb);
  const b1 = i16x8.extend_high_i8x16_s(vb);
  const s0 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_low_i16x8_s(a0), am), i32x4.mul(i32x4.extend_low_i16x8_s(b0), bm)),
  );
  const s1 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_high_i16x8_s(a0), am), i32x4.mul(i32x4.extend_high_i16x8_s(b0), bm)),
  );
  const s2 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_low_i16x8_s(a1), am), i32x4.mul(i32x4.extend_low_i16x8_s(b1), bm)),
  );
  const s3 = i32x4.add(
    bias,
    i32x4.add(i32x4.mul(i32x4.extend_high_i16x8_s(a1), am), i32x4.mul(i32x4.extend_high_i16x8_s(b1), bm)),
  );
  // Arithmetic shifts floor; saturating narrows keep every out-of-range value out of range.
  const h0 = i16x8.add_sat_s(i16x8.narrow_i32x4_s(i32x4.shr_s(s0, shift), i32x4.shr_s(s1, shift)), zo);
  const h1 = i16x8.add_sat_s(i16x8.narrow_i32x4_s(i32x4.shr_s(s2, shift), i32x4.shr_s(s3, shift)), zo);
  return i8x16.min_s(hi, i8x16.max_s(lo, i8x16.narrow_i16x8_s(h0, h1)));
}

/** One lane of {@link add16}. */
function add1(a: i32, b: i32, am: i32, bm: i32, bias: i32, shift: i32, zo: i32, qmin: i32, qmax: i32): i32 {
  const v = ((bias + a * am + b * bm) >> shift) + zo;
  return v < qmin ? qmin : v > qmax ? qmax : v;
}

/**
 * `out = clamp(((bias + a * am + b * bm) >> shift) + zo, qmin, qmax)` over `n` int8 elements of
 * `a`; `b` has `bLen` elements repeated over `a` (`n` a multiple of `bLen`).
 */
export function qs8_add(
  n: i32,
  a: usize,
  am: i32,
  b: usize,
  bLen: i32,
  bm: i32,
  bias: i32,
  shift: i32,
  zo: i32,
  qmin: i32,
  qmax: i32,
  out: usize,
): void {
  const vam = i32x4.splat(am);
  const vbm = i32x4.splat(bm);
  const vzo = i16x8.splat(<i16>zo);
  const lo = i8x16.splat(<i8>qmin);
  const hi = i8x16.splat(<i8>qmax);
  if (bLen === 1) {
    // A scalar b: its term joins the bias.
    const bs = <i32>load<i8>(b);
    const vbias = i32x4.splat(bias + bs * bm);
    const zero = i32x4.splat(0);
    let i = 0;
    for (; i + 16 <= n; i += 16) {
      const off = <usize>i;
      v128.store(out + off, add16(v128.load(a + off), zero, vam, zero, vbias, shift, vzo, lo, hi));
    }
    for (; i < n; i++) {
      const off = <usize>i;
      store<i8>(out + off, <i8>add1(<i32>load<i8>(a + off), bs, am, bm, bias, shift, zo, qmin, qmax));
    }
    return;
  }
  const vbias = i32x4.splat(bias);
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j + 16 <= bLen; j += 16) {
      const off = <usize>j;
      v128.store(out + off, add16(v128.load(a + off), v128.load(b + off), vam, vbm, vbias, shift, vzo, lo, hi));
    }
    for (; j < bLen; j++) {
      const off = <usize>j;
      const r = add1(<i32>load<i8>(a + off), <i32>load<i8>(b + off), am, bm, bias, shift, zo, qmin, qmax);
      store<i8>(out + off, <i8>r);
    }
    a += <usize>bLen;
    out += <usize>bLen;
  }
}

/** Quantizes 4 fp32 lanes: `clamp(round(x * inv), lo, hi) + zp` as int32, NaN as 0. */
function quantize4(x: v128, inv: v128, lo: v128, hi: v128, magic: v128): v128 {
  const v = f32x4.mul(x, inv);
  const r = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, v)), f32x4.splat(MAGIC)), magic);
  return v128.and(r, f32x4.eq(v, v));
}

/**
 * fp32 -> qs8: `out[i] = clamp(roundEven(fp32(x[i] * inv)) + zp, qmin, qmax)`, NaN as 0 (the
 * reference's conversion of NaN to int8).
 */
export function qs8_quantize(n: i32, x: usize, inv: f32, zp: i32, qmin: i32, qmax: i32, out: usize): void {
  const vinv = f32x4.splat(inv);
  const flo = <f32>(qmin - zp);
  const fhi = <f32>(qmax - zp);
  const lo = f32x4.splat(flo);
  const hi = f32x4.splat(fhi);
  const magic = i32x4.splat(MAGIC_BITS - zp);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const src = x + ((<usize>i) << 2);
    const r0 = quantize4(v128.load(src), vinv, lo, hi, magic);
    const r1 = quantize4(v128.load(src, 16), vinv, lo, hi, magic);
    const r2 = quantize4(v128.load(src, 32), vinv, lo, hi, magic);
    const r3 = quantize4(v128.load(src, 48), vinv, lo, hi, magic);
    v128.store(out + <usize>i, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(r0, r1), i16x8.narrow_i32x4_s(r2, r3)));
  }
  for (; i < n; i++) {
    const v = load<f32>(x + ((<usize>i) << 2)) * inv;
    let q = 0;
    // Not NaN (the exponent all ones with a nonzero fraction).
    if ((reinterpret<u32>(v) & 0x7fffffff) <= 0x7f800000) q = <i32>nearest<f32>(v < flo ? flo : v > fhi ? fhi : v) + zp;
    store<i8>(out + <usize>i, <i8>q);
  }
}

// ---------------------------------------------------------------------------------------------
// Max pooling of qs8 values (NHWC). Max commutes with the monotonic quantization, so it runs on the
// integers; padding never wins, and an output whose window holds no input pixel is 0.

export function qs8_maxpool2d(
  batch: i32,
  ih: i32,
  iw: i32,
  oh: i32,
  ow: i32,
  channels: i32,
  ph: i32,
  pw: i32,
  sh: i32,
  sw: i32,
  dh: i32,
  dw: i32,
  padTop: i32,
  padLeft: i32,
  input: usize,
  out: usize,
): void {
  const pixel = <usize>channels;
  const dxB = <usize>dw * pixel;
  const dyB = <usize>dh * <usize>iw * pixel;
  let o = out;
  for (let r = 0; r < batch * oh; r++) {
    const b = r / oh;
    const oy = r - b * oh;
    const inImage = input + <usize>b * <usize>ih * <usize>iw * pixel;
    const y0 = oy * sh - padTop;
    const ky0 = y0 >= 0 ? 0 : (-y0 + dh - 1) / dh;
    const ky1 = min32(ph, y0 >= ih ? 0 : (ih - y0 + dh - 1) / dh);
    for (let ox = 0; ox < ow; ox++) {
      const x0 = ox * sw - padLeft;
      const kx0 = x0 >= 0 ? 0 : (-x0 + dw - 1) / dw;
      const kx1 = min32(pw, x0 >= iw ? 0 : (iw - x0 + dw - 1) / dw);
      if (ky0 >= ky1 || kx0 >= kx1) {
        memory.fill(o, 0, pixel);
        o += pixel;
        continue;
      }
      const first = inImage + (<usize>(y0 + ky0 * dh) * <usize>iw + <usize>(x0 + kx0 * dw)) * pixel;
      let c = 0;
      for (; c + 16 <= channels; c += 16) {
        let ir = first + <usize>c;
        let acc = v128.load(ir);
        for (let y = ky0; y < ky1; y++) {
          let ip = ir;
          for (let x = kx0; x < kx1; x++) {
            acc = i8x16.max_s(acc, v128.load(ip));
            ip += dxB;
          }
          ir += dyB;
        }
        v128.store(o + <usize>c, acc);
      }
      for (; c < channels; c++) {
        let ir = first + <usize>c;
        let acc = <i32>load<i8>(ir);
        for (let y = ky0; y < ky1; y++) {
          let ip = ir;
          for (let x = kx0; x < kx1; x++) {
            const v = <i32>load<i8>(ip);
            if (v > acc) acc = v;
            ip += dxB;
          }
          ir += dyB;
        }
        store<i8>(o + <usize>c, <i8>acc);
      }
      o += pixel;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// qs8 multiplication with fp32 requantization: `fp32((a - za) * (b - zb)) * scale`, clamped to
// `[lo, hi]` (the output range minus `zo`), rounded to nearest even, plus `zo`.

/** 8 products of int16 lanes `a16 * b16`, requantized to 8 int16 lanes. */
function mul8(a16: v128, b16: v128, scale: v128, lo: v128, hi: v128, magic: v128): v128 {
  const p0 = f32x4.convert_i32x4_s(i32x4.extmul_low_i16x8_s(a16, b16));
  const p1 = f32x4.convert_i32x4_s(i32x4.extmul_high_i16x8_s(a16, b16));
  const mf = f32x4.splat(MAGIC);
  const r0 = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, f32x4.mul(p0, scale))), mf), magic);
  const r1 = i32x4.sub(f32x4.add(f32x4.pmin(hi, f32x4.pmax(lo, f32x4.mul(p1, scale))), mf), magic);
  return i16x8.narrow_i32x4_s(r0, r1);
}

function mul1(a: i32, b: i32, scale: f32, lo: f32, hi: f32, zo: i32): i32 {
  let v = <f32>(a * b) * scale;
  v = v < lo ? lo : v > hi ? hi : v;
  return <i32>nearest<f32>(v) + zo;
}

/**
 * `out = a * b` over `n` int8 elements of `a` (zero points `za`, `zb`); `b` has `bLen` elements
 * repeated over `a` (`n` a multiple of `bLen`).
 */
export function qs8_mul(
  n: i32,
  a: usize,
  za: i32,
  b: usize,
  bLen: i32,
  zb: i32,
  scale: f32,
  lo: f32,
  hi: f32,
  zo: i32,
  out: usize,
): void {
  const vza = i16x8.splat(<i16>za);
  const vzb = i16x8.splat(<i16>zb);
  const vscale = f32x4.splat(scale);
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  if (bLen === 1) {
    const bs = <i32>load<i8>(b) - zb;
    const vb = i16x8.splat(<i16>bs);
    let i = 0;
    for (; i + 16 <= n; i += 16) {
      const off = <usize>i;
      const va = v128.load(a + off);
      const h0 = mul8(i16x8.sub(i16x8.extend_low_i8x16_s(va), vza), vb, vscale, vlo, vhi, magic);
      const h1 = mul8(i16x8.sub(i16x8.extend_high_i8x16_s(va), vza), vb, vscale, vlo, vhi, magic);
      v128.store(out + off, i8x16.narrow_i16x8_s(h0, h1));
    }
    for (; i < n; i++) {
      const off = <usize>i;
      store<i8>(out + off, <i8>mul1(<i32>load<i8>(a + off) - za, bs, scale, lo, hi, zo));
    }
    return;
  }
  for (let base = 0; base < n; base += bLen) {
    let j = 0;
    for (; j + 16 <= bLen; j += 16) {
      const off = <usize>j;
      const va = v128.load(a + off);
      const vb = v128.load(b + off);
      const a0 = i16x8.sub(i16x8.extend_low_i8x16_s(va), vza);
      const a1 = i16x8.sub(i16x8.extend_high_i8x16_s(va), vza);
      const b0 = i16x8.sub(i16x8.extend_low_i8x16_s(vb), vzb);
      const b1 = i16x8.sub(i16x8.extend_high_i8x16_s(vb), vzb);
      const h0 = mul8(a0, b0, vscale, vlo, vhi, magic);
      const h1 = mul8(a1, b1, vscale, vlo, vhi, magic);
      v128.store(out + off, i8x16.narrow_i16x8_s(h0, h1));
    }
    for (; j < bLen; j++) {
      const off = <usize>j;
      const r = mul1(<i32>load<i8>(a + off) - za, <i32>load<i8>(b + off) - zb, scale, lo, hi, zo);
      store<i8>(out + off, <i8>r);
    }
    a += <usize>bLen;
    out += <usize>bLen;
  }
}

/** qs8 -> fp32: `out[i] = fp32(x[i] - zp) * scale`. */
export function qs8_dequantize(n: i32, x: usize, zp: i32, scale: f32, out: usize): void {
  const vzp = i16x8.splat(<i16>zp);
  const vscale = f32x4.splat(scale);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const v = v128.load(x + <usize>i);
    const l = i16x8.sub(i16x8.extend_low_i8x16_s(v), vzp);
    const h = i16x8.sub(i16x8.extend_high_i8x16_s(v), vzp);
    const dst = out + ((<usize>i) << 2);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(l)), vscale));
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(l)), vscale), 16);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(h)), vscale), 32);
    v128.store(dst, f32x4.mul(f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(h)), vscale), 48);
  }
  for (; i < n; i++) store<f32>(out + ((<usize>i) << 2), <f32>(<i32>load<i8>(x + <usize>i) - zp) * scale);
}

// ---------------------------------------------------------------------------------------------
// Hard swish on fp32 values (the fp32 islands of quantized MobileNetV3 graphs), computed in f64
// exactly as the TypeScript reference does, `x * min(max(x + 3, 0), 6) / 6`, then rounded to fp32.

function hardswish2(x: v128): v128 {
  const t = f64x2.min(f64x2.max(f64x2.add(x, f64x2.splat(3)), f64x2.splat(0)), f64x2.splat(6));
  return f64x2.div(f64x2.mul(x, t), f64x2.splat(6));
}

export function hardswish_f32(n: i32, x: usize, out: usize): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const off = (<usize>i) << 2;
    const v = v128.load(x + off);
    const lo = f32x4.demote_f64x2_zero(hardswish2(f64x2.promote_low_f32x4(v)));
    const hi = f32x4.demote_f64x2_zero(hardswish2(f64x2.promote_low_f32x4(v128.shuffle<u32>(v, v, 2, 3, 2, 3))));
    v128.store(out + off, v128.shuffle<u32>(lo, hi, 0, 1, 4, 5));
  }
  for (; i < n; i++) {
    const off = (<usize>i) << 2;
    const v = <f64>load<f32>(x + off);
    store<f32>(out + off, <f32>((v * min<f64>(max<f64>(v + 3, 0), 6)) / 6));
  }
}

// ---------------------------------------------------------------------------------------------
// qs8 global average pooling over `[batch, pixels, channels]`: the int32 sum of each channel plus
// `bias` (minus the input zero point times the pixel count), `fp32(sum) * scale` clamped to
// `[lo, hi]`, rounded to nearest even, plus `zo`. Exact while `fp32(sum)` is (pixels < 65536).

export function qs8_global_avgpool(
  batch: i32,
  pixels: i32,
  channels: i32,
  input: usize,
  bias: i32,
  scale: f32,
  lo: f32,
  hi: f32,
  zo: i32,
  out: usize,
): void {
  const vbias = i32x4.splat(bias);
  const vscale = f32x4.splat(scale);
  const vlo = f32x4.splat(lo);
  const vhi = f32x4.splat(hi);
  const magic = i32x4.splat(MAGIC_BITS - zo);
  const zero = f32x4.splat(0);
  const row = <usize>channels;
  for (let b = 0; b < batch; b++) {
    const image = input + <usize>b * <usize>pixels * row;
    const o = out + <usize>b * row;
    let c = 0;
    for (; c + 16 <= channels; c += 16) {
      let acc0 = vbias;
      let acc1 = vbias;
      let acc2 = vbias;
      let acc3 = vbias;
      let p = image + <usize>c;
      for (let i = 0; i < pixels; i++) {
        const v = v128.load(p);
        const l = i16x8.extend_low_i8x16_s(v);
        const h = i16x8.extend_high_i8x16_s(v);
        acc0 = i32x4.add(acc0, i32x4.extend_low_i16x8_s(l));
        acc1 = i32x4.add(acc1, i32x4.extend_high_i16x8_s(l));
        acc2 = i32x4.add(acc2, i32x4.extend_low_i16x8_s(h));
        acc3 = i32x4.add(acc3, i32x4.extend_high_i16x8_s(h));
        p += row;
      }
      const q0 = requant4(acc0, vscale, zero, vlo, vhi, magic);
      const q1 = requant4(acc1, vscale, zero, vlo, vhi, magic);
      const q2 = requant4(acc2, vscale, zero, vlo, vhi, magic);
      const q3 = requant4(acc3, vscale, zero, vlo, vhi, magic);
      v128.store(o + <usize>c, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
    }
    for (; c < channels; c++) {
      let acc = bias;
      let p = image + <usize>c;
      for (let i = 0; i < pixels; i++) {
        acc += <i32>load<i8>(p);
        p += row;
      }
      store<i8>(o + <usize>c, <i8>requant1(acc, scale, 0, lo, hi, zo));
    }
  }
}
