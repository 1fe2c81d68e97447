// Transposed convolution on the device beyond what the zoo's programs reach (dilation, asymmetric
// stride and padding, output padding, groups, a clamp through et_vk.conv_with_clamp, batch 2),
// compared with a TypeScript scatter reference written here, and its argument checks.
import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { errorOf, expectNear, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

interface Geometry {
  x: [number, number, number, number];
  cout: number;
  k: [number, number];
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  outputPadding: [number, number];
  groups: number;
  clamp?: [number, number];
}

const outSize = (g: Geometry, i: 0 | 1) =>
  (g.x[2 + i]! - 1) * g.stride[i] - 2 * g.padding[i] + g.dilation[i] * (g.k[i] - 1) + g.outputPadding[i] + 1;

function graph(g: Geometry, outDims: number[]): TestGraph {
  const [, cin] = g.x;
  const values: TestGraph['values'] = [
    { kind: 'tensor', dims: g.x },
    { kind: 'tensor', dims: [cin, g.cout / g.groups, ...g.k], constant: 0 },
    { kind: 'tensor', dims: [g.cout], constant: 1 },
    { kind: 'ints', value: g.stride },
    { kind: 'ints', value: g.padding },
    { kind: 'ints', value: g.dilation },
    { kind: 'bool', value: true },
    { kind: 'ints', value: g.outputPadding },
    { kind: 'int', value: g.groups },
  ];
  if (g.clamp) values.push({ kind: 'double', value: g.clamp[0] }, { kind: 'double', value: g.clamp[1] });
  values.push({ kind: 'tensor', dims: outDims });
  const name = g.clamp ? 'et_vk.conv_with_clamp.default' : 'aten.convolution.default';
  return {
    values,
    chain: [{ name, args: values.map((_, i) => i) }],
    inputs: [0],
    outputs: [values.length - 1],
    constants: [],
  };
}

/** Every input element scatters its products into the output (the definition, not the gather). */
function reference(g: Geometry, x: Float32Array, w: Float32Array, b: Float32Array): number[] {
  const [n, cin, h, wd] = g.x;
  const oh = outSize(g, 0);
  const ow = outSize(g, 1);
  const coutG = g.cout / g.groups;
  const cinG = cin / g.groups;
  const out = new Float64Array(n * g.cout * oh * ow);
  for (let b0 = 0; b0 < n; b0++)
    for (let ic = 0; ic < cin; ic++)
      for (let iy = 0; iy < h; iy++)
        for (let ix = 0; ix < wd; ix++)
          for (let o = 0; o < coutG; o++)
            for (let ky = 0; ky < g.k[0]; ky++)
              for (let kx = 0; kx < g.k[1]; kx++) {
                const oy = iy * g.stride[0] - g.padding[0] + ky * g.dilation[0];
                const ox = ix * g.stride[1] - g.padding[1] + kx * g.dilation[1];
                if (oy < 0 || oy >= oh || ox < 0 || ox >= ow) continue;
                const oc = Math.floor(ic / cinG) * coutG + o;
                out[((b0 * g.cout + oc) * oh + oy) * ow + ox]! +=
                  x[((b0 * cin + ic) * h + iy) * wd + ix]! * w[((ic * coutG + o) * g.k[0] + ky) * g.k[1] + kx]!;
              }
  return Array.from(out, (v, i) => {
    const r = v + b[Math.floor(i / (oh * ow)) % g.cout]!;
    return g.clamp ? Math.min(Math.max(r, g.clamp[0]), g.clamp[1]) : r;
  });
}

const random = seededRandom(1819);
const rand = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);

const base: Geometry = {
  x: [2, 4, 3, 5],
  cout: 6,
  k: [3, 2],
  stride: [2, 3],
  padding: [1, 0],
  dilation: [2, 1],
  outputPadding: [1, 2],
  groups: 2,
};

describe.skipIf(!gpu)(
  `transposed convolution on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`,
  () => {
    for (const [name, g] of [
      ['dilation, asymmetric stride and padding, output padding, 2 groups, batch 2', base],
      ['through conv_with_clamp, clamped to [-0.5, 0.75]', { ...base, groups: 1, clamp: [-0.5, 0.75] }],
    ] as [string, Geometry][]) {
      test(name, async () => {
        const [n, cin, h, wd] = g.x;
        const x = rand(n * cin * h * wd);
        const w = rand(cin * (g.cout / g.groups) * g.k[0] * g.k[1]);
        const b = rand(g.cout);
        const outDims = [n, g.cout, outSize(g, 0), outSize(g, 1)];
        const tg = graph(g, outDims);
        tg.constants = [{ raw: new Uint8Array(w.buffer) }, { raw: new Uint8Array(b.buffer) }];
        const out = Tensor.zeros(ScalarType.Float, outDims);
        await runOnGpu(gpu!, tg, [Tensor.from(ScalarType.Float, g.x, x)], [out]);
        expectNear(out.data as Float32Array, reference(g, x, w, b), 1e-5, 1e-5);
      });
    }
  },
);

describe('argument checks of transposed convolution', () => {
  const dims = (g: Geometry) => [g.x[0], g.cout, outSize(g, 0), outSize(g, 1)];
  const withConstants = (g: TestGraph) => ({
    ...g,
    constants: [{ raw: new Uint8Array(4 * 4 * 3 * 3 * 2) }, { raw: new Uint8Array(24) }],
  });

  test('a well-formed node plans', () => {
    expect(planOf(withConstants(graph(base, dims(base)))).dispatches.map((d) => d.shader)).toEqual([
      'conv_transpose2d',
    ]);
  });

  test('output padding, groups, weight and output shapes', () => {
    const bigPad = { ...base, outputPadding: [2, 0] as [number, number] };
    expect(errorOf(() => planOf(withConstants(graph(bigPad, dims(bigPad))))).message).toMatch(/output padding/);
    const onePad = graph(base, dims(base));
    onePad.values[7] = { kind: 'ints', value: [1] };
    expect(errorOf(() => planOf(withConstants(onePad))).message).toMatch(/output padding needs 2/);
    const groups3 = graph(base, dims(base));
    groups3.values[8] = { kind: 'int', value: 3 };
    expect(errorOf(() => planOf(withConstants(groups3))).message).toMatch(/groups 3/);
    const wrongWeight = graph(base, dims(base));
    wrongWeight.values[1] = { kind: 'tensor', dims: [5, 3, 3, 2], constant: 0 };
    expect(errorOf(() => planOf(withConstants(wrongWeight))).message).toMatch(/do not match/);
    const wrongOut = graph(base, [2, 6, outSize(base, 0) + 1, outSize(base, 1)]);
    expect(errorOf(() => planOf(withConstants(wrongOut))).message).toMatch(/expected \[/);
  });
});
