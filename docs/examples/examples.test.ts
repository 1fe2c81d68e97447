import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PteFile } from '@kindling/ir';
import { describe, expect, it } from 'vitest';
import { inspectProgram } from './inspect-a-program.js';
import { renameMethod } from './rewrite-a-program.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/upstream/${name}`, import.meta.url));

describe('guide examples', () => {
  it('inspect-a-program lists methods, operators and constant values', () => {
    const lines = inspectProgram(fixture('numpyrt__multi_method.pte'));
    expect(lines.some((l) => l.startsWith('forward(') && l.includes('aten::'))).toBe(true);
    const stories = inspectProgram(fixture('executorch__stories260k_hybrid_llama_qnn.pte'));
    expect(stories).toContain('get_max_seq_len = 128');
    expect(stories.find((l) => l.startsWith('kv_forward('))).toContain('delegates: QnnBackend');
  });

  it('rewrite-a-program renames a method and keeps everything else', () => {
    const bytes = new Uint8Array(readFileSync(fixture('numpyrt__multi_method.pte')));
    const out = PteFile.read(renameMethod(bytes, 'double', 'twice'));
    expect(out.methodNames.sort()).toEqual(['forward', 'twice']);
    expect(out.plan('twice').chains).toEqual(PteFile.read(bytes).plan('double').chains);
  });
});

describe('running a model', async () => {
  const { classifyDigit, profile } = await import('./run-a-model.js');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const program = new Uint8Array(readFileSync(`${dir}digits/portable.pte`));
  const images = new Float32Array(new Uint8Array(readFileSync(`${dir}digits/test_images.bin`)).buffer);
  const labels = new BigInt64Array(new Uint8Array(readFileSync(`${dir}digits/test_labels.bin`)).buffer);

  it('classifies held-out digits as their labels say', async () => {
    let correct = 0;
    for (let i = 0; i < 20; i++) {
      const { digit, logits } = await classifyDigit(program, images.subarray(i * 64, (i + 1) * 64));
      expect(logits).toHaveLength(10);
      if (BigInt(digit) === labels[i]) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(19);
  });

  it('profiles per operator', async () => {
    const rows = await profile(program, images.subarray(0, 64));
    expect(rows.map((r) => r.name)).toContain('aten::convolution.out');
  });
});

describe('running on the XNNPACK delegate', async () => {
  const { runOnXnnpack } = await import('./run-on-xnnpack.js');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const program = new Uint8Array(readFileSync(`${dir}digits/xnnpack.pte`));
  const images = new Float32Array(new Uint8Array(readFileSync(`${dir}digits/test_images.bin`)).buffer);

  it('gives the same logits on one and two threads and reports the delegate', async () => {
    const image = images.subarray(0, 64);
    const one = await runOnXnnpack(program, image, [1, 1, 8, 8], 1);
    const two = await runOnXnnpack(program, image, [1, 1, 8, 8], 2);
    expect(two.output).toEqual(one.output);
    expect(one.output).toHaveLength(10);
    expect(one.delegates.map((d) => d.threads)).toEqual([1]);
    // Node has worker_threads and SharedArrayBuffer: the second run really uses two threads.
    expect(two.delegates.map((d) => d.threads)).toEqual([2]);
    expect(['relaxed-simd', 'simd']).toContain(one.delegates[0]?.kernels);
    expect(one.delegates[0]?.nodes).toContain('FullyConnected');
  });
});

describe('selected kernels', async () => {
  const { classifyWithSelectedKernels } = await import('./selected-kernels.js');
  const { classifyDigit } = await import('./run-a-model.js');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const program = new Uint8Array(readFileSync(`${dir}digits/portable.pte`));
  const images = new Float32Array(new Uint8Array(readFileSync(`${dir}digits/test_images.bin`)).buffer);

  it('runs the digits program with its five kernels, as with all of them', async () => {
    for (let i = 0; i < 5; i++) {
      const pixels = images.subarray(i * 64, (i + 1) * 64);
      const { logits } = await classifyDigit(program, pixels);
      expect(await classifyWithSelectedKernels(program, pixels)).toEqual(logits);
    }
  });
});
