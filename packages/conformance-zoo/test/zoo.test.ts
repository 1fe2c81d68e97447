import { createHash } from 'node:crypto';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { ConformanceZoo } from '../src/index.js';

const zoo = ConformanceZoo.open();

describe('the conformance zoo as data', () => {
  it('ships every committed program with the size and SHA-256 the manifest records', () => {
    const committed = zoo.available();
    expect(committed.length).toBeGreaterThan(250);
    for (const c of committed) {
      const bytes = zoo.programBytes(c);
      expect(bytes.byteLength, c.id).toBe(c.size);
      expect(createHash('sha256').update(bytes).digest('hex'), c.id).toBe(c.sha256);
    }
  });

  it('finds the portable program of a delegated case and reads recorded inputs', () => {
    const c = zoo.cases.find((x) => x.id === 'ops/add/same_shape/xnnpack');
    expect(c).toBeDefined();
    if (!c) return;
    expect(zoo.portableOf(c)?.id).toBe('ops/add/same_shape/portable');
    const [a, b] = zoo.inputs(c, 0) as Tensor[];
    expect(a?.sizes).toEqual([2, 3]);
    expect(b?.dtype).toBe(ScalarType.Float);
  });

  it('compares within the tolerance and reports the first element outside it', () => {
    const c = zoo.cases.find((x) => x.id === 'ops/add/same_shape/portable');
    if (!c) throw new Error('missing case');
    const want = c.steps[0]?.outputs[0];
    if (!want) throw new Error('missing output');
    const [x, y] = zoo.inputs(c, 0) as Tensor<ScalarType.Float>[];
    const sum = new Tensor({ dtype: ScalarType.Float, sizes: [2, 3] });
    for (let i = 0; i < 6; i++) sum.data[i] = (x?.data[i] ?? 0) + (y?.data[i] ?? 0);
    expect(zoo.compare(c, sum, want).ok).toBe(true);
    sum.data[4] = (sum.data[4] ?? 0) + 1;
    const r = zoo.compare(c, sum, want);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^element 4: got /);
  });

  it('compares int64 outputs exactly, also above 2^53', () => {
    const c = zoo.cases.find((x) => x.id === 'ops/int64/add_mul_wrap/portable');
    const want = c?.steps[0]?.outputs[0];
    if (!c || !want) throw new Error('missing case');
    const recorded = zoo.value(want) as Tensor<ScalarType.Long>;
    const i = Array.from(recorded.data).findIndex((v) => v > 2n ** 54n || v < -(2n ** 54n));
    expect(i).toBeGreaterThanOrEqual(0);
    const off = new Tensor({ dtype: ScalarType.Long, sizes: recorded.sizes, bytes: recorded.bytes.slice() });
    expect(zoo.compare(c, off, want).ok).toBe(true);
    off.data[i] = (recorded.data[i] as bigint) + 1n; // the same number as a float64
    expect(Number(off.data[i])).toBe(Number(recorded.data[i]));
    const r = zoo.compare(c, off, want);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(new RegExp(`^element ${i}: got -?\\d+, expected -?\\d+`));
  });

  it('keeps large programs out unless they were generated', () => {
    const large = zoo.cases.filter((c) => !c.committed);
    expect(large.length).toBeGreaterThan(0);
    const empty = ConformanceZoo.open({ cacheDir: '/nonexistent-kindling-cache' });
    expect(empty.available({ includeLarge: true }).every((c) => c.committed)).toBe(true);
  });
});
