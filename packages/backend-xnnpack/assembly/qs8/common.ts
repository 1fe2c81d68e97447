// Kindling's statically quantized int8 (qs8) WebAssembly kernels (AssemblyScript, SIMD128).
//
// Exported through assembly/index.ts; built by scripts/build-wasm.mjs with the fp32 kernels.
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
export const HEADER = 96;
/** `1.5 * 2^23`: adding it to an fp32 of magnitude < 2^22 rounds to an integer (ties to even). */
export const MAGIC: f32 = 12582912.0;
export const MAGIC_BITS: i32 = 0x4b400000;

export function min32(a: i32, b: i32): i32 {
  return a < b ? a : b;
}

/** Start of part `part` when `count` items are split into `parts` near-equal ranges. */
export function splitRange(count: i32, part: i32, parts: i32): i32 {
  return <i32>((<i64>count * <i64>part) / <i64>parts);
}

// ---------------------------------------------------------------------------------------------
// Requantization of 4 int32 accumulators (bias already added) to int32 `round(v) + zo`:
// `magic` is `MAGIC_BITS - zo` so the rounding trick subtracts the magic and adds `zo` at once.

export function requant4(acc: v128, scale: v128, bias: v128, lo: v128, hi: v128, magic: v128): v128 {
  let v = f32x4.add(f32x4.mul(f32x4.convert_i32x4_s(acc), scale), bias);
  v = f32x4.pmin(hi, f32x4.pmax(lo, v));
  return i32x4.sub(f32x4.add(v, f32x4.splat(MAGIC)), magic);
}

/** Requantizes 8 accumulators (scales `s0`, `s1`, fp32 biases `f0`, `f1`) to 8 int8 lanes (the low 8 bytes). */
export function requantRow(
  a0: v128,
  a1: v128,
  s0: v128,
  s1: v128,
  f0: v128,
  f1: v128,
  lo: v128,
  hi: v128,
  magic: v128,
): v128 {
  const h = i16x8.narrow_i32x4_s(requant4(a0, s0, f0, lo, hi, magic), requant4(a1, s1, f1, lo, hi, magic));
  return i8x16.narrow_i16x8_s(h, h);
}

/** Stores the first `n` (1..8) int8 lanes of `v` at `p`. */
export function storeBytes(p: usize, v: v128, n: i32): void {
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
export function requant1(acc: i32, scale: f32, bias: f32, lo: f32, hi: f32, zo: i32): i32 {
  let v = <f32>acc * scale + bias;
  v = v < lo ? lo : v > hi ? hi : v;
  return <i32>nearest<f32>(v) + zo;
}
