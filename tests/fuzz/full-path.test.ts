/**
 * Seeded, structure-aware fuzzing of the full path (Module.load with the portable kernels and
 * XNNPACK, loadMethod, execute of every method) over every committed program. Cases and seed come
 * from KINDLING_FUZZ_CASES (default 20,000) and KINDLING_FUZZ_SEED; `pnpm fuzz --cases N --seed S`
 * runs a larger campaign. KINDLING_FUZZ_ONLY=K reruns case K alone (as numbered in the failures).
 */
import { seededRandom } from '@kindling/backend-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CaseResult, LIMITS, loadCorpus, runCase, type Seed, seedLabel } from './full-path.js';
import { mutate, type SeedLayout, seedLayout } from './mutations.js';

const CASES = Number(process.env.KINDLING_FUZZ_CASES ?? 20_000);
const SEED = Number(process.env.KINDLING_FUZZ_SEED ?? 0x6b696e64);
const ONLY = process.env.KINDLING_FUZZ_ONLY === undefined ? undefined : Number(process.env.KINDLING_FUZZ_ONLY);

interface Prepared {
  seed: Seed;
  layout: SeedLayout;
  baseline: CaseResult;
  cases: number;
}

let corpus: Prepared[] = [];

/**
 * Cases per seed: inversely to its size (small programs are cheap and get most), none for a seed
 * whose unmutated run already took longer than a case may. Sizes, not timings, so that case K is the
 * same mutation of the same program on every machine.
 */
function allocate(prepared: Prepared[], total: number): void {
  const weight = (p: Prepared) =>
    p.baseline.ms > LIMITS.caseMs ? 0 : 1 / Math.max(p.seed.bytes.byteLength, 1024) ** 1.5;
  const sum = prepared.reduce((s, p) => s + weight(p), 0);
  for (const p of prepared) p.cases = weight(p) > 0 ? Math.max(2, Math.floor((total * weight(p)) / sum)) : 0;
  const byWeight = prepared.filter((p) => weight(p) > 0).sort((a, b) => weight(b) - weight(a));
  let left = total - prepared.reduce((s, p) => s + p.cases, 0);
  for (let i = 0; left > 0 && byWeight.length > 0; i++, left--) (byWeight[i % byWeight.length] as Prepared).cases++;
  // The minimum of 2 per program can overshoot: take the excess from the largest allocations.
  for (; left < 0 && byWeight.length > 0; left++) {
    const largest = byWeight.reduce((a, b) => (b.cases > a.cases ? b : a));
    largest.cases--;
  }
}

beforeAll(async () => {
  corpus = [];
  for (const seed of loadCorpus()) {
    const baseline = await runCase(seed.bytes, seed.data, false);
    corpus.push({ seed, layout: seedLayout(seed.bytes), baseline, cases: 0 });
  }
  allocate(corpus, CASES);
}, 600_000);

describe('full-path fuzz', () => {
  it('covers every committed program', () => {
    expect(corpus.length).toBeGreaterThan(250);
    const names = corpus.map((p) => p.seed.name);
    for (const prefix of ['fixtures/upstream/', 'fixtures/robustness/', 'packages/conformance-zoo/cases/']) {
      expect(
        names.some((n) => n.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    // The unmutated upstream and zoo programs: loaded and, where their kernels exist, run.
    const valid = corpus.filter((p) => !p.seed.regression);
    expect(valid.filter((p) => p.baseline.outcome === 'ran').length).toBeGreaterThan(200);
  });

  // Each reproducer of fixtures/robustness/ is a named regression case with the same assertions.
  const reproducers = loadCorpus()
    .filter((s) => s.regression)
    .map((s) => s.name);
  it.each(reproducers)('regression: %s', (name) => {
    const p = corpus.find((c) => c.seed.name === name) as Prepared;
    expect(p.baseline.failure, `${name}: ${p.baseline.outcome}`).toBeUndefined();
  });

  it(`${CASES} mutated cases (seed ${SEED})`, async () => {
    const started = performance.now();
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    const failureClasses = new Map<string, number>();
    let slowest = { ms: 0, what: '' };
    let maxGrowth = { bytes: 0, what: '' };
    // Growth per input byte, over inputs of 1 KiB or more (below that the constant dominates).
    let maxPerByte = { bytes: 0, perByte: 0, what: '' };
    const failureKinds = new Map<string, number>();
    let k = 0;
    for (const p of corpus) {
      for (let c = 0; c < p.cases; c++, k++) {
        if (ONLY !== undefined && k !== ONLY) continue;
        const rand = seededRandom((Math.imul(SEED, 0x9e3779b1) ^ k) >>> 0);
        const { bytes, kinds } = mutate(p.seed.bytes, p.layout, rand);
        const r = await runCase(bytes, p.seed.data, k % 2 === 1);
        const what = `case ${k} (${seedLabel(p.seed)}, ${kinds.join('+')})`;
        outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
        if (r.ms > slowest.ms) slowest = { ms: r.ms, what };
        if (r.growth > maxGrowth.bytes) maxGrowth = { bytes: r.growth, what };
        const perByte = r.growth / bytes.byteLength;
        if (bytes.byteLength >= 1024 && perByte > maxPerByte.perByte) maxPerByte = { bytes: r.growth, perByte, what };
        if (r.failure) {
          const cls = r.outcome.replace(/^failure:/, '');
          failureClasses.set(cls, (failureClasses.get(cls) ?? 0) + 1);
          failures.push(`${what}: ${r.failure}`);
          // The failure's kind: its text with numbers and quoted names left out.
          const kind = r.failure
            .replace(/"[^"]*"/g, '"…"')
            .replace(/-?\d+/g, 'N')
            .slice(0, 150);
          failureKinds.set(kind, (failureKinds.get(kind) ?? 0) + 1);
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const byKind = [...outcomes].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`);
    const summary = [
      `fuzz: ${k} cases over ${corpus.length} programs (seed ${SEED}) in ${seconds} s`,
      `  outcomes: ${byKind.join(', ')}`,
      `  failures: ${failures.length}${failureClasses.size ? ` (${[...failureClasses].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
      `  slowest: ${slowest.ms.toFixed(1)} ms, ${slowest.what}`,
      `  max heap+ArrayBuffer growth: ${maxGrowth.bytes} B, ${maxGrowth.what}`,
      `  max growth per input byte (inputs >= 1 KiB): ${maxPerByte.perByte.toFixed(1)} B/B (${maxPerByte.bytes} B), ${maxPerByte.what}`,
      ...[...failureKinds].sort((a, b) => b[1] - a[1]).map(([f, n]) => `  ${n} x ${f}`),
      ...failures.slice(0, 20).map((f) => `  FAIL ${f}`),
    ].join('\n');
    console.log(summary);
    expect(k).toBe(ONLY === undefined ? CASES : k);
    expect(failures, summary).toEqual([]);
  }, 3_600_000);
});
