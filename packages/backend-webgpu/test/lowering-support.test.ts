// Which nodes the WebGPU lowering refuses, on small hand-built graphs: each refusal is one the
// runtime or the payload's int32 narrowing needs.
import { ScalarType } from '@kindling/core';
import { arg, Graph, TensorShapeDynamism, tensorType } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { supportsNode } from '../src/partitioner.js';

const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);
const i64Bytes = (xs: bigint[]) => new Uint8Array(BigInt64Array.from(xs).buffer);

function reason(r: ReturnType<typeof supportsNode>): string | null {
  return r.supported ? null : r.reason;
}

describe('webgpu lowering support', () => {
  test('fp32 element-wise nodes are taken, bounded dynamic shapes too; float64, rank 5 and unbounded shapes are refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const add = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x), arg.int(1)], [f32([2, 3])]);
    expect(reason(supportsNode(add))).toBeNull();
    const d = g.addInput(tensorType(ScalarType.Double, [2, 3]));
    const addD = g.addNode(
      'aten.add.Tensor',
      [arg.value(d), arg.value(d), arg.int(1)],
      [tensorType(ScalarType.Double, [2, 3])],
    );
    expect(reason(supportsNode(addD))).toMatch(/element type/);
    const big = g.addInput(f32([1, 1, 1, 2, 3]));
    expect(reason(supportsNode(g.addNode('aten.relu.default', [arg.value(big)], [f32([1, 1, 1, 2, 3])])))).toMatch(
      /5 dimensions/,
    );
    const dyn = (d: TensorShapeDynamism) => tensorType(ScalarType.Float, [2, 3], d);
    const bounded = g.addInput(dyn(TensorShapeDynamism.DYNAMIC_BOUND));
    const unbounded = g.addInput(dyn(TensorShapeDynamism.DYNAMIC_UNBOUND));
    expect(
      reason(
        supportsNode(g.addNode('aten.relu.default', [arg.value(bounded)], [dyn(TensorShapeDynamism.DYNAMIC_BOUND)])),
      ),
    ).toBeNull();
    expect(
      reason(
        supportsNode(
          g.addNode('aten.relu.default', [arg.value(unbounded)], [dyn(TensorShapeDynamism.DYNAMIC_UNBOUND)]),
        ),
      ),
    ).toMatch(/unbounded/);
  });

  test('int64 indices are taken when they fit in int32, refused otherwise', () => {
    const g = new Graph();
    const table = g.addInput(f32([4, 2]));
    const ok = g.addConstant(tensorType(ScalarType.Long, [2]), i64Bytes([0n, 3n]));
    const bad = g.addConstant(tensorType(ScalarType.Long, [2]), i64Bytes([0n, 2n ** 40n]));
    const emb = (ids: typeof ok) =>
      g.addNode(
        'aten.embedding.default',
        [arg.value(table), arg.value(ids), arg.int(-1), arg.bool(false), arg.bool(false)],
        [f32([2, 2])],
      );
    expect(reason(supportsNode(emb(ok)))).toBeNull();
    expect(reason(supportsNode(emb(bad)))).toMatch(/outside the int32 range/);
  });

  test('int64 comparisons stay off the GPU; int32 ones are taken unless the scalar leaves int32', () => {
    const g = new Graph();
    const bool = (shape: number[]) => tensorType(ScalarType.Bool, shape);
    const a64 = g.addInput(tensorType(ScalarType.Long, [3]));
    expect(reason(supportsNode(g.addNode('aten.eq.Tensor', [arg.value(a64), arg.value(a64)], [bool([3])])))).toMatch(
      /long/,
    );
    const a32 = g.addInput(tensorType(ScalarType.Int, [3]));
    expect(reason(supportsNode(g.addNode('aten.gt.Scalar', [arg.value(a32), arg.int(5)], [bool([3])])))).toBeNull();
    expect(
      reason(supportsNode(g.addNode('aten.gt.Scalar', [arg.value(a32), arg.int(2n ** 40n)], [bool([3])]))),
    ).toMatch(/int32 range/);
  });

  test('a transposed constant weight is taken only with the node that reads it', () => {
    const g = new Graph();
    const x = g.addInput(f32([1, 4]));
    const w = g.addConstant(f32([3, 4]), new Uint8Array(48));
    const t = g.addNode('aten.permute_copy.default', [arg.value(w), arg.ints([1, 0])], [f32([4, 3])]);
    const mm = g.addNode('aten.mm.default', [arg.value(x), arg.value(t.outputs[0]!)], [f32([1, 3])]);
    g.outputs = [mm.outputs[0]!];
    expect(reason(supportsNode(t))).toBeNull();
    // a reader the GPU refuses (a 5-D view) keeps the transpose off the GPU too
    const g2 = new Graph();
    const w2 = g2.addConstant(f32([3, 4]), new Uint8Array(48));
    const t2 = g2.addNode('aten.permute_copy.default', [arg.value(w2), arg.ints([1, 0])], [f32([4, 3])]);
    g2.addNode(
      'aten.view_copy.default',
      [arg.value(t2.outputs[0]!), arg.ints([1, 1, 1, 4, 3])],
      [f32([1, 1, 1, 4, 3])],
    );
    expect(reason(supportsNode(t2))).toMatch(/reads constants only/);
  });

  test('symbolic sizes are taken in a view (as a ValueList), refused elsewhere', () => {
    const g = new Graph();
    const x = g.addInput(tensorType(ScalarType.Float, [4, 6], TensorShapeDynamism.DYNAMIC_BOUND));
    const n = g.addNode('aten.sym_size.int', [arg.value(x), arg.int(0)], [{ kind: 'int' }]);
    const size = n.outputs[0]!;
    const out = tensorType(ScalarType.Float, [4, 2, 3], TensorShapeDynamism.DYNAMIC_BOUND);
    expect(
      reason(supportsNode(g.addNode('aten.view_copy.default', [arg.value(x), arg.ints([size, 2, 3])], [out]))),
    ).toBeNull();
    expect(
      reason(
        supportsNode(
          g.addNode('aten.expand_copy.default', [arg.value(x), arg.ints([size, 6]), arg.bool(false)], [f32([4, 6])]),
        ),
      ),
    ).toMatch(/symbolic/);
  });

  test('a used max-pooling index output is refused (the runtime does not compute indices)', () => {
    const g = new Graph();
    const x = g.addInput(f32([1, 1, 4, 4]));
    const pool = g.addNode(
      'aten.max_pool2d_with_indices.default',
      [arg.value(x), arg.ints([2, 2]), arg.ints([2, 2]), arg.ints([0, 0]), arg.ints([1, 1]), arg.bool(false)],
      [f32([1, 1, 2, 2]), tensorType(ScalarType.Long, [1, 1, 2, 2])],
    );
    expect(reason(supportsNode(pool))).toBeNull();
    g.outputs = [pool.outputs[1]!];
    expect(reason(supportsNode(pool))).toMatch(/is used/);
  });
});
