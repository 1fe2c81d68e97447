// The register-tiled kernels (4 output channels x 4 columns per invocation for convolutions, 4
// columns of one channel for depthwise ones, 4 rows x 4 features for linear layers; pointwise
// convolutions and linear layers read 4 values at a time where the sizes allow), on shapes whose
// edges do not fall on tile boundaries, against TypeScript loops written here; and which kernel the
// planner picks for each shape.
import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { expectNear, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();
const random = seededRandom(1818);
const rand = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
const raw = (a: Float32Array) => new Uint8Array(a.buffer.slice(0));

interface Conv {
  n: number;
  cin: number;
  h: number;
  wd: number;
  cout: number;
  kh: number;
  kw: number;
  stride: readonly [number, number];
  pad: readonly [number, number];
  dil: readonly [number, number];
  groups: number;
  bias: boolean;
  clamp?: readonly [number, number];
}

const outSize = (c: Conv): [number, number] => [
  Math.floor((c.h + 2 * c.pad[0] - c.dil[0] * (c.kh - 1) - 1) / c.stride[0]) + 1,
  Math.floor((c.wd + 2 * c.pad[1] - c.dil[1] * (c.kw - 1) - 1) / c.stride[1]) + 1,
];

function convGraph(c: Conv, w: Float32Array, b: Float32Array): TestGraph {
  const [oh, ow] = outSize(c);
  const clamp = c.clamp !== undefined;
  return {
    values: [
      { kind: 'tensor', dims: [c.n, c.cin, c.h, c.wd] },
      { kind: 'tensor', dims: [c.cout, c.cin / c.groups, c.kh, c.kw], constant: 0 },
      c.bias ? { kind: 'tensor', dims: [c.cout], constant: 1 } : { kind: 'null' },
      { kind: 'ints', value: [...c.stride] },
      { kind: 'ints', value: [...c.pad] },
      { kind: 'ints', value: [...c.dil] },
      { kind: 'bool', value: false },
      { kind: 'ints', value: [0, 0] },
      { kind: 'int', value: c.groups },
      { kind: 'double', value: c.clamp?.[0] ?? 0 },
      { kind: 'double', value: c.clamp?.[1] ?? 0 },
      { kind: 'tensor', dims: [c.n, c.cout, oh, ow] },
    ],
    chain: [
      clamp
        ? { name: 'et_vk.conv_with_clamp.default', args: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }
        : { name: 'aten.convolution.default', args: [0, 1, 2, 3, 4, 5, 6, 7, 8, 11] },
    ],
    inputs: [0],
    outputs: [11],
    constants: c.bias ? [{ raw: raw(w) }, { raw: raw(b) }] : [{ raw: raw(w) }],
  };
}

function convReference(c: Conv, x: Float32Array, w: Float32Array, b: Float32Array): number[] {
  const [oh, ow] = outSize(c);
  const cg = c.cin / c.groups;
  const og = c.cout / c.groups;
  const want: number[] = [];
  for (let n = 0; n < c.n; n++) {
    for (let oc = 0; oc < c.cout; oc++) {
      const g = Math.floor(oc / og);
      for (let y = 0; y < oh; y++) {
        for (let z = 0; z < ow; z++) {
          let acc = c.bias ? b[oc]! : 0;
          for (let ci = 0; ci < cg; ci++) {
            for (let ky = 0; ky < c.kh; ky++) {
              for (let kx = 0; kx < c.kw; kx++) {
                const iy = y * c.stride[0] + ky * c.dil[0] - c.pad[0];
                const ix = z * c.stride[1] + kx * c.dil[1] - c.pad[1];
                if (iy < 0 || iy >= c.h || ix < 0 || ix >= c.wd) continue;
                acc +=
                  x[((n * c.cin + g * cg + ci) * c.h + iy) * c.wd + ix]! * w[((oc * cg + ci) * c.kh + ky) * c.kw + kx]!;
              }
            }
          }
          want.push(c.clamp ? Math.min(c.clamp[1], Math.max(c.clamp[0], acc)) : acc);
        }
      }
    }
  }
  return want;
}

const base: Pick<Conv, 'n' | 'stride' | 'pad' | 'dil' | 'groups' | 'bias'> = {
  n: 1,
  stride: [1, 1],
  pad: [0, 0],
  dil: [1, 1],
  groups: 1,
  bias: true,
};
const CONVS: [string, string, Conv][] = [
  [
    '3x3, padding 1, batch 2, 9 columns (a partial tile)',
    'conv2d_tiled',
    { ...base, n: 2, cin: 3, h: 7, wd: 9, cout: 8, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1] },
  ],
  [
    '3x2, stride 2, dilation 2, padding [1, 0], 2 groups of 8, clamp',
    'conv2d_tiled',
    {
      ...base,
      cin: 4,
      h: 11,
      wd: 13,
      cout: 16,
      kh: 3,
      kw: 2,
      stride: [2, 2],
      pad: [1, 0],
      dil: [2, 2],
      groups: 2,
      clamp: [-0.5, 0.75],
    },
  ],
  [
    'pointwise, 8 channels in, 4x6 pixels, batch 2, clamp (read 4 at a time)',
    'conv2d_pw',
    { ...base, n: 2, cin: 8, h: 4, wd: 6, cout: 12, kh: 1, kw: 1, clamp: [-0.25, 0.5] },
  ],
  [
    'pointwise, 4 channels in, 2x2 pixels, no bias (read 4 at a time)',
    'conv2d_pw',
    { ...base, cin: 4, h: 2, wd: 2, cout: 4, kh: 1, kw: 1, bias: false },
  ],
  [
    'pointwise, 5x3 pixels (one row of 15), no bias',
    'conv2d_tiled',
    { ...base, cin: 5, h: 5, wd: 3, cout: 12, kh: 1, kw: 1, bias: false },
  ],
  [
    'pointwise with stride 2 (not flattened)',
    'conv2d_tiled',
    { ...base, n: 2, cin: 6, h: 9, wd: 7, cout: 4, kh: 1, kw: 1, stride: [2, 2] },
  ],
  [
    'depthwise 3x3, stride 2, padding 1, 2 outputs per channel, clamp to [0, 6]',
    'conv2d_dw',
    {
      ...base,
      n: 2,
      cin: 6,
      h: 9,
      wd: 11,
      cout: 12,
      kh: 3,
      kw: 3,
      stride: [2, 2],
      pad: [1, 1],
      groups: 6,
      clamp: [0, 6],
    },
  ],
  [
    'depthwise 5x3, dilation 2, 5 columns',
    'conv2d_dw',
    { ...base, cin: 3, h: 10, wd: 5, cout: 3, kh: 5, kw: 3, pad: [2, 1], dil: [2, 1], groups: 3, bias: false },
  ],
  [
    '6 output channels (not a multiple of 4): the direct kernel',
    'conv2d',
    { ...base, cin: 2, h: 5, wd: 6, cout: 6, kh: 3, kw: 3, pad: [1, 1] },
  ],
];

describe('the planner picks the tiled kernels', () => {
  for (const [name, shader, c] of CONVS) {
    test(`${name}: ${shader}`, () => {
      const w = rand(c.cout * (c.cin / c.groups) * c.kh * c.kw);
      const plan = planOf(convGraph(c, w, rand(c.cout)));
      expect(plan.dispatches.map((d) => d.shader)).toEqual([shader]);
    });
  }
});

describe.skipIf(!gpu)(`tiled kernels on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  for (const [name, , c] of CONVS) {
    test(`convolution, ${name}`, async () => {
      const x = rand(c.n * c.cin * c.h * c.wd);
      const w = rand(c.cout * (c.cin / c.groups) * c.kh * c.kw);
      const b = rand(c.cout);
      const [oh, ow] = outSize(c);
      const out = Tensor.zeros(ScalarType.Float, [c.n, c.cout, oh, ow]);
      await runOnGpu(gpu!, convGraph(c, w, b), [Tensor.from(ScalarType.Float, [c.n, c.cin, c.h, c.wd], x)], [out]);
      expectNear(out.data as Float32Array, convReference(c, x, w, b), 1e-5, 1e-5);
    });
  }

  const LINEARS: [string, number[], number, number, boolean, string][] = [
    ['6 rows x 10 features, K 7, bias (partial tiles both ways)', [2, 3, 7], 10, 7, true, 'linear_tiled'],
    ['9 rows x 4 features, K 33, no bias', [9, 33], 4, 33, false, 'linear_tiled'],
    ['7 rows x 6 features, K 12 (read 4 at a time), bias', [7, 12], 6, 12, true, 'linear_vec4'],
    ['4 rows x 5 features, K 4, no bias', [1, 4, 4], 5, 4, false, 'linear_vec4'],
    ['2 rows (below a tile): the direct kernel', [2, 5], 6, 5, true, 'linear'],
  ];
  for (const [name, xDims, nOut, k, hasBias, shader] of LINEARS) {
    test(`linear, ${name}`, async () => {
      const m = xDims.reduce((a, b) => a * b, 1) / k;
      const x = rand(m * k);
      const w = rand(nOut * k);
      const b = rand(nOut);
      const g: TestGraph = {
        values: [
          { kind: 'tensor', dims: xDims },
          { kind: 'tensor', dims: [nOut, k], constant: 0 },
          hasBias ? { kind: 'tensor', dims: [nOut], constant: 1 } : { kind: 'null' },
          { kind: 'tensor', dims: [...xDims.slice(0, -1), nOut] },
        ],
        chain: [{ name: 'aten.linear.default', args: [0, 1, 2, 3] }],
        inputs: [0],
        outputs: [3],
        constants: hasBias ? [{ raw: raw(w) }, { raw: raw(b) }] : [{ raw: raw(w) }],
      };
      expect(planOf(g).dispatches.map((d) => d.shader)).toEqual([shader]);
      const out = Tensor.zeros(ScalarType.Float, [...xDims.slice(0, -1), nOut]);
      await runOnGpu(gpu!, g, [Tensor.from(ScalarType.Float, xDims, x)], [out]);
      const want: number[] = [];
      for (let r = 0; r < m; r++) {
        for (let j = 0; j < nOut; j++) {
          let acc = hasBias ? b[j]! : 0;
          for (let q = 0; q < k; q++) acc += x[r * k + q]! * w[j * k + q]!;
          want.push(acc);
        }
      }
      expectNear(out.data as Float32Array, want, 1e-5, 1e-5);
    });
  }
});
