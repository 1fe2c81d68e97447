import { describe, expect, it } from 'vitest';
import { randomFloat32, randomInt, randomInt8, seededRandom } from './seeded-random.js';

// mulberry32's first outputs, from an independent implementation (Python integers, masked to 32 bits).
const REFERENCE: [number, number[]][] = [
  [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111]],
  [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]],
  [7, [0.011704753153026104, 0.06195825757458806, 0.97690763277933, 0.6990287057124078]],
  [0xdeadbeef, [0.9413696140982211, 0.26719574979506433, 0.772033357527107, 0.35816076025366783]],
];

describe('seededRandom', () => {
  it('produces the mulberry32 sequence', () => {
    for (const [seed, want] of REFERENCE) {
      const random = seededRandom(seed);
      expect(want.map(() => random())).toEqual(want);
    }
  });

  it('takes the seed modulo 2^32 and stays in [0, 1)', () => {
    const a = seededRandom(2 ** 32 + 7);
    expect(a()).toBe(0.011704753153026104);
    const r = seededRandom(123);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1 && Number.isInteger(x * 2 ** 32)).toBe(true);
    }
  });
});

describe('random data helpers', () => {
  it('draws integers in an inclusive range, one draw each', () => {
    const random = seededRandom(7);
    // floor(0.0117... * 11) - 5, floor(0.0619... * 11) - 5, floor(0.9769... * 11) - 5
    expect([randomInt(random, -5, 5), randomInt(random, -5, 5), randomInt(random, -5, 5)]).toEqual([-5, -5, 5]);
    const counts = new Map<number, number>();
    const r = seededRandom(3);
    for (let i = 0; i < 20_000; i++) {
      const k = randomInt(r, 0, 3);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([0, 1, 2, 3]);
  });

  it('fills float32 arrays from a seed or a generator', () => {
    const want = REFERENCE[0]![1].map((x) => Math.fround(-1 + x * 2));
    expect(Array.from(randomFloat32(0, 4))).toEqual(want);
    expect(Array.from(randomFloat32(seededRandom(0), 4))).toEqual(want);
    expect(Array.from(randomFloat32(1, 2, 10, 20))).toEqual([
      Math.fround(16.270739405881613),
      Math.fround(10.027357211802155),
    ]);
  });

  it('fills int8 arrays', () => {
    // floor(x * 256) - 128 for the first seed-0 numbers: 68 - 128, 0 - 128, 57 - 128, 37 - 128
    expect(Array.from(randomInt8(0, 4))).toEqual([-60, -128, -71, -91]);
    expect(Array.from(randomInt8(0, 4, -8, 7))).toEqual([-4, -8, -5, -6]);
  });
});
