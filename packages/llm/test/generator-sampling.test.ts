import { KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../src/generator/prng.js';
import { argmax, sampleToken, samplingDistribution } from '../src/generator/sampler.js';

/**
 * Reference sampler written the plain way: normalised softmax over every token, sort the
 * (probability, id) pairs, cut to k, cut to the nucleus, renormalise, walk the cumulative sum.
 */
function referenceDistribution(
  logits: readonly number[],
  temperature: number,
  topK = 0,
  topP = 1,
): { id: number; p: number }[] {
  const finite = logits.map((l, id) => ({ id, l })).filter((x) => x.l !== Number.NEGATIVE_INFINITY);
  const max = Math.max(...finite.map((x) => x.l));
  const z = finite.reduce((s, x) => s + Math.exp((x.l - max) / temperature), 0);
  let items = finite.map((x) => ({ id: x.id, l: x.l, p: Math.exp((x.l - max) / temperature) / z }));
  items.sort((a, b) => b.l - a.l || a.id - b.id);
  if (topK > 0) {
    items = items.slice(0, topK);
    const zk = items.reduce((s, x) => s + x.p, 0);
    items = items.map((x) => ({ ...x, p: x.p / zk }));
  }
  if (topP < 1) {
    const kept: typeof items = [];
    let cum = 0;
    for (const x of items) {
      kept.push(x);
      cum += x.p;
      if (cum >= topP - 1e-12) break;
    }
    const zp = kept.reduce((s, x) => s + x.p, 0);
    items = kept.map((x) => ({ ...x, p: x.p / zp }));
  }
  return items.map(({ id, p }) => ({ id, p }));
}

function referenceDraw(dist: { id: number; p: number }[], u: number): number {
  let cum = 0;
  for (const x of dist) {
    cum += x.p;
    if (u < cum) return x.id;
  }
  return (dist[dist.length - 1] as { id: number }).id;
}

function fixedLogits(n: number, seed: number): number[] {
  const rng = Xoshiro128.fromSeed(seed);
  return Array.from({ length: n }, () => Math.round((rng.next() * 8 - 4) * 64) / 64);
}

const CASES = [
  { temperature: 1 },
  { temperature: 0.7 },
  { temperature: 1.5, topK: 5 },
  { temperature: 1, topP: 0.9 },
  { temperature: 0.8, topK: 10, topP: 0.8 },
  { temperature: 2, topK: 1 },
];

describe('xoshiro128**', () => {
  it('matches an independent implementation (Python, state 1,2,3,4 and seed 42)', () => {
    const g = new Xoshiro128(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => g.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
    const s = Xoshiro128.fromSeed(42);
    expect([s.nextUint32(), s.nextUint32(), s.nextUint32(), s.nextUint32()]).toEqual([
      2837322924, 544945897, 479756282, 3500138142,
    ]);
    const u = Xoshiro128.fromSeed(42);
    expect(u.next()).toBe(0.6606157208001621);
    expect(u.next()).toBe(0.1117019639532224);
  });

  it('is reproducible per seed, differs between seeds, and stays in [0, 1)', () => {
    const a = Xoshiro128.fromSeed(7);
    const b = Xoshiro128.fromSeed(7);
    const c = Xoshiro128.fromSeed(8);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });
});

describe('sampling', () => {
  const logits = fixedLogits(64, 3);

  it('greedy picks the highest logit, lowest id on ties, never a masked one', () => {
    expect(argmax([1, 5, 5, -2])).toBe(1);
    expect(sampleToken([1, 5, 5, -2], { temperature: 0 }, 0.99)).toBe(1);
    expect(argmax([Number.NEGATIVE_INFINITY, -1e30, Number.NEGATIVE_INFINITY])).toBe(1);
    expect(() => argmax([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toThrow(KindlingError);
    expect(() => argmax([0, Number.NaN])).toThrow(KindlingError);
  });

  for (const params of CASES) {
    it(`distribution and exact draws agree with the reference: ${JSON.stringify(params)}`, () => {
      const ref = referenceDistribution(logits, params.temperature, params.topK, params.topP);
      const mine = samplingDistribution(logits, params);
      const total = mine.weights.reduce((s, w) => s + w, 0);
      expect(mine.ids).toEqual(ref.map((x) => x.id));
      mine.weights.forEach((w, i) => {
        expect(w / total).toBeCloseTo((ref[i] as { p: number }).p, 12);
      });
      const rng = Xoshiro128.fromSeed(11);
      for (let i = 0; i < 2000; i++) {
        const u = rng.next();
        expect(sampleToken(logits, params, u)).toBe(referenceDraw(ref, u));
      }
    });
  }

  it('the frequencies of many seeded draws follow the reference probabilities', () => {
    const params = { temperature: 0.9, topK: 8, topP: 0.95 };
    const ref = referenceDistribution(logits, params.temperature, params.topK, params.topP);
    const rng = Xoshiro128.fromSeed(5);
    const n = 20000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const t = sampleToken(logits, params, rng.next());
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const { id, p } of ref) {
      const sigma = Math.sqrt((n * p * (1 - p)) / 1);
      expect(Math.abs((counts.get(id) ?? 0) - n * p)).toBeLessThan(5 * sigma + 1);
    }
    expect([...counts.keys()].every((id) => ref.some((x) => x.id === id))).toBe(true);
  });

  it('masked (-Infinity) tokens are never drawn', () => {
    const masked = logits.map((l, i) => (i % 3 === 0 ? l : Number.NEGATIVE_INFINITY));
    const rng = Xoshiro128.fromSeed(9);
    for (let i = 0; i < 2000; i++) expect(sampleToken(masked, { temperature: 1.3 }, rng.next()) % 3).toBe(0);
  });

  it('rejects bad parameters with a KindlingError', () => {
    expect(() => sampleToken(logits, { temperature: -1 }, 0.5)).toThrow(KindlingError);
    expect(() => sampleToken(logits, { temperature: 1, topK: 1.5 }, 0.5)).toThrow(KindlingError);
    expect(() => sampleToken(logits, { temperature: 1, topP: 0 }, 0.5)).toThrow(KindlingError);
    expect(() => sampleToken(logits, { temperature: Number.NaN }, 0.5)).toThrow(KindlingError);
  });
});
