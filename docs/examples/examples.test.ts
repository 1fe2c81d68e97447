import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('typed outputs, dtype names and loading from a Blob', async () => {
  const { topK } = await import('./typed-outputs.js');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/ops/topk/last/', import.meta.url));
  const floats = (name: string) => new Float32Array(new Uint8Array(readFileSync(`${dir}${name}`)).buffer);

  it('gives the values and indices ExecuTorch recorded for the topk program, reporting progress', async () => {
    const program = new Uint8Array(readFileSync(`${dir}portable.pte`));
    const progress: (number | undefined)[][] = [];
    const r = await topK(new Blob([program]), floats('in0.bin'), (loaded, total) => progress.push([loaded, total]));
    expect([...r.values]).toEqual([...floats('portable.out0.bin')]);
    const indices = new BigInt64Array(new Uint8Array(readFileSync(`${dir}portable.out1.bin`)).buffer);
    expect(r.indices).toEqual(Array.from(indices, Number));
    expect(r.printed).toBe('Tensor(float32, [2, 3]) Tensor(int64, [2, 3])');
    expect(progress.at(-1)).toEqual([program.byteLength, program.byteLength]);
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

describe('running on the GPU delegate (WebGPU)', async () => {
  const { runOnWebGpu } = await import('./run-on-webgpu.js');
  const { classifyDigit } = await import('./run-a-model.js');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const program = new Uint8Array(readFileSync(`${dir}digits/vulkan.pte`));
  const portable = new Uint8Array(readFileSync(`${dir}digits/portable.pte`));
  const images = new Float32Array(new Uint8Array(readFileSync(`${dir}digits/test_images.bin`)).buffer);
  // Node: the `webgpu` package (Dawn); SwiftShader from Debian's chromium when there is no GPU
  // (vitest.config.ts puts its Vulkan loader on the library path).
  const icd = '/usr/lib/chromium/vk_swiftshader_icd.json';
  if (!process.env.VK_ICD_FILENAMES && existsSync(icd)) process.env.VK_ICD_FILENAMES = icd;
  const { create } = await import('webgpu');
  const gpu = create([]);

  it('gives the portable logits, or says why there is no GPU', async () => {
    const image = images.subarray(0, 64);
    const result = await runOnWebGpu(program, image, [1, 1, 8, 8], gpu);
    if ('unavailable' in result) {
      if (process.env.KINDLING_REQUIRE_WEBGPU === '1') throw new Error(result.unavailable);
      expect(result.unavailable).toMatch(/adapter/);
      return;
    }
    const { logits } = await classifyDigit(portable, image);
    expect(result.output).toHaveLength(10);
    for (const [i, v] of logits.entries()) expect(Math.abs((result.output[i] as number) - v)).toBeLessThan(1e-4);
  });

  it('without a GPU object outside a browser: unavailable, with the reason', async () => {
    const result = await runOnWebGpu(program, images.subarray(0, 64), [1, 1, 8, 8]);
    expect(result).toEqual({ unavailable: expect.stringMatching(/navigator\.gpu/) });
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

describe('the selective-build guide', async () => {
  const { main } = await import('@kindling/cli');
  const { loadClassifier } = await import('./selective-build/src/classify.js');
  const guide = readFileSync(fileURLToPath(new URL('../guides/selective-build.md', import.meta.url)), 'utf8');
  const app = fileURLToPath(new URL('./selective-build/', import.meta.url));
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const digitsPte = `${dir}digits/portable.pte`;
  const generated = `${app}src/kernels.gen.ts`;

  /** Runs one of the guide's `npx kindling ...` lines, with its files mapped to the repository's. */
  async function kindling(line: string, files: Record<string, string>) {
    expect(guide, 'the guide shows this command').toContain(line);
    const argv = line
      .replace(/^npx kindling /, '')
      .split(' ')
      .map((a) => files[a] ?? a);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  /** A module's code without its comments (the header names the programs by their paths). */
  const code = (text: string) =>
    text
      .split('\n')
      .filter((l) => !l.startsWith('//'))
      .join('\n');

  it('kindling select writes the kernels.gen.ts the app imports', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kindling-guide-'));
    try {
      const out = join(scratch, 'kernels.gen.ts');
      const r = await kindling('npx kindling select digits.pte -o src/kernels.gen.ts', {
        'digits.pte': digitsPte,
        'src/kernels.gen.ts': out,
      });
      expect(r.code, r.err).toBe(0);
      expect(guide).toContain(r.out.replace(out, 'src/kernels.gen.ts'));
      expect(code(readFileSync(out, 'utf8'))).toBe(code(readFileSync(generated, 'utf8')));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('kindling inspect lists the operators the module imports kernels for', async () => {
    const r = await kindling('npx kindling inspect digits.pte', { 'digits.pte': digitsPte });
    expect(r.code, r.err).toBe(0);
    const { kernels } = await import('./selective-build/src/kernels.gen.js');
    for (const k of kernels) expect(r.out).toContain(k.op);
  });

  it('--check passes on the committed module and fails on one that lacks a kernel', async () => {
    const line = 'npx kindling select digits.pte -o src/kernels.gen.ts --check';
    const ok = await kindling(line, { 'digits.pte': digitsPte, 'src/kernels.gen.ts': generated });
    expect(ok.code, ok.err).toBe(0);
    const scratch = mkdtempSync(join(tmpdir(), 'kindling-guide-'));
    try {
      const lacking = join(scratch, 'kernels.gen.ts');
      writeFileSync(lacking, readFileSync(generated, 'utf8').replace(/, relu\b/g, ''));
      const r = await kindling(line, { 'digits.pte': digitsPte, 'src/kernels.gen.ts': lacking });
      expect(r.code).toBe(1);
      expect(r.err).toContain('relu (aten::relu.out)');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("the app's classifier gives ExecuTorch's logits with the selected kernels", async () => {
    const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as {
      cases: {
        id: string;
        tolerance: { atol: number; rtol: number };
        steps: { inputs: { file: string }[]; outputs: { file: string }[] }[];
      }[];
    };
    const c = manifest.cases.find((x) => x.id === 'digits/portable');
    const step = c?.steps[0];
    if (!c || !step) throw new Error('no digits/portable case in the manifest');
    const floats = (file: string) => new Float32Array(new Uint8Array(readFileSync(`${dir}${file}`)).buffer);
    const classify = await loadClassifier(new Uint8Array(readFileSync(digitsPte)));
    const logits = await classify(floats(step.inputs[0]?.file ?? ''));
    const want = floats(step.outputs[0]?.file ?? '');
    expect(logits).toHaveLength(want.length);
    for (const [i, e] of want.entries()) {
      expect(Math.abs((logits[i] as number) - e)).toBeLessThanOrEqual(
        c.tolerance.atol + c.tolerance.rtol * Math.abs(e),
      );
    }
  });
});

describe('choosing a backend', async () => {
  const { loadFastest } = await import('./choose-backend.js');
  const { Tensor } = await import('@kindling/core');
  const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/', import.meta.url));
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as {
    cases: {
      id: string;
      tolerance: { atol: number; rtol: number };
      steps: { inputs: { file: string }[]; outputs: { file: string }[] }[];
    }[];
  };
  const floats = (file: string) => new Float32Array(new Uint8Array(readFileSync(`${dir}${file}`)).buffer);

  it('takes the CPU delegate where there is no WebGPU, and gives the outputs ExecuTorch recorded', async () => {
    const c = manifest.cases.find((x) => x.id === 'digits/xnnpack');
    const step = c?.steps[0];
    if (!c || !step?.inputs[0] || !step.outputs[0]) throw new Error('no digits/xnnpack case in the manifest');
    const { module, runsOn } = await loadFastest({
      vulkan: new Uint8Array(readFileSync(`${dir}digits/vulkan.pte`)),
      xnnpack: new Uint8Array(readFileSync(`${dir}digits/xnnpack.pte`)),
    });
    try {
      expect(runsOn).toMatch(/^xnnpack on up to \d threads$/);
      const x = Tensor.from('float32', [1, 1, 8, 8], floats(step.inputs[0].file));
      const out = (await module.forward([x])).tensor(0).toArray();
      const want = floats(step.outputs[0].file);
      expect(out).toHaveLength(want.length);
      for (const [i, e] of want.entries()) {
        expect(Math.abs((out[i] as number) - e)).toBeLessThanOrEqual(c.tolerance.atol + c.tolerance.rtol * Math.abs(e));
      }
    } finally {
      await module.dispose();
    }
  });
});
