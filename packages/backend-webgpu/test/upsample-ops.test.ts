// Upsampling on the device beyond what the zoo's programs reach (scale factors whose reciprocal is
// not input / output size, a single output row with align_corners, batches), compared with a
// TypeScript reference of ATen's index rules written here, and the argument checks of these nodes.
import { seededRandom } from '@kindling/backend-utils';
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { errorOf, expectNear, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

interface Resize {
  readonly bilinear: boolean;
  readonly align?: boolean;
  readonly size?: [number, number];
  readonly scales?: [number, number];
}

function graph(inDims: number[], outDims: number[], r: Resize): TestGraph {
  const size: TestGraph['values'][number] = r.size ? { kind: 'ints', value: r.size } : { kind: 'null' };
  const scales: TestGraph['values'][number] = r.scales ? { kind: 'doubles', value: r.scales } : { kind: 'null' };
  const values: TestGraph['values'] = r.bilinear
    ? [{ kind: 'tensor', dims: inDims }, size, { kind: 'bool', value: !!r.align }, scales]
    : [{ kind: 'tensor', dims: inDims }, size, scales];
  values.push({ kind: 'tensor', dims: outDims });
  const name = r.bilinear ? 'aten.upsample_bilinear2d.vec' : 'aten.upsample_nearest2d.vec';
  return {
    values,
    chain: [{ name, args: values.map((_, i) => i) }],
    inputs: [0],
    outputs: [values.length - 1],
    constants: [],
  };
}

/** ATen's CPU rule, scales in float32. */
function reference(x: Float32Array, dims: number[], oh: number, ow: number, r: Resize): number[] {
  const [n, c, h, w] = dims as [number, number, number, number];
  const f = Math.fround;
  const scale = (i: number, inSize: number, outSize: number) => {
    if (r.align) return outSize > 1 ? f((inSize - 1) / (outSize - 1)) : 0;
    return f(r.scales ? 1 / r.scales[i]! : inSize / outSize);
  };
  const sh = scale(0, h, oh);
  const sw = scale(1, w, ow);
  const source = (dst: number, s: number) => (r.align ? f(s * dst) : Math.max(f(f(s * (dst + 0.5)) - 0.5), 0));
  const out: number[] = [];
  for (let plane = 0; plane < n * c; plane++) {
    const at = (y: number, xx: number) => x[plane * h * w + y * w + xx]!;
    for (let oy = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++) {
        if (!r.bilinear) {
          out.push(at(Math.min(Math.floor(f(oy * sh)), h - 1), Math.min(Math.floor(f(ox * sw)), w - 1)));
          continue;
        }
        const sy = source(oy, sh);
        const sx = source(ox, sw);
        const y0 = Math.trunc(sy);
        const x0 = Math.trunc(sx);
        const y1 = y0 + (y0 < h - 1 ? 1 : 0);
        const x1 = x0 + (x0 < w - 1 ? 1 : 0);
        const ly = sy - y0;
        const lx = sx - x0;
        out.push((1 - ly) * ((1 - lx) * at(y0, x0) + lx * at(y0, x1)) + ly * ((1 - lx) * at(y1, x0) + lx * at(y1, x1)));
      }
    }
  }
  return out;
}

const random = seededRandom(1818);

describe.skipIf(!gpu)(`upsampling on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  const cases: [string, number[], number, number, Resize][] = [
    ['nearest, scale factors 1.7 and 0.6', [2, 3, 5, 6], 8, 3, { bilinear: false, scales: [1.7, 0.6] }],
    ['nearest, size 7x2', [1, 2, 3, 5], 7, 2, { bilinear: false, size: [7, 2] }],
    ['bilinear, scale factors 1.7 and 2.5', [2, 2, 5, 4], 8, 10, { bilinear: true, scales: [1.7, 2.5] }],
    ['bilinear, align_corners, one output row', [1, 3, 4, 6], 1, 9, { bilinear: true, align: true, size: [1, 9] }],
    ['bilinear, size 3x11 (down and up)', [1, 1, 7, 4], 3, 11, { bilinear: true, size: [3, 11] }],
  ];
  for (const [name, dims, oh, ow, r] of cases) {
    test(name, async () => {
      const numel = dims.reduce((a, b) => a * b, 1);
      const x = Float32Array.from({ length: numel }, () => random() * 4 - 2);
      const outDims = [dims[0]!, dims[1]!, oh, ow];
      const out = Tensor.zeros(ScalarType.Float, outDims);
      await runOnGpu(gpu!, graph(dims, outDims, r), [Tensor.from(ScalarType.Float, dims, x)], [out]);
      expectNear(out.data as Float32Array, reference(x, dims, oh, ow, r), 2e-6, 2e-6);
    });
  }
});

describe('argument checks of the upsampling nodes', () => {
  test('a well-formed node plans', () => {
    const g = graph([1, 2, 3, 4], [1, 2, 6, 8], { bilinear: true, scales: [2, 2] });
    expect(planOf(g).dispatches.map((d) => d.shader)).toEqual(['upsample']);
  });

  test('size or scales (exactly one), their lengths and values, ranks and output shape', () => {
    const both = graph([1, 1, 3, 4], [1, 1, 6, 8], { bilinear: false, size: [6, 8], scales: [2, 2] });
    expect(errorOf(() => planOf(both)).message).toMatch(/both an output size and scale factors/);
    const neither = graph([1, 1, 3, 4], [1, 1, 6, 8], { bilinear: false });
    expect(errorOf(() => planOf(neither)).message).toMatch(/must be 2 doubles/);
    const short = graph([1, 1, 3, 4], [1, 1, 6, 8], { bilinear: false, size: [6, 8] });
    short.values[1] = { kind: 'ints', value: [6] };
    expect(errorOf(() => planOf(short)).message).toMatch(/2 integers/);
    for (const bad of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      const g = graph([1, 1, 3, 4], [1, 1, 6, 8], { bilinear: true, scales: [bad, 2] });
      expect(errorOf(() => planOf(g)).message).toMatch(/must be positive/);
    }
    const zero = graph([1, 1, 3, 4], [1, 1, 0, 8], { bilinear: false, size: [0, 8] });
    expect(errorOf(() => planOf(zero)).message).toMatch(/must be positive/);
    const rank3 = graph([1, 3, 4], [1, 6, 8], { bilinear: false, size: [6, 8] });
    expect(errorOf(() => planOf(rank3)).message).toMatch(/not 4-D/);
    const wrongOut = graph([1, 1, 3, 4], [1, 1, 6, 9], { bilinear: true, scales: [2, 2] });
    expect(errorOf(() => planOf(wrongOut)).message).toMatch(/expected \[1,1,6,8\]/);
    const alignKind = graph([1, 1, 3, 4], [1, 1, 6, 8], { bilinear: true, size: [6, 8] });
    alignKind.values[2] = { kind: 'int', value: 1 };
    expect(errorOf(() => planOf(alignKind)).message).toMatch(/must be a Bool/);
  });
});
