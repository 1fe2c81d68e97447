// A delegate's steady state: once a call with the same shapes has run, a call creates no GPU object
// but the one command encoder WebGPU requires per submission (no buffers, bind groups, pipelines,
// shader modules or layouts), opens no error scope, and submits once. Counted through a device
// wrapper that forwards every call to the real device.
import { ConformanceZoo } from '@kindling/conformance-zoo';
import { type EValue, EValues, ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { nodeGpu } from './node-gpu.js';
import { noData } from './one-graph.js';
import { buildVkPayload } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

/** The device, with every method call (and every queue method call) counted by name. */
function counted(device: GPUDevice): { device: GPUDevice; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const wrap = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(t, key) {
        if (key === 'queue' && prefix === '') return queue;
        const v = Reflect.get(t, key, t) as unknown;
        if (typeof v !== 'function') return v;
        const name = `${prefix}${String(key)}`;
        return (...a: unknown[]) => {
          counts.set(name, (counts.get(name) ?? 0) + 1);
          return (v as (...b: unknown[]) => unknown).apply(t, a);
        };
      },
    });
  const queue = wrap(device.queue, 'queue.');
  return { device: wrap(device, ''), counts };
}

const CREATES = [
  'createBuffer',
  'createBindGroup',
  'createBindGroupLayout',
  'createPipelineLayout',
  'createComputePipeline',
  'createComputePipelineAsync',
  'createShaderModule',
  'createTexture',
  'createQuerySet',
];

const per = (counts: Map<string, number>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, counts.get(n) ?? 0]));

describe.skipIf(!gpu)(`steady state${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('a delegate call after the first creates only its command encoder and submits once', async () => {
    const adapter = await gpu!.requestAdapter();
    const real = await adapter!.requestDevice();
    const { device, counts } = counted(real);
    const backend = webgpu({ device });
    // linear then relu: two launches
    const payload = buildVkPayload({
      values: [
        { kind: 'tensor', dims: [5, 6] },
        { kind: 'tensor', dims: [8, 6], constant: 0 },
        { kind: 'null' },
        { kind: 'tensor', dims: [5, 8] },
        { kind: 'tensor', dims: [5, 8] },
      ],
      chain: [
        { name: 'aten.linear.default', args: [0, 1, 2, 3] },
        { name: 'aten.relu.default', args: [3, 4] },
      ],
      inputs: [0],
      outputs: [4],
      constants: [{ raw: new Uint8Array(Float32Array.from({ length: 48 }, (_, i) => (i % 7) - 3).buffer) }],
    });
    const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
    const handle = await backend.init(ctx, payload, []);
    const x = Tensor.from(
      ScalarType.Float,
      [5, 6],
      Float32Array.from({ length: 30 }, (_, i) => i / 10 - 1),
    );
    const out = Tensor.zeros(ScalarType.Float, [5, 8]);
    const args: EValue[] = [EValues.tensor(x), EValues.tensor(out)];
    await backend.execute({ methodName: 'forward' }, handle, args);
    const first = Float32Array.from(out.data as Float32Array);
    counts.clear();
    const calls = 4;
    for (let i = 0; i < calls; i++) await backend.execute({ methodName: 'forward' }, handle, args);
    expect(per(counts, CREATES)).toEqual(Object.fromEntries(CREATES.map((n) => [n, 0])));
    expect(per(counts, ['createCommandEncoder', 'queue.submit', 'pushErrorScope', 'popErrorScope'])).toEqual({
      createCommandEncoder: calls,
      'queue.submit': calls,
      pushErrorScope: 0,
      popErrorScope: 0,
    });
    expect(out.data).toEqual(first);
    // relu of the product: checked once against a loop here
    const w = Float32Array.from({ length: 48 }, (_, i) => (i % 7) - 3);
    const xs = x.data as Float32Array;
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 8; c++) {
        let acc = 0;
        for (let k = 0; k < 6; k++) acc += xs[r * 6 + k]! * w[c * 6 + k]!;
        expect(first[r * 8 + c]).toBeCloseTo(Math.max(0, acc), 5);
      }
    }
    backend.destroy?.(handle);
    real.destroy();
  });

  test('a zoo program (convolutions, pooling, linear) in steady state: no GPU object but the encoder', async () => {
    const adapter = await gpu!.requestAdapter();
    const real = await adapter!.requestDevice();
    const { device, counts } = counted(real);
    const backend = webgpu({ device });
    const zoo = ConformanceZoo.open();
    const c = zoo.available({}).find((k) => k.id === 'digits/vulkan')!;
    const { Module, portableKernels } = await import('@kindling/runtime');
    const module = await Module.load(zoo.programBytes(c), { backends: [backend], kernels: portableKernels });
    const inputs = zoo.inputs(c, 0) as Tensor[];
    await module.forward(inputs);
    counts.clear();
    const [out] = await module.forward(inputs);
    expect(per(counts, CREATES)).toEqual(Object.fromEntries(CREATES.map((n) => [n, 0])));
    expect(counts.get('createCommandEncoder')).toBe(c.delegate_calls);
    expect(counts.get('pushErrorScope') ?? 0).toBe(0);
    const check = zoo.compare(c, out!, c.steps[0]!.outputs[0]!);
    expect(check.ok, JSON.stringify(check)).toBe(true);
    await module.dispose();
    real.destroy();
  });
});
