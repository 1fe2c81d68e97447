/** Conversions between IEEE half / bfloat16 bit patterns and numbers. */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Decode IEEE 754 binary16 bits. */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** Encode a number as IEEE 754 binary16 bits (round to nearest even). */
export function numberToHalf(value: number): number {
  if (Number.isNaN(value)) return 0x7e00;
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const a = Math.abs(value);
  if (a === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (a >= 65520) return sign | 0x7c00; // rounds to infinity
  if (a < 2 ** -14) {
    // subnormal: units of 2^-24
    const q = a * 2 ** 24;
    let r = Math.floor(q);
    const rem = q - r;
    if (rem > 0.5 || (rem === 0.5 && (r & 1) === 1)) r += 1;
    return sign | r; // r === 1024 is the smallest normal, which has the same bits
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  if (2 ** (e + 1) <= a) e += 1;
  const m = a / 2 ** e - 1; // [0,1)
  const q = m * 1024;
  let r = Math.floor(q);
  const rem = q - r;
  if (rem > 0.5 || (rem === 0.5 && (r & 1) === 1)) r += 1;
  if (r === 1024) {
    r = 0;
    e += 1;
  }
  if (e + 15 >= 0x1f) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | r;
}

/** Decode bfloat16 bits. */
export function bfloat16ToNumber(bits: number): number {
  u32[0] = (bits & 0xffff) << 16;
  return f32[0] as number;
}

/** Encode a number as bfloat16 bits (round to nearest even, via float32). */
export function numberToBfloat16(value: number): number {
  f32[0] = value;
  const x = u32[0] as number;
  if (Number.isNaN(value)) return 0x7fc0;
  const lsb = (x >>> 16) & 1;
  return ((x + 0x7fff + lsb) >>> 16) & 0xffff;
}
