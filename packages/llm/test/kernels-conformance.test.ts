// Programs exported by the real ExecuTorch 1.5.1 that call the custom operators, run through Kindling
// with the portable kernels and this package's kernels, compared with the recorded references
// (ExecuTorch's runtime for quantized_decomposed::*, eager PyTorch running ExecuTorch's CPU kernels
// for llama::*). Regenerate with packages/llm/scripts/export_kernel_cases.py.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compareOutput,
  type ManifestCase,
  type ManifestValue,
  readManifest,
  readTensorFile,
} from '@kindling/conformance-zoo';
import type { Tensor } from '@kindling/core';
import { type MethodInput, Module, portableKernels } from '@kindling/runtime';
import { describe, expect, it } from 'vitest';
import { llmKernels } from '../src/kernels/index.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/kernels');
const manifest = readManifest(join(DIR, 'manifest.json'));
const cases = manifest.cases as (ManifestCase & { reference: string })[];

function toInput(v: ManifestValue): MethodInput {
  switch (v.kind) {
    case 'tensor':
      return readTensorFile(DIR, v);
    case 'none':
      return null;
    default:
      return v.value;
  }
}

describe('llm kernels against programs exported by ExecuTorch', () => {
  it('has the cases the kernels need', () => {
    const ops = new Set(cases.flatMap((c) => c.operators));
    for (const k of llmKernels) expect(ops.has(k.op), `${k.op} has a conformance case`).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  for (const c of cases) {
    it(`${c.id} (${c.reference}; ${c.notes})`, async () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, c.file)));
      expect(bytes.byteLength).toBe(c.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(c.sha256);
      expect(c.operators.some((o) => o.startsWith('llama::') || o.startsWith('quantized_decomposed::'))).toBe(true);
      const module = await Module.load(bytes, { kernels: [...portableKernels, ...llmKernels] });
      try {
        for (const [s, step] of c.steps.entries()) {
          const outputs = await module.execute(step.method, step.inputs.map(toInput));
          expect(outputs.length, `step ${s}`).toBe(step.outputs.length);
          for (const [i, want] of step.outputs.entries()) {
            const r = compareOutput(DIR, outputs[i] as Tensor, want, c.tolerance);
            expect(r.ok, `step ${s} output ${i}: ${r.message}`).toBe(true);
          }
        }
      } finally {
        await module.dispose();
      }
    });
  }
});
