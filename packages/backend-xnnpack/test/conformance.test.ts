import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareOutput,
  type ManifestCase,
  type ManifestValue,
  readManifest,
  readTensorFile,
  toDimOrder,
} from '@kindling/conformance-zoo';
import type { Tensor } from '@kindling/core';
import { type MethodInput, Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { xnnpack } from '../src/index.js';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'packages/conformance-zoo/cases');
const manifest = readManifest(join(dir, 'manifest.json'));

function toInput(v: ManifestValue): MethodInput {
  switch (v.kind) {
    case 'tensor': {
      const t = readTensorFile(dir, v);
      return v.dim_order ? toDimOrder(t, v.dim_order) : t;
    }
    case 'none':
      return null;
    default:
      return v.value;
  }
}

/** Runs one case; returns undefined on success, else the reason. */
async function run(c: ManifestCase): Promise<string | undefined> {
  const bytes = new Uint8Array(readFileSync(join(dir, c.file)));
  const module = await Module.load(bytes, { backends: [xnnpack()], kernels: portableKernels });
  try {
    for (const [s, step] of c.steps.entries()) {
      const outputs = await module.execute(step.method, step.inputs.map(toInput));
      if (outputs.length !== step.outputs.length)
        return `step ${s}: ${outputs.length} outputs, expected ${step.outputs.length}`;
      for (const [i, want] of step.outputs.entries()) {
        const r = compareOutput(dir, outputs[i] as Tensor, want, c.tolerance);
        if (!r.ok) return `step ${s} output ${i}: ${r.message} (max abs ${r.maxAbs})`;
      }
    }
    return undefined;
  } finally {
    await module.dispose();
  }
}

// A committed case whose program file is missing fails (run() cannot read it) rather than being skipped.
const cases = manifest.cases.filter((c) => c.flavour.startsWith('xnnpack') && c.committed);

/**
 * Every committed XNNPACK case (fp32, static int8, dynamically quantized) must match ExecuTorch's
 * recorded outputs within the manifest tolerance; there is no list of expected failures.
 */
describe('conformance zoo through the XNNPACK backend', () => {
  test.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const failure = await run(c).catch(
      (e: unknown) => `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
    );
    if (process.env.XNN_CONFORMANCE_LOG) console.log(`${failure ? 'FAIL' : 'PASS'} ${id} ${failure ?? ''}`);
    expect(failure, id).toBeUndefined();
  });
});
