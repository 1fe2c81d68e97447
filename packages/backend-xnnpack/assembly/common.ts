// Helpers shared by the kernel families (not exported from the module).

// ---------------------------------------------------------------------------------------------
// Multiply-add: fused where the engine offers relaxed SIMD, else multiply then add.

export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(c, f32x4.mul(a, b));
}

// `v < lo ? lo : v > hi ? hi : v`, lane-wise: a NaN `v` stays NaN (neither comparison holds) and
// -0 stays -0 when `lo` is +0, as XNNPACK's x86 kernels clamp (`max(lo, v)` then `min(hi, v)`, whose
// second operand wins ties and NaN). `pmax(v, lo)` is `v < lo ? lo : v`; `pmin(v, hi)` is
// `hi < v ? hi : v`.
export function clamp(v: v128, lo: v128, hi: v128): v128 {
  return f32x4.pmin(f32x4.pmax(v, lo), hi);
}

// Stores the first `n` (< 8) lanes of the 8-lane pair (v0, v1) at `p`.
export function storePartial8(p: usize, v0: v128, v1: v128, n: i32): void {
  let v = v0;
  if (n & 4) {
    v128.store(p, v0);
    v = v1;
    p += 16;
  }
  if (n & 2) {
    v128.store64_lane(p, v, 0);
    v = v128.shuffle<f32>(v, v, 2, 3, 2, 3);
    p += 8;
  }
  if (n & 1) v128.store32_lane(p, v, 0);
}

// Stores the first `n` (< 4) lanes of `v` at `p`.
export function storePartial4(p: usize, v: v128, n: i32): void {
  if (n & 2) {
    v128.store64_lane(p, v, 0);
    v = v128.shuffle<f32>(v, v, 2, 3, 2, 3);
    p += 8;
  }
  if (n & 1) v128.store32_lane(p, v, 0);
}

export function min_i32(a: i32, b: i32): i32 {
  return a < b ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Work splitting for the thread pool: `part` of `parts` (0 <= part < parts) computes a disjoint
// range of output tiles, each exactly as the whole call computes it (same microkernel, same
// accumulation order), so the union of all parts is bit-identical to the single call.

/** Start of part `part` when `count` items are split into `parts` near-equal ranges. */
export function splitAt(count: i32, part: i32, parts: i32): i32 {
  return <i32>((<i64>count * <i64>part) / <i64>parts);
}

/** Copies `bytes` (a multiple of 4) from `src` to `dst`; short blocks without a memory.copy call. */
export function copyBytes(dst: usize, src: usize, bytes: usize): void {
  if (bytes >= 256) {
    memory.copy(dst, src, bytes);
    return;
  }
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(dst + i, v128.load(src + i));
  for (; i < bytes; i += 4) store<u32>(dst + i, load<u32>(src + i));
}

/** Zeroes `bytes` (a multiple of 4) at `dst`. */
export function fillZero(dst: usize, bytes: usize): void {
  if (bytes >= 256) {
    memory.fill(dst, 0, bytes);
    return;
  }
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(dst + i, i32x4.splat(0));
  for (; i < bytes; i += 4) store<u32>(dst + i, 0);
}
