import { join } from 'node:path';
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { Module, portableKernels } from '@kindling/runtime';

/** Repository root. */
export const ROOT = join(__dirname, '../../..');

const zoo = ConformanceZoo.open();

/** Committed portable (non-delegated) cases of the conformance zoo. */
export function portableCases(): ManifestCase[] {
  return zoo.available().filter((c) => c.delegates.length === 0);
}

export function readCase(c: ManifestCase): Uint8Array {
  return zoo.programBytes(c);
}

/**
 * Runs every recorded step of a case on `bytes` with the portable kernels and compares with
 * ExecuTorch's recorded outputs. Returns the largest absolute error; throws on a mismatch.
 */
export async function runCase(c: ManifestCase, bytes: Uint8Array): Promise<number> {
  const module = await Module.load(bytes, { kernels: portableKernels });
  try {
    let worst = 0;
    for (const [s, step] of c.steps.entries()) {
      const outputs = await module.execute(step.method, zoo.inputs(c, s));
      if (outputs.length !== step.outputs.length)
        throw new Error(`step ${s}: ${outputs.length} outputs, expected ${step.outputs.length}`);
      for (const [i, want] of step.outputs.entries()) {
        const r = zoo.compare(c, outputs[i], want);
        if (!r.ok) throw new Error(`${c.id} step ${s} output ${i}: ${r.message}`);
        worst = Math.max(worst, r.maxAbs);
      }
    }
    return worst;
  } finally {
    await module.dispose();
  }
}
