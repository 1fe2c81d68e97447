// Tensors of one memory object (the payload's mem_obj_id) share a GPU buffer where their lifetimes
// in the launch order are disjoint: the bytes of buffers created at init drop by what the shared
// tensors would have taken, results stay those of an independent reference, and tensors whose
// lifetimes overlap keep buffers of their own whatever the payload says.
import { ConformanceZoo } from '@kindling/conformance-zoo';
import { EValues, ScalarType, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { GpuGraph } from '../src/runtime/gpu-graph.js';
import type { Plan } from '../src/runtime/plan.js';
import { prepareDelegate } from '../src/runtime/prepare.js';
import { nodeGpu } from './node-gpu.js';
import { expectNear, noData } from './one-graph.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

/** The device, with the bytes of every buffer it creates added up. */
function measured(device: GPUDevice): { device: GPUDevice; bytes: () => number } {
  let total = 0;
  const wrapped = new Proxy(device, {
    get(t, key) {
      const v = Reflect.get(t, key, t) as unknown;
      if (key === 'createBuffer') {
        return (d: GPUBufferDescriptor) => {
          total += d.size;
          return t.createBuffer(d);
        };
      }
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
  return { device: wrapped, bytes: () => total };
}

const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };

/** Runs `payload` once on a fresh measured device: the outputs, and the bytes created at init. */
async function run(real: GPUDevice, payload: Uint8Array, inputs: Tensor[], outputs: Tensor[]) {
  const { device, bytes } = measured(real);
  const backend = webgpu({ device });
  const handle = await backend.init(ctx, payload, []);
  const atInit = bytes();
  try {
    await backend.execute({ methodName: 'forward' }, handle, [...inputs, ...outputs].map(EValues.tensor));
  } finally {
    backend.destroy?.(handle);
  }
  return atInit;
}

const N = 64;
const relu = (xs: readonly number[]) => xs.map((v) => Math.max(v, 0));
const input = () => Array.from({ length: N }, (_, i) => Math.sin(i * 1.7) * 3);

/** x -> a -> b -> c -> d -> y by relu, add and relu again, with the given memory object ids for a..d. */
function chain(ids: [number, number, number, number]): TestGraph {
  const t = (memObj: number) => ({ kind: 'tensor' as const, dims: [N], memObj });
  return {
    values: [
      { kind: 'tensor', dims: [N] }, // 0 x
      t(ids[0]), // 1 a = relu(x)
      t(ids[1]), // 2 b = a + a
      t(ids[2]), // 3 c = relu(b)
      t(ids[3]), // 4 d = c + c
      { kind: 'tensor', dims: [N] }, // 5 y = relu(d)
      { kind: 'int', value: 1 }, // 6 alpha
    ],
    chain: [
      { name: 'aten.relu.default', args: [0, 1] },
      { name: 'aten.add.Tensor', args: [1, 1, 6, 2] },
      { name: 'aten.relu.default', args: [2, 3] },
      { name: 'aten.add.Tensor', args: [3, 3, 6, 4] },
      { name: 'aten.relu.default', args: [4, 5] },
    ],
    inputs: [0],
    outputs: [5],
    constants: [],
  };
}

/** y = relu(relu(relu(x) * 2) * 2), the reference of {@link chain}. */
const chainReference = (x: number[]) => relu(relu(relu(x).map((v) => 2 * v)).map((v) => 2 * v));

describe.skipIf(!gpu)(`GPU buffers shared by memory object${gpu ? '' : ` (skipped: ${reason})`}`, () => {
  test('a and c, b and d (disjoint lifetimes) share: two buffers fewer, the same results', async () => {
    const device = await (await gpu!.requestAdapter())!.requestDevice();
    const x = input();
    const want = chainReference(x);
    const results: number[] = [];
    for (const ids of [
      [-1, -1, -1, -1],
      [0, 1, 0, 1],
    ] as [number, number, number, number][]) {
      const out = Tensor.zeros(ScalarType.Float, [N]);
      results.push(await run(device, buildVkPayload(chain(ids)), [Tensor.from(ScalarType.Float, [N], x)], [out]));
      expectNear(out.data as Float32Array, want, 1e-6);
    }
    // c and d take no buffer of their own: N floats each
    expect(results[0]! - results[1]!).toBe(2 * N * 4);
    device.destroy();
  });

  test('one id on tensors whose lifetimes overlap: separate buffers, correct results', async () => {
    const device = await (await gpu!.requestAdapter())!.requestDevice();
    const x = input();
    const want = chainReference(x);
    // a and b overlap (b = a + a), b and c too, c and d too; all claim memory object 0
    const results: number[] = [];
    for (const ids of [
      [-1, -1, -1, -1],
      [0, 0, 0, 0],
    ] as [number, number, number, number][]) {
      const out = Tensor.zeros(ScalarType.Float, [N]);
      results.push(await run(device, buildVkPayload(chain(ids)), [Tensor.from(ScalarType.Float, [N], x)], [out]));
      expectNear(out.data as Float32Array, want, 1e-6);
    }
    // a and c (disjoint) may still share, as may b and d; never a tensor with one it overlaps
    expect(results[0]! - results[1]!).toBe(2 * N * 4);
    device.destroy();
  });

  test('a graph input or output never shares, whatever its id', async () => {
    const device = await (await gpu!.requestAdapter())!.requestDevice();
    const x = input();
    const g = chain([-1, -1, -1, -1]);
    // x (read first) and y (written last) are disjoint in the launches, but the caller's
    g.values[0] = { kind: 'tensor', dims: [N], memObj: 7 };
    g.values[5] = { kind: 'tensor', dims: [N], memObj: 7 };
    const base = await run(
      device,
      buildVkPayload(chain([-1, -1, -1, -1])),
      [Tensor.from(ScalarType.Float, [N], x)],
      [Tensor.zeros(ScalarType.Float, [N])],
    );
    const out = Tensor.zeros(ScalarType.Float, [N]);
    expect(await run(device, buildVkPayload(g), [Tensor.from(ScalarType.Float, [N], x)], [out])).toBe(base);
    expectNear(out.data as Float32Array, chainReference(x), 1e-6);
    device.destroy();
  });

  test("zoo programs' shared ids lower the bytes created at init; outputs stay ExecuTorch's", async () => {
    const zoo = ConformanceZoo.open();
    const device = await (await gpu!.requestAdapter())!.requestDevice();
    for (const id of ['blocks/multi_head_attention/vulkan', 'tiny_llama/vulkan']) {
      const c = zoo.available({}).find((k) => k.id === id)!;
      const file = PteFile.read(zoo.programBytes(c));
      let shared = 0;
      let separate = 0;
      for (const d of file.plan('forward').delegates) {
        const { plan, constants } = prepareDelegate(file.delegatePayload(d), file.namedData());
        // the same plan with the ids dropped: every tensor not a view in a buffer of its own
        const plain = new Map([...plan.tensors].map(([k, t]) => [k, { ...t, memObj: undefined }]));
        const created = (tensors: Plan['tensors']): number => {
          const { device: m, bytes } = measured(device);
          const g = new GpuGraph(m, { ...plan, tensors }, (k) => constants.get(k)!, new Map(), 2 ** 30);
          g.dispose();
          return bytes();
        };
        shared += created(plan.tensors);
        separate += created(plain);
      }
      expect(shared, id).toBeLessThan(separate);
      // and the program still gives ExecuTorch's outputs
      const { Module, portableKernels } = await import('@kindling/runtime');
      const module = await Module.load(zoo.programBytes(c), {
        backends: [webgpu({ device })],
        kernels: portableKernels,
      });
      for (const [i, step] of c.steps.entries()) {
        const outs = await module.forward(zoo.inputs(c, i) as Tensor[]);
        step.outputs.forEach((o, j) => {
          const check = zoo.compare(c, outs[j]!, o);
          expect(check.ok, `${id} step ${i} output ${j}: ${JSON.stringify(check)}`).toBe(true);
        });
      }
      await module.dispose();
    }
    device.destroy();
  });
});
