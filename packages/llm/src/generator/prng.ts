/**
 * The generator's seeded random numbers: xoshiro128** (Blackman and Vigna) seeded through
 * splitmix32. Pure 32-bit integer arithmetic, so a seed gives the same draws in every engine.
 */

/** A source of uniform numbers in [0, 1). */
export interface UniformSource {
  /** The next uniform number in [0, 1), 53 bits of precision. */
  next(): number;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** xoshiro128** over four 32-bit words of state. */
export class Xoshiro128 implements UniformSource {
  #s0: number;
  #s1: number;
  #s2: number;
  #s3: number;

  /** A generator with the given state words (not all zero). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.#s0 = s0 >>> 0;
    this.#s1 = s1 >>> 0;
    this.#s2 = s2 >>> 0;
    this.#s3 = s3 >>> 0;
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) this.#s0 = 1;
  }

  /** A generator whose state is four splitmix32 outputs from `seed` (an integer; its low 32 bits). */
  static fromSeed(seed: number): Xoshiro128 {
    let x = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
    const split = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    return new Xoshiro128(split(), split(), split(), split());
  }

  /** The next 32-bit output. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.#s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.#s1 << 9) >>> 0;
    this.#s2 = (this.#s2 ^ this.#s0) >>> 0;
    this.#s3 = (this.#s3 ^ this.#s1) >>> 0;
    this.#s1 = (this.#s1 ^ this.#s2) >>> 0;
    this.#s0 = (this.#s0 ^ this.#s3) >>> 0;
    this.#s2 = (this.#s2 ^ t) >>> 0;
    this.#s3 = rotl(this.#s3, 11);
    return result;
  }

  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }
}
