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

/** Repository root. */
export const ROOT = join(__dirname, '../../..');
/** The committed conformance fixtures. */
export const ZOO_DIR = join(ROOT, 'packages/conformance-zoo/cases');

/** Committed portable (non-delegated) cases of the conformance zoo. */
export function portableCases(): ManifestCase[] {
  return readManifest(join(ZOO_DIR, 'manifest.json')).cases.filter((c) => c.flavour === 'portable' && c.committed);
}

export function readCase(c: ManifestCase): Uint8Array {
  return new Uint8Array(readFileSync(join(ZOO_DIR, c.file)));
}

function toInput(v: ManifestValue): MethodInput {
  switch (v.kind) {
    case 'tensor': {
      const t = readTensorFile(ZOO_DIR, v);
      return v.dim_order ? toDimOrder(t, v.dim_order) : t;
    }
    case 'none':
      return null;
    default:
      return v.value;
  }
}

/**
 * Runs every recorded step of a case on `bytes` with the portable kernels (and `backends`) and
 * compares with ExecuTorch's recorded outputs. Returns the largest absolute error; throws on a mismatch.
 */
export async function runCase(
  c: ManifestCase,
  bytes: Uint8Array,
  backends: Parameters<typeof Module.load>[1] = {},
): Promise<number> {
  const module = await Module.load(bytes, { kernels: portableKernels, ...backends });
  try {
    let worst = 0;
    for (const [s, step] of c.steps.entries()) {
      const outputs = await module.execute(step.method, step.inputs.map(toInput));
      if (outputs.length !== step.outputs.length)
        throw new Error(`step ${s}: ${outputs.length} outputs, expected ${step.outputs.length}`);
      for (const [i, want] of step.outputs.entries()) {
        const r = compareOutput(ZOO_DIR, outputs[i] as Tensor, want, c.tolerance);
        if (!r.ok) throw new Error(`${c.id} step ${s} output ${i}: ${r.message}`);
        worst = Math.max(worst, r.maxAbs);
      }
    }
    return worst;
  } finally {
    await module.dispose();
  }
}
