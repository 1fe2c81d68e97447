// Indexed reads on the device beyond what the zoo's programs reach (index.Tensor at an inner
// dimension with a 2-D index and negative ids, int32 data, gather along dimension 0 with an index
// smaller than the input, ids outside the dimension), compared with TypeScript references written
// here, and the argument checks of these nodes.
import { ScalarType, Tensor } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { VkDataType } from '../src/index.js';
import { nodeGpu } from './node-gpu.js';
import { errorOf, planOf, runOnGpu } from './one-graph.js';
import type { TestGraph } from './vk-builder.js';

const { gpu, reason } = await nodeGpu();
const I32 = VkDataType.Int32;

/** x[2, 3, 4] (int32) indexed at dimension 1 by ids[2, 2]: out[2, 2, 2, 4]. */
const indexGraph = (): TestGraph => ({
  values: [
    { kind: 'tensor', dims: [2, 3, 4], dtype: I32 },
    { kind: 'tensor', dims: [2, 2], dtype: I32 },
    { kind: 'null' },
    { kind: 'list', value: [2, 1] },
    { kind: 'tensor', dims: [2, 2, 2, 4], dtype: I32 },
  ],
  chain: [{ name: 'aten.index.Tensor', args: [0, 3, 4] }],
  inputs: [0, 1],
  outputs: [4],
  constants: [],
});

/** gather(x[4, 3], dim 0, ids[2, 3]) into out[2, 3]. */
const gatherGraph = (idsDims = [2, 3], outDims = [2, 3]): TestGraph => ({
  values: [
    { kind: 'tensor', dims: [4, 3] },
    { kind: 'int', value: 0 },
    { kind: 'tensor', dims: idsDims, dtype: I32 },
    { kind: 'bool', value: false },
    { kind: 'tensor', dims: outDims },
  ],
  chain: [{ name: 'aten.gather.default', args: [0, 1, 2, 3, 4] }],
  inputs: [0, 2],
  outputs: [4],
  constants: [],
});

describe.skipIf(!gpu)(`indexed reads on the device${gpu ? '' : ` (skipped: no WebGPU adapter: ${reason})`}`, () => {
  test('index.Tensor at dimension 1 with a 2-D index, negative ids counted from the end', async () => {
    const x = Int32Array.from({ length: 24 }, (_, i) => i * 7 - 50);
    const ids = Int32Array.from([2, -1, 0, -3]);
    const out = Tensor.zeros(ScalarType.Int, [2, 2, 2, 4]);
    await runOnGpu(
      gpu!,
      indexGraph(),
      [Tensor.from(ScalarType.Int, [2, 3, 4], x), Tensor.from(ScalarType.Int, [2, 2], ids)],
      [out],
    );
    const want: number[] = [];
    for (let a = 0; a < 2; a++)
      for (const id of ids) for (let c = 0; c < 4; c++) want.push(x[a * 12 + ((id + 3) % 3) * 4 + c]!);
    expect(Array.from(out.data as Int32Array)).toEqual(want);
  });

  test('gather along dimension 0; an id outside the dimension reads 0', async () => {
    const x = Float32Array.from({ length: 12 }, (_, i) => i + 0.5);
    const ids = Int32Array.from([3, 0, 1, 2, 9, -1]);
    const out = Tensor.zeros(ScalarType.Float, [2, 3]);
    await runOnGpu(
      gpu!,
      gatherGraph(),
      [Tensor.from(ScalarType.Float, [4, 3], x), Tensor.from(ScalarType.Int, [2, 3], ids)],
      [out],
    );
    const want = Array.from(ids, (id, i) => (id >= 4 ? 0 : x[((id + 4) % 4) * 3 + (i % 3)]!));
    expect(Array.from(out.data as Float32Array)).toEqual(want);
  });
});

describe('argument checks of the indexed reads', () => {
  test('well-formed nodes plan', () => {
    expect(planOf(indexGraph()).dispatches.map((d) => d.shader)).toEqual(['gather']);
    expect(planOf(gatherGraph()).dispatches.map((d) => d.shader)).toEqual(['gather']);
  });

  test('index kinds and types, counts, dimensions and output shapes', () => {
    const two = indexGraph();
    two.values[3] = { kind: 'list', value: [1, 1] };
    expect(errorOf(() => planOf(two)).message).toMatch(/2 index tensors/);
    const tooMany = indexGraph();
    tooMany.values[3] = { kind: 'list', value: [2, 2, 2, 1] };
    expect(errorOf(() => planOf(tooMany)).message).toMatch(/4 indices for input/);
    const floatIds = indexGraph();
    floatIds.values[1] = { kind: 'tensor', dims: [2, 2] };
    expect(errorOf(() => planOf(floatIds)).message).toMatch(/must be INT32/);
    const wrongOut = indexGraph();
    wrongOut.values[4] = { kind: 'tensor', dims: [2, 4, 4], dtype: I32 };
    expect(errorOf(() => planOf(wrongOut)).message).toMatch(/expected \[2,2,2,4\]/);
    const floatOut = indexGraph();
    floatOut.values[4] = { kind: 'tensor', dims: [2, 2, 2, 4] };
    expect(errorOf(() => planOf(floatOut)).message).toMatch(/element type of input/);

    expect(errorOf(() => planOf(gatherGraph([2, 4], [2, 4]))).message).toMatch(/do not fit/);
    expect(errorOf(() => planOf(gatherGraph([6], [6]))).message).toMatch(/do not fit/);
    expect(errorOf(() => planOf(gatherGraph([2, 3], [3, 2]))).message).toMatch(/expected \[2,3\]/);
    const badDim = gatherGraph();
    badDim.values[1] = { kind: 'int', value: 2 };
    expect(errorOf(() => planOf(badDim)).message).toMatch(/out of range/);
    const badSparse = gatherGraph();
    badSparse.values[3] = { kind: 'int', value: 0 };
    expect(errorOf(() => planOf(badSparse)).message).toMatch(/must be a Bool/);

    const select: TestGraph = {
      values: [
        { kind: 'tensor', dims: [3, 4] },
        { kind: 'int', value: -1 },
        { kind: 'tensor', dims: [2, 2], dtype: I32 },
        { kind: 'tensor', dims: [3, 4] },
      ],
      chain: [{ name: 'aten.index_select.default', args: [0, 1, 2, 3] }],
      inputs: [0, 2],
      outputs: [3],
      constants: [],
    };
    expect(errorOf(() => planOf(select)).message).toMatch(/not 0-D or 1-D/);
    select.values[2] = { kind: 'tensor', dims: [5], dtype: I32 };
    expect(errorOf(() => planOf(select)).message).toMatch(/expected \[3,5\]/);
    select.values[3] = { kind: 'tensor', dims: [3, 5] };
    expect(planOf(select).dispatches.length).toBe(1);
  });
});
