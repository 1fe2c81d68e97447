import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScalarType, Tensor } from '@kindling/core';
import { importProgram, PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { emitProgram, findPlanConflict } from '../src/index.js';
import { portableCases, ROOT, readCase, runCase } from './zoo.js';

const rows: { id: string; ours: number; executorch: number }[] = [];

describe('import -> re-plan -> emit of every committed portable zoo program', () => {
  it.each(portableCases().map((c) => [c.id, c] as const))('%s runs with the recorded outputs', async (_id, c) => {
    const original = PteFile.read(readCase(c));
    const graphs = importProgram(original);
    const { bytes, plans } = emitProgram(graphs);
    const emitted = PteFile.read(bytes);
    for (const g of graphs) {
      const plan = plans.get(g.name);
      if (!plan) throw new Error('no plan');
      expect(
        findPlanConflict(
          plan.lifetimes,
          plan.lifetimes.map((l) => plan.allocation(l.value)?.offset ?? -1),
        ),
      ).toBeUndefined();
      const theirs = Number(
        original
          .plan(g.name)
          .nonConstBufferSizes.slice(1)
          .reduce((a, b) => a + b, 0n),
      );
      const ours = Number(
        emitted
          .plan(g.name)
          .nonConstBufferSizes.slice(1)
          .reduce((a, b) => a + b, 0n),
      );
      rows.push({ id: `${c.id}:${g.name}`, ours, executorch: theirs });
      expect(ours).toBeLessThanOrEqual(theirs);
    }
    await runCase(c, bytes);
  });

  afterAll(() => {
    const ours = rows.reduce((a, r) => a + r.ours, 0);
    const theirs = rows.reduce((a, r) => a + r.executorch, 0);
    const smaller = rows.filter((r) => r.ours < r.executorch).length;
    console.log(
      `memory planning over ${rows.length} methods: ours ${ours} B, ExecuTorch ${theirs} B; smaller in ${smaller}, equal in ${rows.filter((r) => r.ours === r.executorch).length}`,
    );
  });
});

const upstream = join(ROOT, 'fixtures/upstream');
describe('import -> re-plan -> emit of the upstream fixtures', () => {
  const files = readdirSync(upstream).filter((f) => f.endsWith('.pte'));
  it.each(files)('%s reads back with the same methods, operators and constants', async (name) => {
    const original = PteFile.read(new Uint8Array(readFileSync(join(upstream, name))));
    const { bytes } = emitProgram(importProgram(original));
    const emitted = PteFile.read(bytes);
    expect(emitted.methodNames).toEqual(original.methodNames);
    for (const m of original.methodNames) {
      const a = original.plan(m);
      const b = emitted.plan(m);
      expect(b.operators).toEqual(a.operators);
      expect(b.inputs.length).toBe(a.inputs.length);
      expect(b.outputs.length).toBe(a.outputs.length);
      expect(b.delegates.map((d) => d.id)).toEqual(a.delegates.map((d) => d.id));
      // Constant tensors keep their bytes.
      const constants = (f: PteFile, p: typeof a) =>
        p.values.flatMap((v) =>
          v.type === 'Tensor' && v.tensor.dataBufferIdx > 0 && !v.tensor.allocationInfo && !v.tensor.extraTensorInfo
            ? [Array.from(f.constantBytes(v.tensor))]
            : [],
        );
      expect(constants(emitted, b)).toEqual(constants(original, a));
    }
  });

  it('the re-emitted ModuleLinear (deprecated constant buffer) computes what the original computes', async () => {
    const original = new Uint8Array(readFileSync(join(upstream, 'executorch__module_linear_no_constant_segment.pte')));
    const { bytes } = emitProgram(importProgram(PteFile.read(original)));
    const run = async (b: Uint8Array) => {
      const m = await Module.load(b, { kernels: portableKernels });
      const [y] = await m.execute('forward', [Tensor.from(ScalarType.Float, [2, 2], [1, -2, 3.5, 4])]);
      return Array.from((y as Tensor).data as Float32Array);
    };
    const want = await run(original);
    expect(want.some((x) => x !== 0)).toBe(true);
    expect(await run(bytes)).toEqual(want);
  });
});
