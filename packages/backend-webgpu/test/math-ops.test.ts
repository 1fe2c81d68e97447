// Unary math on the device beyond what the zoo's programs reach (sin and cos far from zero, NaN and
// infinities, leaky_relu with an Int slope), compared with JavaScript's Math, and the argument checks
// of these nodes (a bad payload gives a KindlingError at init).
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { nodeGpu } from './node-gpu.js';
import { errorOf, expectNear, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();

/** A one-node graph: x[n] (and the extra values) into out[n]. */
function unaryGraph(name: string, n: number, extra: TestGraph['values'] = []): TestGraph {
  const values: TestGraph['values'] = [{ kind: 'tensor', dims: [n] }, ...extra, { kind: 'tensor', dims: [n] }];
  return {
    values,
    chain: [{ name, args: values.map((_, i) => i) }],
    inputs: [0],
    outputs: [values.length - 1],
    constants: [],
  };
}

async function runUnary(g: TestGraph, x: Float32Array): Promise<Float32Array> {
  const out = Tensor.zeros(ScalarType.Float, [x.length]);
  await runOnGpu(gpu!, g, [Tensor.from(ScalarType.Float, [x.length], x)], [out]);
  return out.data as Float32Array;
}

describe.skipIf(!gpu)(`unary math on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  // arguments around multiples of pi/2 and far from zero, where a plain reduction loses digits
  const trig = new Float32Array([
    0,
    -0,
    1e-30,
    0.5,
    -1,
    Math.PI / 2,
    Math.PI,
    -Math.PI,
    3 * Math.PI,
    10,
    -25.5,
    100.25,
    1000,
    -1234.5,
    31415.9,
    -65000.5,
    99999,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ]);

  test('aten.sin and aten.cos to a few ulp up to 1e5', async () => {
    const sin = await runUnary(unaryGraph('aten.sin.default', trig.length), trig);
    const cos = await runUnary(unaryGraph('aten.cos.default', trig.length), trig);
    const inf = (v: number, f: (x: number) => number) => (Number.isFinite(v) ? f(v) : Number.NaN);
    expectNear(
      sin,
      Array.from(trig, (v) => inf(v, Math.sin)),
      4e-7,
    );
    expectNear(
      cos,
      Array.from(trig, (v) => inf(v, Math.cos)),
      4e-7,
    );
  });

  test('exp, sqrt, rsqrt, neg, abs: special values', async () => {
    const x = new Float32Array([0, -0, 1, -2.5, 4, 88, -104, Number.NaN, Number.POSITIVE_INFINITY, -1]);
    const cases: [string, (v: number) => number][] = [
      ['aten.exp.default', Math.exp],
      ['aten.sqrt.default', Math.sqrt],
      ['aten.rsqrt.default', (v) => 1 / Math.sqrt(v)],
      ['aten.neg.default', (v) => -v],
      ['aten.abs.default', Math.abs],
    ];
    for (const [name, f] of cases) {
      // exp(-104) is below float32's normal range: a GPU may flush it to zero
      const want = Array.from(x, (v) => Math.fround(f(v)));
      expectNear(await runUnary(unaryGraph(name, x.length), x), want, 1e-38, 4e-6);
    }
  });

  test('round (ties to even) and log10 (0 gives -inf, a negative value NaN)', async () => {
    const x = new Float32Array([0.5, 1.5, 2.5, -0.5, -2.5, 2.4, -2.6, 1e7 + 1, 0, 1, 1000, 0.01, -3, Number.NaN]);
    const even = (v: number) => {
      const f = Math.floor(v);
      return v - f === 0.5 ? (f % 2 === 0 ? f : f + 1) : Math.round(v);
    };
    expectNear(await runUnary(unaryGraph('aten.round.default', x.length), x), Array.from(x, even), 0);
    const want = Array.from(x, (v) => Math.fround(Math.log10(v)));
    expectNear(await runUnary(unaryGraph('aten.log10.default', x.length), x), want, 1e-7, 2e-6);
  });

  test('leaky_relu: a Double or an Int slope, NaN kept', async () => {
    const x = new Float32Array([-3, -0.5, 0, 0.5, 2, Number.NaN]);
    for (const slope of [
      { kind: 'double' as const, value: 0.2 },
      { kind: 'int' as const, value: 2 },
    ]) {
      const got = await runUnary(unaryGraph('aten.leaky_relu.default', x.length, [slope]), x);
      expectNear(
        got,
        Array.from(x, (v) => (v > 0 ? v : v * slope.value)),
        0,
        1e-7,
      );
    }
  });
});

describe('argument checks of the unary math nodes', () => {
  test('a well-formed node plans', () => {
    expect(planOf(unaryGraph('aten.exp.default', 4)).dispatches.map((d) => d.shader)).toEqual(['unary']);
    expect(planOf(unaryGraph('aten.leaky_relu.default', 4, [{ kind: 'double', value: 0.1 }])).dispatches.length).toBe(
      1,
    );
  });

  test('argument count, slope kind, output shape and element type', () => {
    expect(errorOf(() => planOf(unaryGraph('aten.sin.default', 4, [{ kind: 'null' }]))).message).toMatch(
      /expects 2 arguments/,
    );
    expect(errorOf(() => planOf(unaryGraph('aten.leaky_relu.default', 4))).message).toMatch(/expects 3 arguments/);
    const tensorSlope = unaryGraph('aten.leaky_relu.default', 4, [{ kind: 'tensor', dims: [1] }]);
    expect(errorOf(() => planOf(tensorSlope)).context.node).toBe(0);
    const badOut = unaryGraph('aten.cos.default', 4);
    badOut.values[1] = { kind: 'tensor', dims: [5] };
    expect(errorOf(() => planOf(badOut)).message).toMatch(/expected \[4\]/);
    const intInput = unaryGraph('aten.abs.default', 4);
    intInput.values[0] = { kind: 'tensor', dims: [4], dtype: 3 };
    expect(errorOf(() => planOf(intInput)).message).toMatch(/FLOAT32/);
  });
});
