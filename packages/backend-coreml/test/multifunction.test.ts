// Multi-method weight sharing: a program whose two methods' payloads are CMJR references to one
// multifunction package in its named data (written by ExecuTorch's CoreMLPartitioner, see
// tools/conformance/coreml_fixtures.py). Both methods run on the reference host, each through its
// own function, to ExecuTorch's outputs of the same model's portable program.
import { readFileSync } from 'node:fs';
import { Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { expect, test } from 'vitest';
import { coreml, readCoreMLPayload, readCoreMLReference, referenceHost } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const bytes = new Uint8Array(fixture('multifunction.pte'));
const record = JSON.parse(fixture('multifunction.json').toString('utf8')) as {
  methods: Record<
    string,
    { input: { shape: number[]; values: number[] }; output: { shape: number[]; values: number[] } }
  >;
};

test('each method is a CMJR reference to the same package, naming its own function', () => {
  const pte = PteFile.read(bytes);
  const keys = new Set<string>();
  for (const method of ['forward', 'prefill']) {
    const plan = pte.plan(method);
    const payload = pte.delegatePayload(plan.delegates[0]!);
    const ref = readCoreMLReference(payload)!;
    expect(ref.functionName).toBe(method);
    keys.add(ref.key);
    const p = readCoreMLPayload(payload, pte.namedData());
    expect(p.functionName).toBe(method);
    expect([...p.model.mlProgram!.functions.keys()].sort()).toEqual(['forward', 'prefill']);
  }
  expect(keys.size).toBe(1);
});

test('both methods run on the reference host to the recorded outputs', async () => {
  const module = await Module.load(bytes, { kernels: portableKernels, backends: [coreml({ host: referenceHost() })] });
  try {
    for (const [method, { input, output }] of Object.entries(record.methods)) {
      const outputs = await module.execute(method, [
        Tensor.from('float32', input.shape, Float32Array.from(input.values)),
      ]);
      const got = outputs.tensor(0);
      expect(got.sizes).toEqual(output.shape);
      got.toArray().forEach((v, i) => {
        const want = output.values[i] as number;
        expect(Math.abs(v - want)).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(want));
      });
    }
  } finally {
    await module.dispose();
  }
});
