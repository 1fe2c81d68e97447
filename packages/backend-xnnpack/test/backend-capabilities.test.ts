// The backend test suite chooses XNNPACK's cases from its declared capabilities alone: these tests
// check that choice against the manifest (an independent record of each case's delegates and
// quantization), that removing a capability skips exactly the cases needing it, and that the
// suite's checks fail on a backend that misbehaves.

import {
  declaredRequirements,
  dtypeRequirement,
  operatorRequirement,
  planBackendSuite,
  quantizationRequirement,
  type SuitePlan,
  THREADS,
  withoutCapability,
} from '@kindling/backend-test-suite';
import { ConformanceZoo } from '@kindling/conformance-zoo';
import type { BackendCapabilities, BackendV1 } from '@kindling/core';
import { ErrorCode, KindlingError, ScalarType, Tag } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { XNNPACK_CAPABILITIES, xnnpack } from '../src/index.js';
import { LOWERED_OPS, xnnpackLowering } from '../src/partitioner.js';

const zoo = ConformanceZoo.open();
const lowering = xnnpackLowering();
const plan = (capabilities: BackendCapabilities = XNNPACK_CAPABILITIES, backend: BackendV1 | undefined = undefined) =>
  planBackendSuite({
    backend: backend ?? ((o) => xnnpack(o)),
    lowering,
    capabilities,
    zoo,
  });
const full = plan();
const skipped = (p: SuitePlan) => new Set(p.checks.filter((c) => c.skip).map((c) => c.id));

describe('cases follow from XNNPACK_CAPABILITIES', () => {
  test('every committed program ExecuTorch delegated to XNNPACK runs, alone and on two threads', () => {
    const expected = zoo.cases
      .filter((c) => c.committed && c.delegates.length === 1 && c.delegates[0] === 'XnnpackBackend')
      .map((c) => c.id)
      .sort();
    for (const group of ['delegated', 'threads'] as const) {
      const checks = full.checks.filter((c) => c.group === group);
      expect(checks.map((c) => c.caseId).sort()).toEqual(expected);
      expect(checks.filter((c) => c.skip)).toEqual([]);
    }
    expect(expected.length).toBeGreaterThan(130);
  });

  test('every committed portable program is lowered; only those the lowering takes nothing of are skipped', () => {
    const portable = zoo.cases.filter((c) => c.committed && c.delegates.length === 0).map((c) => c.id);
    const lowered = full.checks.filter((c) => c.group === 'lowered');
    expect(lowered.map((c) => c.caseId).sort()).toEqual(portable.sort());
    for (const c of lowered) if (c.skip) expect(c.skip).toBe('the lowering takes none of its nodes');
    expect(lowered.filter((c) => !c.skip).length).toBeGreaterThan(90);
  });

  test('the lowering never takes an operator the capabilities leave out', () => {
    const declared = new Set(XNNPACK_CAPABILITIES.operators);
    expect(LOWERED_OPS.filter((op) => !declared.has(op))).toEqual([]);
  });

  test('the runtime and AOT entries declare the same capabilities', () => {
    expect(xnnpack().capabilities).toBe(XNNPACK_CAPABILITIES);
    expect(lowering.capabilities).toBe(XNNPACK_CAPABILITIES);
  });
});

describe('removing a capability skips exactly the cases that need it', () => {
  const before = skipped(full);
  test.each([
    operatorRequirement('aten.convolution.default'),
    operatorRequirement('aten.addmm.default'),
    dtypeRequirement('float16'),
    quantizationRequirement('int8-static'),
    quantizationRequirement('int4-weight-blockwise'),
    THREADS,
  ])('%s', (requirement) => {
    const reduced = plan(withoutCapability(XNNPACK_CAPABILITIES, requirement));
    expect(declaredRequirements(reduced.capabilities).has(requirement)).toBe(false);
    const after = skipped(reduced);
    const newly = [...after].filter((id) => !before.has(id)).sort();
    const needing = full.checks
      .filter((c) => !c.skip && c.requires.includes(requirement))
      .map((c) => c.id)
      .sort();
    expect(newly).toEqual(needing);
    expect(newly.length).toBeGreaterThan(0);
    for (const id of newly) expect(reduced.checks.find((c) => c.id === id)?.skip).toContain(requirement);
    // Nothing that ran before and does not need it is skipped, and nothing skipped before runs.
    for (const id of before) expect(after.has(id)).toBe(true);
  });

  test('quantization schemes select the same cases as the manifest records', () => {
    for (const scheme of XNNPACK_CAPABILITIES.quantization ?? []) {
      const reduced = plan(withoutCapability(XNNPACK_CAPABILITIES, quantizationRequirement(scheme)));
      const newly = [...skipped(reduced)].filter((id) => !before.has(id) && id.startsWith('delegated/'));
      const recorded = zoo.cases
        .filter((c) => c.committed && c.quantization === scheme && c.delegates.includes('XnnpackBackend'))
        .map((c) => `delegated/${c.id}`);
      expect(newly.sort()).toEqual(recorded.sort());
    }
  });
});

/** XNNPACK with one fault added. */
function faulty(fault: 'wrong-output' | 'type-error-on-bad-payload' | 'no-destroy'): BackendV1 {
  const inner = xnnpack({ threads: fault === 'no-destroy' ? 2 : 1 });
  return {
    ...inner,
    init(context, processed, specs) {
      if (fault === 'type-error-on-bad-payload' && processed.byteLength < 64) throw new TypeError('payload too short');
      return inner.init(context, processed, specs);
    },
    execute(context, handle, args) {
      inner.execute(context, handle, args);
      if (fault === 'wrong-output') {
        for (const a of args) {
          if (a.tag !== Tag.Tensor || a.value.dtype !== ScalarType.Float) continue;
          const data = a.value.data as Float32Array;
          data[0] = (data[0] as number) + 1;
        }
      }
    },
    destroy(handle) {
      if (fault !== 'no-destroy') inner.destroy?.(handle);
    },
  };
}

describe('the suite fails a backend that misbehaves', () => {
  const check = (p: SuitePlan, id: string) => {
    const c = p.checks.find((x) => x.id === id);
    if (!c) throw new Error(`no check ${id}`);
    return c;
  };
  test('wrong outputs fail the conformance check', async () => {
    const p = plan(XNNPACK_CAPABILITIES, faulty('wrong-output'));
    await expect(check(p, 'delegated/ops/relu/rank4/xnnpack').run()).rejects.toThrow(/output 0: element/);
  });
  test('a TypeError from a truncated payload fails the payload check', async () => {
    const p = plan(XNNPACK_CAPABILITIES, faulty('type-error-on-bad-payload'));
    await expect(check(p, 'robustness/truncated and bit-flipped payloads give KindlingError').run()).rejects.toThrow(
      /the backend threw TypeError: payload too short/,
    );
  });
  test('a destroy that keeps its worker threads fails the destroy check', async () => {
    const p = plan(XNNPACK_CAPABILITIES, faulty('no-destroy'));
    await expect(check(p, 'robustness/destroy releases every delegate').run()).rejects.toThrow(
      /worker thread\(s\) still alive/,
    );
  });
  test('a backend that declares nothing is refused', () => {
    const { capabilities: _, ...bare } = xnnpack();
    expect(() => planBackendSuite({ backend: bare as BackendV1, zoo })).toThrow(KindlingError);
    try {
      planBackendSuite({ backend: bare as BackendV1, zoo });
    } catch (e) {
      expect(KindlingError.isInstance(e) && e.code).toBe(ErrorCode.InvalidArgument);
    }
  });
});
