/** A source of uniformly distributed numbers in `[0, 1)`. */
export type RandomSource = () => number;

/**
 * A seeded generator of numbers in `[0, 1)` (mulberry32: a 32-bit state, each number a multiple of
 * 2^-32), so generated test data and `random:SEED` inputs are the same on every run and engine.
 */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sourceOf = (random: RandomSource | number): RandomSource =>
  typeof random === 'number' ? seededRandom(random) : random;

/** An integer in `[lo, hi]` (both included), from one draw of `random`. */
export function randomInt(random: RandomSource, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/**
 * `n` float32 values, each `lo + r * (hi - lo)` for one draw `r` of `random` (a generator, or a
 * seed for {@link seededRandom}), by default in `[-1, 1)`.
 */
export function randomFloat32(random: RandomSource | number, n: number, lo = -1, hi = 1): Float32Array {
  const next = sourceOf(random);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + next() * (hi - lo);
  return out;
}

/** `n` int8 values, each uniform in `[lo, hi]` (default: the whole int8 range). */
export function randomInt8(random: RandomSource | number, n: number, lo = -128, hi = 127): Int8Array {
  const next = sourceOf(random);
  const out = new Int8Array(n);
  for (let i = 0; i < n; i++) out[i] = randomInt(next, lo, hi);
  return out;
}
