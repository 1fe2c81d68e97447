import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomFloat32, seededRandom } from '@kindling/backend-utils';
import { EValues, ScalarType, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { decodeXnnPayload, XnnNodeType } from '../src/index.js';
import { CompiledGraph } from '../src/runtime/compiled-graph.js';
import { XnnWorkspace } from '../src/runtime/workspace.js';
import { kernelModule } from '../src/wasm/index.js';

// A real one-node payload (a - b, exported by ExecuTorch), with its node type swapped, run on
// operand shapes where one operand repeats over blocks of the other (one value per row, as in a
// norm's `x * rsqrt(mean)`; a run per block, as in RoPE), the other way round, and shapes that
// take the TypeScript kernel; checked against float32 arithmetic done here.
const root = join(import.meta.dirname, '../../..');
const file = PteFile.read(
  new Uint8Array(readFileSync(join(root, 'packages/conformance-zoo/cases/ops/sub/broadcast/xnnpack.pte'))),
);
const payload = decodeXnnPayload(file.delegatePayload(file.plan('forward').delegates[0]!));

const OPS: [XnnNodeType, (x: number, y: number) => number][] = [
  [XnnNodeType.Add, (x, y) => x + y],
  [XnnNodeType.Subtract, (x, y) => x - y],
  [XnnNodeType.Multiply, (x, y) => x * y],
  [XnnNodeType.Div, (x, y) => x / y],
  [XnnNodeType.Minimum, (x, y) => Math.min(x, y)],
  [XnnNodeType.Maximum, (x, y) => Math.max(x, y)],
];

function broadcastIndex(i: number, outShape: number[], shape: number[]): number {
  let idx = 0;
  let stride = 1;
  let rest = i;
  for (let d = outShape.length - 1; d >= 0; d--) {
    const o = outShape[d] as number;
    const coord = rest % o;
    rest = Math.floor(rest / o);
    const k = d - (outShape.length - shape.length);
    if (k < 0) continue;
    const s = shape[k] as number;
    if (s !== 1) idx += coord * stride;
    stride *= s;
  }
  return idx;
}

describe('binary nodes where one operand repeats over blocks of the other', () => {
  const cases: [number[], number[]][] = [
    [
      [2, 6, 64],
      [2, 6, 1],
    ],
    [
      [2, 6, 1],
      [2, 6, 64],
    ],
    [
      [1, 6, 40],
      [6, 1],
    ],
    [
      [6, 1],
      [1, 6, 40],
    ],
    [
      [3, 5, 4],
      [3, 1, 1],
    ],
    [
      [4, 3, 2],
      [4, 3, 1],
    ],
    // a run repeated inside each outer block (RoPE's [1, s, h, d] * [1, s, 1, d]), and reversed
    [
      [1, 6, 4, 8],
      [1, 6, 1, 8],
    ],
    [
      [1, 6, 1, 8],
      [1, 6, 4, 8],
    ],
    [
      [2, 3, 4, 5],
      [2, 1, 1, 5],
    ],
    // not one of these patterns: the TypeScript kernel
    [
      [2, 3, 4],
      [1, 3, 1],
    ],
    [
      [2, 3, 4],
      [3, 1],
    ],
  ];
  for (const [type, f] of OPS) {
    test(`${XnnNodeType[type]}`, () => {
      const graph = { ...payload.graph, nodes: payload.graph.nodes.map((n) => ({ ...n, type })) };
      const compiled = new CompiledGraph({ ...payload, graph }, file.namedData(), new XnnWorkspace(1, kernelModule()));
      const random = seededRandom(3);
      for (const [sa, sb] of cases) {
        const outShape = sa.length >= sb.length ? [...sa] : [...sb];
        const off = Math.abs(sa.length - sb.length);
        const short = sa.length >= sb.length ? sb : sa;
        for (let d = 0; d < short.length; d++)
          outShape[d + off] = Math.max(outShape[d + off] as number, short[d] as number);
        const a = randomFloat32(
          random,
          sa.reduce((x, y) => x * y, 1),
        );
        const b = randomFloat32(
          random,
          sb.reduce((x, y) => x * y, 1),
        ).map((x) => x + Math.sign(x) * 0.5);
        const out = new Tensor({ dtype: ScalarType.Float, sizes: outShape });
        compiled.execute([
          EValues.tensor(Tensor.from(ScalarType.Float, sa, a)),
          EValues.tensor(Tensor.from(ScalarType.Float, sb, b)),
          EValues.tensor(out),
        ]);
        const got = out.data as Float32Array;
        for (let i = 0; i < got.length; i++) {
          const want = Math.fround(
            f(a[broadcastIndex(i, outShape, sa)] as number, b[broadcastIndex(i, outShape, sb)] as number),
          );
          if (got[i] !== want) expect(`${sa} op ${sb} [${i}]: ${got[i]}`).toBe(`${sa} op ${sb} [${i}]: ${want}`);
        }
      }
      expect(compiled.kernels).not.toBe('ts');
      compiled.dispose();
    });
  }
});

describe('shapes of reused tensors', () => {
  test('a tensor resized between calls, and a call that fails on its shapes, are seen by the next call', () => {
    const compiled = new CompiledGraph(payload, file.namedData(), new XnnWorkspace(1, kernelModule()));
    const a = new Tensor({ dtype: ScalarType.Float, sizes: [2, 3], capacity: 64 });
    const b = new Tensor({ dtype: ScalarType.Float, sizes: [1, 3], capacity: 64 });
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [2, 3], capacity: 64 });
    const args = [EValues.tensor(a), EValues.tensor(b), EValues.tensor(out)];
    const fill = (t: Tensor, f: (i: number) => number) => {
      const d = t.data as Float32Array;
      for (let i = 0; i < d.length; i++) d[i] = f(i);
    };
    const check = () => {
      const [r, c] = out.sizes as [number, number];
      const bs = b.sizes;
      for (let i = 0; i < r * c; i++) {
        const bi = (bs[0] === 1 ? 0 : Math.floor(i / c) * (bs[1] === 1 ? 1 : c)) + (bs[1] === 1 ? 0 : i % c);
        expect((out.data as Float32Array)[i]).toBe(
          Math.fround((a.data as Float32Array)[i]! - (b.data as Float32Array)[bi]!),
        );
      }
    };
    fill(a, (i) => i * 1.5);
    fill(b, (i) => i + 0.25);
    compiled.execute(args);
    check();
    a.resize([4, 5]);
    b.resize([4, 1]);
    fill(a, (i) => i * 0.5);
    fill(b, (i) => 10 - i);
    compiled.execute(args);
    expect(out.sizes).toEqual([4, 5]);
    check();
    b.resize([1, 3]); // [4, 5] - [1, 3] does not broadcast
    expect(() => compiled.execute(args)).toThrow();
    expect(() => compiled.execute(args)).toThrow(); // the same tensors again: still refused
    a.resize([2, 3]);
    fill(a, (i) => -i);
    compiled.execute(args);
    expect(out.sizes).toEqual([2, 3]);
    check();
    compiled.dispose();
  });
});
