// The backend on a WebGPU device (Node, the `webgpu` package): availability answers, and operators
// the zoo's programs do not reach (raw-bytes constants, addmm with beta/alpha, clamp, sigmoid, tanh,
// log-softmax, out-of-range embedding ids, strided/dilated/grouped convolution with clamp) compared
// with TypeScript references written here.
import { seededRandom } from '@kindling/backend-utils';
import { ConformanceZoo } from '@kindling/conformance-zoo';
import { ErrorCode, EValues, KindlingError, type NamedDataMap, ScalarType, Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { nodeGpu } from './node-gpu.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

const noData: NamedDataMap = {
  keys: () => [],
  has: () => false,
  get: (k) => {
    throw new KindlingError(ErrorCode.NotFound, k);
  },
  layout: () => undefined,
};

describe('availability', () => {
  test('without navigator.gpu or an injected GPU: unavailable, with the reason', async () => {
    expect(await webgpu().isAvailable()).toEqual({ available: false, reason: expect.stringMatching(/navigator\.gpu/) });
  });
  test('an adapter request that answers null: unavailable, with the reason', async () => {
    const fake = { requestAdapter: async () => null } as unknown as GPU;
    expect(await webgpu({ gpu: fake }).isAvailable()).toEqual({
      available: false,
      reason: expect.stringMatching(/no WebGPU adapter/),
    });
  });
  test('init without a device fails with NotSupported and the reason', async () => {
    const payload = buildVkPayload({
      values: [
        { kind: 'tensor', dims: [2] },
        { kind: 'tensor', dims: [2] },
      ],
      chain: [{ name: 'aten.relu.default', args: [0, 1] }],
      inputs: [0],
      outputs: [1],
      constants: [],
    });
    const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
    await expect(webgpu().init(ctx, payload, [])).rejects.toMatchObject({ code: ErrorCode.NotSupported });
  });
});

const random = seededRandom(18);
const rand = (n: number) => Float32Array.from({ length: n }, () => random() * 4 - 2);
const bytes = (a: Float32Array) => new Uint8Array(a.buffer.slice(0));

/** Runs a built one-node graph on the device and returns its single float output. */
async function runGraph(g: TestGraph, inputs: Tensor[]): Promise<Float32Array> {
  const backend = webgpu({ gpu: gpu! });
  const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
  const handle = await backend.init(ctx, buildVkPayload(g), []);
  const outV = g.values[g.outputs[0]!]!;
  if (outV.kind !== 'tensor') throw new Error('output is not a tensor');
  const out = Tensor.zeros(ScalarType.Float, outV.dims);
  await backend.execute({ methodName: 'forward' }, handle, [...inputs.map(EValues.tensor), EValues.tensor(out)]);
  backend.destroy?.(handle);
  return out.data as Float32Array;
}

function expectClose(got: Float32Array, want: ArrayLike<number>, tol = 1e-5): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < got.length; i++) {
    const w = want[i]!;
    if (Number.isNaN(w) && Number.isNaN(got[i]!)) continue;
    if (!(Math.abs(got[i]! - w) <= tol * (1 + Math.abs(w)))) {
      throw new Error(`element ${i}: got ${got[i]}, expected ${w}`);
    }
  }
}

describe.skipIf(!gpu)(`operators on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('addmm with raw-bytes weights, beta and alpha', async () => {
    const [m, k, n] = [3, 5, 4];
    const a = rand(m * k);
    const w = rand(k * n);
    const bias = rand(n);
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [n], constant: 0 },
          { kind: 'tensor', dims: [m, k] },
          { kind: 'tensor', dims: [k, n], constant: 1 },
          { kind: 'double', value: 0.5 },
          { kind: 'double', value: 2 },
          { kind: 'tensor', dims: [m, n] },
        ],
        chain: [{ name: 'aten.addmm.default', args: [0, 1, 2, 3, 4, 5] }],
        inputs: [1],
        outputs: [5],
        constants: [{ raw: bytes(bias) }, { raw: bytes(w) }],
      },
      [Tensor.from(ScalarType.Float, [m, k], a)],
    );
    const want: number[] = [];
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += a[i * k + q]! * w[q * n + j]!;
        want.push(0.5 * bias[j]! + 2 * s);
      }
    }
    expectClose(got, want);
  });

  const unaryCases: [string, TestGraph['values'][number][], (x: number) => number][] = [
    ['aten.sigmoid.default', [], (x) => 1 / (1 + Math.exp(-x))],
    ['aten.tanh.default', [], Math.tanh],
    ['aten.clamp.default', [{ kind: 'double', value: -0.5 }, { kind: 'null' }], (x) => Math.max(x, -0.5)],
  ];
  for (const e of [2, 3, -1, 1.5]) {
    unaryCases.push([
      'aten.pow.Tensor_Scalar',
      [{ kind: 'double', value: e }],
      // a negative base with a fractional exponent has no real power (NaN, as in ATen)
      (x) => x ** e,
    ]);
  }
  for (const [name, extra, ref] of unaryCases) {
    test(name, async () => {
      const x = rand(37);
      const values: TestGraph['values'] = [{ kind: 'tensor', dims: [37] }, ...extra, { kind: 'tensor', dims: [37] }];
      const got = await runGraph(
        {
          values,
          chain: [{ name, args: values.map((_, i) => i) }],
          inputs: [0],
          outputs: [values.length - 1],
          constants: [],
        },
        [Tensor.from(ScalarType.Float, [37], x)],
      );
      expectClose(got, Array.from(x, ref), 4e-6);
    });
  }

  test('a launch of more than 65535 workgroups (two-dimensional grid) covers every element', async () => {
    const count = 65_535 * 64 + 300;
    const x = Float32Array.from({ length: count }, (_, i) => (i % 7) - 3);
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [count] },
          { kind: 'tensor', dims: [count] },
        ],
        chain: [{ name: 'aten.relu.default', args: [0, 1] }],
        inputs: [0],
        outputs: [1],
        constants: [],
      },
      [Tensor.from(ScalarType.Float, [count], x)],
    );
    expectClose(
      got,
      Array.from(x, (v) => Math.max(v, 0)),
      0,
    );
  });

  test('log-softmax over dim 0', async () => {
    const x = rand(12);
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [4, 3] },
          { kind: 'int', value: 0 },
          { kind: 'bool', value: false },
          { kind: 'tensor', dims: [4, 3] },
        ],
        chain: [{ name: 'aten._log_softmax.default', args: [0, 1, 2, 3] }],
        inputs: [0],
        outputs: [3],
        constants: [],
      },
      [Tensor.from(ScalarType.Float, [4, 3], x)],
    );
    const want = new Float64Array(12);
    for (let c = 0; c < 3; c++) {
      let mx = -Infinity;
      for (let r = 0; r < 4; r++) mx = Math.max(mx, x[r * 3 + c]!);
      let s = 0;
      for (let r = 0; r < 4; r++) s += Math.exp(x[r * 3 + c]! - mx);
      for (let r = 0; r < 4; r++) want[r * 3 + c] = x[r * 3 + c]! - mx - Math.log(s);
    }
    expectClose(got, want);
  });

  test('embedding: int64 ids, an id outside the table gives zeros', async () => {
    const table = rand(4 * 3);
    const ids = [2n, 0n, 7n, -1n, 3n];
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [4, 3], constant: 0 },
          { kind: 'tensor', dims: [5], dtype: 3 },
          { kind: 'int', value: -1 },
          { kind: 'bool', value: false },
          { kind: 'tensor', dims: [5, 3] },
        ],
        chain: [{ name: 'aten.embedding.default', args: [0, 1, 2, 3, 3, 4] }],
        inputs: [1],
        outputs: [4],
        constants: [{ raw: bytes(table) }],
      },
      [Tensor.from(ScalarType.Long, [5], BigInt64Array.from(ids))],
    );
    const want = ids.flatMap((id) =>
      id >= 0n && id < 4n ? Array.from(table.subarray(Number(id) * 3, Number(id) * 3 + 3)) : [0, 0, 0],
    );
    expectClose(got, want, 0);
  });

  test('conv_with_clamp: stride 2, dilation 2, padding 1, 2 groups, clamp to [-1, 1]', async () => {
    const [n, cin, h, wd, cout, kh, kw, groups] = [1, 4, 7, 6, 6, 3, 2, 2];
    const [s, p, d] = [2, 1, 2];
    const oh = Math.floor((h + 2 * p - d * (kh - 1) - 1) / s) + 1;
    const ow = Math.floor((wd + 2 * p - d * (kw - 1) - 1) / s) + 1;
    const x = rand(n * cin * h * wd);
    const w = rand(cout * (cin / groups) * kh * kw);
    const bias = rand(cout);
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [n, cin, h, wd] },
          { kind: 'tensor', dims: [cout, cin / groups, kh, kw], constant: 0 },
          { kind: 'tensor', dims: [cout], constant: 1 },
          { kind: 'ints', value: [s, s] },
          { kind: 'ints', value: [p, p] },
          { kind: 'ints', value: [d, d] },
          { kind: 'bool', value: false },
          { kind: 'ints', value: [0, 0] },
          { kind: 'int', value: groups },
          { kind: 'double', value: -1 },
          { kind: 'double', value: 1 },
          { kind: 'tensor', dims: [n, cout, oh, ow] },
        ],
        chain: [{ name: 'et_vk.conv_with_clamp.default', args: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }],
        inputs: [0],
        outputs: [11],
        constants: [{ raw: bytes(w) }, { raw: bytes(bias) }],
      },
      [Tensor.from(ScalarType.Float, [n, cin, h, wd], x)],
    );
    const cg = cin / groups;
    const og = cout / groups;
    const want: number[] = [];
    for (let oc = 0; oc < cout; oc++) {
      for (let y = 0; y < oh; y++) {
        for (let z = 0; z < ow; z++) {
          let acc = bias[oc]!;
          const g = Math.floor(oc / og);
          for (let c = 0; c < cg; c++) {
            for (let ky = 0; ky < kh; ky++) {
              for (let kx = 0; kx < kw; kx++) {
                const iy = y * s + ky * d - p;
                const ix = z * s + kx * d - p;
                if (iy < 0 || iy >= h || ix < 0 || ix >= wd) continue;
                acc += x[((g * cg + c) * h + iy) * wd + ix]! * w[((oc * cg + c) * kh + ky) * kw + kx]!;
              }
            }
          }
          want.push(Math.min(1, Math.max(-1, acc)));
        }
      }
    }
    expectClose(got, want);
  });

  test('an injected device: runs on it; once destroyed, a call rejects with a KindlingError', async () => {
    const adapter = await gpu!.requestAdapter();
    const device = await adapter!.requestDevice();
    const backend = webgpu({ device });
    expect(await backend.isAvailable()).toEqual({ available: true });
    const payload = buildVkPayload({
      values: [
        { kind: 'tensor', dims: [4] },
        { kind: 'tensor', dims: [4] },
      ],
      chain: [{ name: 'aten.relu.default', args: [0, 1] }],
      inputs: [0],
      outputs: [1],
      constants: [],
    });
    const handle = await backend.init(
      { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} },
      payload,
      [],
    );
    const x = Tensor.from(ScalarType.Float, [4], new Float32Array([-1, 2, -3, 4]));
    const out = Tensor.zeros(ScalarType.Float, [4]);
    await backend.execute({ methodName: 'forward' }, handle, [EValues.tensor(x), EValues.tensor(out)]);
    expect(Array.from(out.data as Float32Array)).toEqual([0, 2, 0, 4]);
    device.destroy();
    const error = await Promise.resolve(
      backend.execute({ methodName: 'forward' }, handle, [EValues.tensor(x), EValues.tensor(out)]),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(KindlingError.isInstance(error), String(error)).toBe(true);
    backend.destroy?.(handle);
  });

  test('where with a BOOL constant condition (one byte per element), broadcast; gt.Scalar; logical_not', async () => {
    const a = rand(6);
    const b = rand(3);
    const got = await runGraph(
      {
        values: [
          { kind: 'tensor', dims: [2, 1], dtype: 0, constant: 0 },
          { kind: 'tensor', dims: [2, 3] },
          { kind: 'tensor', dims: [3], constant: 1 },
          { kind: 'tensor', dims: [2, 3] },
        ],
        chain: [{ name: 'aten.where.self', args: [0, 1, 2, 3] }],
        inputs: [1],
        outputs: [3],
        constants: [{ raw: new Uint8Array([1, 0]) }, { raw: bytes(b) }],
      },
      [Tensor.from(ScalarType.Float, [2, 3], a)],
    );
    expectClose(got, [a[0]!, a[1]!, a[2]!, b[0]!, b[1]!, b[2]!], 0);

    const backend = webgpu({ gpu: gpu! });
    const payload = buildVkPayload({
      values: [
        { kind: 'tensor', dims: [5] },
        { kind: 'double', value: 0.25 },
        { kind: 'tensor', dims: [5], dtype: 0 },
        { kind: 'tensor', dims: [5], dtype: 0 },
      ],
      chain: [
        { name: 'aten.gt.Scalar', args: [0, 1, 2] },
        { name: 'aten.logical_not.default', args: [2, 3] },
      ],
      inputs: [0],
      outputs: [2, 3],
      constants: [],
    });
    const handle = await backend.init(
      { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} },
      payload,
      [],
    );
    const x = Tensor.from(ScalarType.Float, [5], new Float32Array([-1, 0.25, 0.3, 2, Number.NaN]));
    const gt = Tensor.zeros(ScalarType.Bool, [5]);
    const not = Tensor.zeros(ScalarType.Bool, [5]);
    await backend.execute({ methodName: 'forward' }, handle, [
      EValues.tensor(x),
      EValues.tensor(gt),
      EValues.tensor(not),
    ]);
    expect(Array.from(gt.bytes)).toEqual([0, 0, 1, 1, 0]);
    expect(Array.from(not.bytes)).toEqual([1, 1, 0, 0, 1]);
    backend.destroy?.(handle);
  });

  test('a graph over maxDelegateBytes fails at init with OutOfResources', async () => {
    const payload = buildVkPayload({
      values: [
        { kind: 'tensor', dims: [64] },
        { kind: 'tensor', dims: [64] },
      ],
      chain: [{ name: 'aten.relu.default', args: [0, 1] }],
      inputs: [0],
      outputs: [1],
      constants: [],
    });
    const ctx = { methodName: 'forward', delegateIndex: 0, namedData: noData, options: {} };
    await expect(webgpu({ gpu: gpu!, maxDelegateBytes: 300 }).init(ctx, payload, [])).rejects.toMatchObject({
      code: ErrorCode.OutOfResources,
    });
  });

  test('a zoo program through Module.load twice gives the same outputs as ExecuTorch', async () => {
    const zoo = ConformanceZoo.open();
    const c = zoo.available({}).find((k) => k.id === 'blocks/gelu_mlp/vulkan')!;
    const module = await Module.load(zoo.programBytes(c), {
      backends: [webgpu({ gpu: gpu! })],
      kernels: portableKernels,
    });
    const inputs = zoo.inputs(c, 0) as Tensor[];
    for (let run = 0; run < 2; run++) {
      const [out] = await module.forward(inputs);
      const check = zoo.compare(c, out, c.steps[0]!.outputs[0]!);
      expect(check.ok, JSON.stringify(check)).toBe(true);
    }
    await module.dispose();
  });
});
