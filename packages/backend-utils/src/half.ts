/**
 * Conversions between numbers and the bit patterns of IEEE 754 binary16 (`half`, `float16`) and
 * bfloat16. Encoders round to nearest, ties to even; subnormals, infinities and NaN are kept.
 */

/** One float32 and its bits, sharing storage (`u32` over `f32`'s buffer). */
const f32 = /* @__PURE__ */ new Float32Array(1);
// A pure-annotated call: the argument's property read would otherwise keep both in every bundle.
const u32 = /* @__PURE__ */ (() => new Uint32Array(f32.buffer))();

/** The number a binary16 bit pattern (low 16 bits of `bits`) stands for. */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** Rounds `q` (non-negative) to an integer, ties to even. */
function roundHalfEven(q: number): number {
  let r = Math.floor(q);
  const rem = q - r;
  if (rem > 0.5 || (rem === 0.5 && (r & 1) === 1)) r += 1;
  return r;
}

/** Binary16 bits of a float32 bit pattern (exact float32 inputs: one rounding, from the bits). */
function halfFromFloat32Bits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign; // below half of the smallest subnormal
    const m = mant | 0x800000;
    const shift = 14 - e;
    let h = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rem > halfway || (rem === halfway && h & 1)) h++;
    return sign | h; // h === 0x400 is the smallest normal, which has the same bits
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++; // a carry may reach infinity: right bits
  return sign | h;
}

/**
 * Binary16 bits of a number, rounded once from its exact value (round to nearest even). NaN gives
 * the quiet NaN `0x7e00`; magnitudes from 65520 up give infinity.
 */
export function floatToHalf(value: number): number {
  if (Number.isNaN(value)) return 0x7e00;
  if (Math.fround(value) === value) {
    f32[0] = value;
    return halfFromFloat32Bits(u32[0] as number);
  }
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const a = Math.abs(value);
  if (a >= 65520) return sign | 0x7c00; // rounds to infinity
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24); // subnormal: units of 2^-24
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  if (2 ** (e + 1) <= a) e += 1;
  let r = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (r === 1024) {
    r = 0;
    e += 1;
  }
  if (e + 15 >= 0x1f) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | r;
}

/** The number a bfloat16 bit pattern (low 16 bits of `bits`) stands for. */
export function bfloat16ToFloat(bits: number): number {
  u32[0] = (bits & 0xffff) << 16;
  return f32[0] as number;
}

/**
 * Bfloat16 bits of a number: rounded to float32 first, then to bfloat16 (nearest even), as
 * PyTorch's `BFloat16(float)` does. NaN gives `0x7fc0`.
 */
export function floatToBfloat16(value: number): number {
  if (Number.isNaN(value)) return 0x7fc0;
  f32[0] = value;
  const x = u32[0] as number;
  const lsb = (x >>> 16) & 1;
  return ((x + 0x7fff + lsb) >>> 16) & 0xffff;
}

/** Decodes binary16 bit patterns into `out` (a new `Float32Array` by default). */
export function halfToFloatArray<T extends Float32Array | Float64Array = Float32Array>(
  bits: ArrayLike<number>,
  out?: T,
): T {
  const dst = out ?? (new Float32Array(bits.length) as T);
  for (let i = 0; i < bits.length; i++) dst[i] = halfToFloat(bits[i] as number);
  return dst;
}

/** Encodes numbers as binary16 bit patterns into `out` (a new `Uint16Array` by default). */
export function floatToHalfArray(
  values: ArrayLike<number>,
  out: Uint16Array = new Uint16Array(values.length),
): Uint16Array {
  for (let i = 0; i < values.length; i++) out[i] = floatToHalf(values[i] as number);
  return out;
}

/** Decodes bfloat16 bit patterns into `out` (a new `Float32Array` by default). */
export function bfloat16ToFloatArray<T extends Float32Array | Float64Array = Float32Array>(
  bits: ArrayLike<number>,
  out?: T,
): T {
  const dst = out ?? (new Float32Array(bits.length) as T);
  for (let i = 0; i < bits.length; i++) dst[i] = bfloat16ToFloat(bits[i] as number);
  return dst;
}

/** Encodes numbers as bfloat16 bit patterns into `out` (a new `Uint16Array` by default). */
export function floatToBfloat16Array(
  values: ArrayLike<number>,
  out: Uint16Array = new Uint16Array(values.length),
): Uint16Array {
  for (let i = 0; i < values.length; i++) out[i] = floatToBfloat16(values[i] as number);
  return out;
}
