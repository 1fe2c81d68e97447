// WebAssembly SIMD inner loops of the language-model kernels (built by scripts/build-wasm.mjs).
// Pointers are byte offsets into the module's own memory; the TypeScript side copies operands in
// and results out (src/kernels/wasm.ts). All arithmetic is float32, as ExecuTorch's CPU kernels.

// ---------------------------------------------------------------------------------------------
// Attention: one query row over `n` key/value rows.

/** Sum of the lanes of `v`. */
function hsum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Dot product of `d` floats at `a` and `b`. */
function dot(a: usize, b: usize, d: i32): f32 {
  let acc0 = f32x4.splat(0);
  let acc1 = f32x4.splat(0);
  let i = 0;
  for (; i + 8 <= d; i += 8) {
    const o = (<usize>i) << 2;
    acc0 = f32x4.add(acc0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    acc1 = f32x4.add(acc1, f32x4.mul(v128.load(a + o + 16), v128.load(b + o + 16)));
  }
  for (; i + 4 <= d; i += 4) {
    const o = (<usize>i) << 2;
    acc0 = f32x4.add(acc0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
  }
  let s = hsum(f32x4.add(acc0, acc1));
  for (; i < d; i++) {
    const o = (<usize>i) << 2;
    s += load<f32>(a + o) * load<f32>(b + o);
  }
  return s;
}

/** `acc[0..d) += w * row[0..d)`. */
function axpy(acc: usize, row: usize, w: f32, d: i32): void {
  const wv = f32x4.splat(w);
  let i = 0;
  for (; i + 4 <= d; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(acc + o, f32x4.add(v128.load(acc + o), f32x4.mul(wv, v128.load(row + o))));
  }
  for (; i < d; i++) {
    const o = (<usize>i) << 2;
    store<f32>(acc + o, load<f32>(acc + o) + w * load<f32>(row + o));
  }
}

/**
 * out[0..d) = softmax(scale * q·k_j + mask_j) · v over keys j < n. Key and value rows are `d`
 * floats, `stride` floats apart; `mask` (0 for none) holds n floats; `scores` is scratch for n
 * floats. A row whose scores are all -inf gives NaN (0 / 0), as ExecuTorch's kernel.
 */
export function attend(
  q: usize,
  keys: usize,
  values: usize,
  stride: i32,
  d: i32,
  n: i32,
  scale: f32,
  mask: usize,
  scores: usize,
  out: usize,
): void {
  const rowBytes = (<usize>stride) << 2;
  let max = -Infinity as f32;
  for (let j = 0; j < n; j++) {
    let x = dot(q, keys + <usize>j * rowBytes, d) * scale;
    if (mask !== 0) x += load<f32>(mask + ((<usize>j) << 2));
    store<f32>(scores + ((<usize>j) << 2), x);
    if (x > max) max = x;
  }
  memory.fill(out, 0, (<usize>d) << 2);
  let sum: f32 = 0;
  if (max !== -Infinity) {
    for (let j = 0; j < n; j++) {
      const p = Mathf.exp(load<f32>(scores + ((<usize>j) << 2)) - max);
      sum += p;
      if (p !== 0) axpy(out, values + <usize>j * rowBytes, p, d);
    }
  }
  const inv = f32x4.splat(<f32>1 / sum);
  let i = 0;
  for (; i + 4 <= d; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(out + o, f32x4.mul(v128.load(out + o), inv));
  }
  const invs: f32 = <f32>1 / sum;
  for (; i < d; i++) {
    const o = (<usize>i) << 2;
    store<f32>(out + o, load<f32>(out + o) * invs);
  }
}

// ---------------------------------------------------------------------------------------------
// Quantized embedding rows: out = (code - zero_point) * scale per group, float32.

/** Four int32 codes as floats, from the first 4 bytes at `p` (signed or unsigned). */
function bytes4(p: usize, signed: bool): v128 {
  const b = v128.load32_zero(p);
  const wide = signed
    ? i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(b))
    : i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(b));
  return f32x4.convert_i32x4_s(wide);
}

/**
 * Dequantizes `rows` rows of 8-bit codes (`dim` bytes each, packed one after another at `w`) into
 * `out` (`dim` floats per row). `scales`/`zps` hold `groups` floats per row (zps 0: none).
 */
export function dequant_byte(
  w: usize,
  signed: i32,
  rows: i32,
  dim: i32,
  groups: i32,
  scales: usize,
  zps: usize,
  out: usize,
): void {
  const gs = dim / groups;
  for (let r = 0; r < rows; r++) {
    const wr = w + <usize>r * <usize>dim;
    const or = out + ((<usize>r * <usize>dim) << 2);
    for (let g = 0; g < groups; g++) {
      const p = (<usize>(r * groups + g)) << 2;
      const scale = load<f32>(scales + p);
      const zp: f32 = zps === 0 ? 0 : load<f32>(zps + p);
      const sv = f32x4.splat(scale);
      const zv = f32x4.splat(zp);
      let j = g * gs;
      const end = j + gs;
      for (; j + 4 <= end; j += 4) {
        v128.store(or + ((<usize>j) << 2), f32x4.mul(f32x4.sub(bytes4(wr + j, signed !== 0), zv), sv));
      }
      for (; j < end; j++) {
        const c: f32 = signed !== 0 ? <f32>load<i8>(wr + j) : <f32>load<u8>(wr + j);
        store<f32>(or + ((<usize>j) << 2), (c - zp) * scale);
      }
    }
  }
}

/** The 4-bit code of element `j` of a row at `w`: high nibble first, stored as code + 8. */
function nibble(w: usize, j: i32): f32 {
  const b = <i32>load<u8>(w + (j >> 1));
  return <f32>(((j & 1) === 0 ? b >> 4 : b & 15) - 8);
}

/**
 * Dequantizes `rows` rows of 4-bit codes (`dim / 2` bytes each, packed one after another at `w`)
 * into `out` (`dim` floats per row); scales and zero points as dequant_byte.
 */
export function dequant_4bit(w: usize, rows: i32, dim: i32, groups: i32, scales: usize, zps: usize, out: usize): void {
  const gs = dim / groups;
  const packed = dim >> 1;
  const eight = i8x16.splat(8);
  const low = i8x16.splat(15);
  for (let r = 0; r < rows; r++) {
    const wr = w + <usize>r * <usize>packed;
    const or = out + ((<usize>r * <usize>dim) << 2);
    for (let g = 0; g < groups; g++) {
      const p = (<usize>(r * groups + g)) << 2;
      const scale = load<f32>(scales + p);
      const zp: f32 = zps === 0 ? 0 : load<f32>(zps + p);
      const sv = f32x4.splat(scale);
      const zv = f32x4.splat(zp);
      let j = g * gs;
      const end = j + gs;
      // 8 codes from 4 bytes when the run starts on a byte boundary.
      if ((j & 1) === 0) {
        for (; j + 8 <= end; j += 8) {
          const b = v128.load32_zero(wr + (j >> 1));
          const hi = i8x16.shr_u(b, 4);
          const lo = v128.and(b, low);
          const codes = i8x16.sub(i8x16.shuffle(hi, lo, 0, 16, 1, 17, 2, 18, 3, 19, 0, 0, 0, 0, 0, 0, 0, 0), eight);
          const wide = i16x8.extend_low_i8x16_s(codes);
          const a = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(wide));
          const c = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(wide));
          const o = or + ((<usize>j) << 2);
          v128.store(o, f32x4.mul(f32x4.sub(a, zv), sv));
          v128.store(o + 16, f32x4.mul(f32x4.sub(c, zv), sv));
        }
      }
      for (; j < end; j++) store<f32>(or + ((<usize>j) << 2), (nibble(wr, j) - zp) * scale);
    }
  }
}

/** First byte after the module's static data (the exp tables): callers place operands from here. */
export function heap_base(): usize {
  return __heap_base;
}
