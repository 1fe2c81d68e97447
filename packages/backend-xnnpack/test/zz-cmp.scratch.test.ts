import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';
import { test } from 'vitest';
import { logicalNumbers, readManifest, readTensorFile, toDimOrder } from '../../../tools/conformance-runner/src/manifest.js';
import { xnnpack } from '../src/index.js';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'fixtures/conformance');
const manifest = readManifest(join(dir, 'manifest.json'));
const ids = (process.env.CMP_IDS ?? '').split(',');
test('cmp', async () => {
  const all = ids[0] === 'ALL';
  for (const c of manifest.cases) {
    if (!(all ? c.flavour.startsWith('xnnpack-') && c.committed : ids.includes(c.id))) continue;
    const module = await Module.load(new Uint8Array(readFileSync(join(dir, c.file))), { backends: [xnnpack()], kernels: portableKernels });
    for (const step of c.steps) {
      const outs = await module.execute(step.method, step.inputs.map((v: any) => (v.kind === 'tensor' ? (v.dim_order ? toDimOrder(readTensorFile(dir, v), v.dim_order) : readTensorFile(dir, v)) : v.kind === 'none' ? null : v.value)));
      step.outputs.forEach((w: any, i: number) => {
        if (w.kind !== 'tensor') return;
        const a = logicalNumbers(outs[i] as Tensor);
        const e = logicalNumbers(readTensorFile(dir, w));
        const g = logicalNumbers(readTensorFile(dir, (step as any).eager_outputs[i]));
        let maxE = 0, maxG = 0, bad = 0, etg = 0, worst = -1;
        for (let j = 0; j < e.length; j++) {
          const d = Math.abs(a[j]! - e[j]!);
          if (d > maxE) { maxE = d; worst = j; }
          if (d > c.tolerance.atol) bad++;
          maxG = Math.max(maxG, Math.abs(a[j]! - g[j]!));
          etg = Math.max(etg, Math.abs(e[j]! - g[j]!));
        }
        console.log(`${c.id} out${i}: maxErrVsET=${maxE.toPrecision(4)} atol=${c.tolerance.atol} bad=${bad}/${e.length} worst=${worst} got=${a[worst]} want=${e[worst]} | vsEager=${maxG.toPrecision(4)} ETvsEager=${etg.toPrecision(4)}`);
      });
    }
    await module.dispose();
  }
});
