// Which nodes the Core ML lowering refuses, on small hand-built graphs: Core ML's constraints as
// ExecuTorch's CoreMLPartitioner applies them (rank, dtypes, add/sub alpha, static shapes) and the
// limits of the lowering's operator set.
import { ScalarType } from '@kindling/core';
import { arg, Graph, TensorShapeDynamism, tensorType } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { supportsNode } from '../src/partitioner.js';

const f32 = (shape: number[], d = TensorShapeDynamism.STATIC) => tensorType(ScalarType.Float, shape, d);
const reason = (r: ReturnType<typeof supportsNode>): string | null => (r.supported ? null : r.reason);

describe('coreml lowering support', () => {
  test('rank 5 is taken, rank 6 refused', () => {
    const g = new Graph();
    const five = g.addInput(f32([1, 1, 1, 2, 3]));
    const six = g.addInput(f32([1, 1, 1, 1, 2, 3]));
    expect(reason(supportsNode(g.addNode('aten.relu.default', [arg.value(five)], [f32([1, 1, 1, 2, 3])])))).toBeNull();
    expect(reason(supportsNode(g.addNode('aten.relu.default', [arg.value(six)], [f32([1, 1, 1, 1, 2, 3])])))).toMatch(
      /6 dimensions \(at most 5\)/,
    );
  });

  test('int64 arithmetic is refused (int32 would wrap where int64 does not); float64 and float16 tensors are refused', () => {
    const g = new Graph();
    for (const t of [ScalarType.Long, ScalarType.Int]) {
      const x = g.addInput(tensorType(t, [2, 3]));
      for (const op of [
        'aten.add.Tensor',
        'aten.mul.Tensor',
        'aten.sub.Tensor',
        'aten.abs.default',
        'aten.sum.dim_IntList',
      ]) {
        const args = op === 'aten.abs.default' ? [arg.value(x)] : [arg.value(x), arg.value(x), arg.int(1)];
        if (op === 'aten.sum.dim_IntList') args.splice(1, 2, arg.ints([1]), arg.bool(false));
        const out = op === 'aten.sum.dim_IntList' ? [2] : [2, 3];
        expect(reason(supportsNode(g.addNode(op, args, [tensorType(t, out)]))), op).toMatch(/wrap/);
      }
    }
    const b = g.addInput(tensorType(ScalarType.Bool, [2, 3]));
    expect(
      reason(
        supportsNode(
          g.addNode('aten.add.Tensor', [arg.value(b), arg.value(b), arg.int(1)], [tensorType(ScalarType.Bool, [2, 3])]),
        ),
      ),
    ).toMatch(/bool/);
    for (const [t, name] of [
      [ScalarType.Double, 'float64'],
      [ScalarType.Half, 'float16'],
    ] as const) {
      const x = g.addInput(tensorType(t, [2, 3]));
      const add = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x), arg.int(1)], [tensorType(t, [2, 3])]);
      expect(reason(supportsNode(add))).toMatch(new RegExp(name));
    }
    const i8 = g.addInput(tensorType(ScalarType.Char, [2, 3]));
    expect(
      reason(supportsNode(g.addNode('aten.relu.default', [arg.value(i8)], [tensorType(ScalarType.Char, [2, 3])]))),
    ).toMatch(/not float32, int64, int32 or bool/);
  });

  test('add and sub with alpha other than 1 are refused, as ExecuTorch does', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    for (const op of ['aten.add.Tensor', 'aten.sub.Tensor']) {
      expect(reason(supportsNode(g.addNode(op, [arg.value(x), arg.value(x), arg.int(1)], [f32([2, 3])])))).toBeNull();
      expect(reason(supportsNode(g.addNode(op, [arg.value(x), arg.value(x), arg.int(2)], [f32([2, 3])])))).toMatch(
        /alpha/,
      );
      expect(reason(supportsNode(g.addNode(op, [arg.value(x), arg.value(x), arg.float(0.5)], [f32([2, 3])])))).toMatch(
        /alpha/,
      );
    }
  });

  test('dynamic shapes, empty tensors and other operators are refused; rank-0 tensors are taken', () => {
    const g = new Graph();
    const dyn = g.addInput(f32([2, 3], TensorShapeDynamism.DYNAMIC_BOUND));
    const empty = g.addInput(f32([0, 3]));
    const scalar = g.addInput(f32([]));
    const x = g.addInput(f32([2, 3]));
    const relu = (v: typeof x, out: number[], d = TensorShapeDynamism.STATIC) =>
      reason(supportsNode(g.addNode('aten.relu.default', [arg.value(v)], [f32(out, d)])));
    expect(relu(dyn, [2, 3], TensorShapeDynamism.DYNAMIC_BOUND)).toMatch(/dynamic shape/);
    expect(relu(empty, [0, 3])).toMatch(/empty/);
    expect(relu(scalar, [])).toBeNull();
    expect(reason(supportsNode(g.addNode('aten.floor.default', [arg.value(x)], [f32([2, 3])])))).toMatch(
      /not lowered to Core ML/,
    );
  });

  test('addmm with alpha or beta other than 1 and convolutions with a computed weight are refused', () => {
    const g = new Graph();
    const bias = g.addInput(f32([4]));
    const a = g.addInput(f32([2, 8]));
    const b = g.addInput(f32([8, 4]));
    const addmm = (beta: number, alpha: number) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.addmm.default',
            [arg.value(bias), arg.value(a), arg.value(b), arg.int(beta), arg.int(alpha)],
            [f32([2, 4])],
          ),
        ),
      );
    expect(addmm(1, 1)).toBeNull();
    expect(addmm(2, 1)).toMatch(/beta or alpha/);
    expect(addmm(1, 3)).toMatch(/beta or alpha/);
    const x = g.addInput(f32([1, 3, 8, 8]));
    const w = g.addInput(f32([8, 3, 3, 3]));
    const conv = g.addNode(
      'aten.convolution.default',
      [
        arg.value(x),
        arg.value(w),
        arg.none(),
        arg.ints([1, 1]),
        arg.ints([1, 1]),
        arg.ints([1, 1]),
        arg.bool(false),
        arg.ints([0, 0]),
        arg.int(1),
      ],
      [f32([1, 8, 8, 8])],
    );
    expect(reason(supportsNode(conv))).toMatch(/weight is not a constant/);
  });

  test('clamp needs two literal bounds in order; reductions a literal dim list and no dtype', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const clamp = (lo: ReturnType<typeof arg.none>, hi: ReturnType<typeof arg.none>) =>
      reason(supportsNode(g.addNode('aten.clamp.default', [arg.value(x), lo, hi], [f32([2, 3])])));
    expect(clamp(arg.float(-1), arg.int(2))).toBeNull();
    expect(clamp(arg.none(), arg.float(1))).toBeNull();
    expect(clamp(arg.value(x), arg.float(1))).toMatch(/literal number/);
    expect(clamp(arg.float(2), arg.float(1))).toMatch(/lower bound/);
    expect(reason(supportsNode(g.addNode('aten.hardtanh.default', [arg.value(x)], [f32([2, 3])])))).toBeNull();
    const mean = (dims: number[], dtype = arg.none()) =>
      reason(
        supportsNode(g.addNode('aten.mean.dim', [arg.value(x), arg.ints(dims), arg.bool(true), dtype], [f32([2, 1])])),
      );
    expect(mean([-1])).toBeNull();
    expect(mean([])).toMatch(/non-empty/);
    expect(mean([1], arg.int(6))).toMatch(/dtype/);
  });

  test('a layer norm is taken only while its mean and rstd outputs are unread', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 4]));
    const ln = g.addNode(
      'aten.native_layer_norm.default',
      [arg.value(x), arg.ints([4]), arg.none(), arg.none(), arg.float(1e-5)],
      [f32([2, 4]), f32([2, 1]), f32([2, 1])],
    );
    const context = { graph: g } as Parameters<typeof supportsNode>[1];
    expect(reason(supportsNode(ln, context))).toBeNull();
    expect(reason(supportsNode(ln))).toMatch(/is read/);
    g.addNode('aten.relu.default', [arg.value(ln.outputs[1]!)], [f32([2, 1])]);
    expect(reason(supportsNode(ln, context))).toMatch(/is read/);
  });

  test('pooling needs [N, C, H, W], no dilation and no divisor override; batch norm 2 to 5 dimensions', () => {
    const g = new Graph();
    const x = g.addInput(f32([1, 2, 4, 4]));
    const maxPool = (dilation: number[]) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.max_pool2d_with_indices.default',
            [arg.value(x), arg.ints([2, 2]), arg.ints([2, 2]), arg.ints([0, 0]), arg.ints(dilation), arg.bool(false)],
            [f32([1, 2, 2, 2]), tensorType(ScalarType.Long, [1, 2, 2, 2])],
          ),
          { graph: g } as Parameters<typeof supportsNode>[1],
        ),
      );
    expect(maxPool([1, 1])).toBeNull();
    expect(maxPool([2, 2])).toMatch(/dilated/);
    const avgPool = (divisor: ReturnType<typeof arg.none>) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.avg_pool2d.default',
            [arg.value(x), arg.ints([2, 2]), arg.ints([]), arg.ints([0, 0]), arg.bool(false), arg.bool(true), divisor],
            [f32([1, 2, 2, 2])],
          ),
        ),
      );
    expect(avgPool(arg.none())).toBeNull();
    expect(avgPool(arg.int(3))).toMatch(/divisor/);
    const v = g.addInput(f32([4]));
    const c = g.addInput(f32([4]));
    const bn = g.addNode(
      'aten._native_batch_norm_legit_no_training.default',
      [arg.value(v), arg.none(), arg.none(), arg.value(c), arg.value(c), arg.float(0.1), arg.float(1e-5)],
      [f32([4]), f32([0]), f32([0])],
    );
    expect(reason(supportsNode(bn, { graph: g } as Parameters<typeof supportsNode>[1]))).toMatch(/2 to 5/);
  });

  test('squeeze of a dimension that is not 1, a slice with a step below 1 and a computed scalar are refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 1, 3]));
    const squeeze = (dims: number[], out: number[]) =>
      reason(supportsNode(g.addNode('aten.squeeze_copy.dims', [arg.value(x), arg.ints(dims)], [f32(out)])));
    expect(squeeze([-2], [2, 3])).toBeNull();
    expect(squeeze([0], [2, 1, 3])).toMatch(/not 1/);
    const slice = (step: number) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.slice_copy.Tensor',
            [arg.value(x), arg.int(2), arg.int(0), arg.none(), arg.int(step)],
            [f32([2, 1, 2])],
          ),
        ),
      );
    expect(slice(2)).toBeNull();
    expect(slice(0)).toMatch(/step/);
    expect(reason(supportsNode(g.addNode('aten.mul.Scalar', [arg.value(x), arg.none()], [f32([2, 1, 3])])))).toMatch(
      /literal number/,
    );
    const y = g.addInput(f32([2, 3]));
    const cat = g.addNode('aten.cat.default', [arg.tensors([x, y]), arg.int(0)], [f32([4, 3])]);
    expect(reason(supportsNode(cat))).toMatch(/differ in rank/);
  });

  test('expand needs a size that broadcasts the tensor; a dim order copy from float to int64 is refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([3, 1]));
    const expand = (out: number[]) =>
      reason(supportsNode(g.addNode('aten.expand_copy.default', [arg.value(x), arg.ints(out)], [f32(out)])));
    expect(expand([2, 3, 4])).toBeNull();
    expect(expand([2, 4])).toMatch(/does not broadcast/);
    expect(expand([4])).toMatch(/fewer dimensions/);
    const copy = (from: ScalarType, to: ScalarType) => {
      const v = g.addInput(tensorType(from, [3]));
      const n = g.addNode(
        'dim_order_ops._to_dim_order_copy.default',
        [arg.value(v), arg.bool(false), arg.ints([0])],
        [tensorType(to, [3])],
      );
      return reason(supportsNode(n));
    };
    expect(copy(ScalarType.Int, ScalarType.Float)).toBeNull();
    // an int64 program input may hold values outside int32, which cannot cross into Core ML
    expect(copy(ScalarType.Long, ScalarType.Float)).toMatch(/int64 from the program's inputs/);
    expect(copy(ScalarType.Bool, ScalarType.Float)).toBeNull();
    expect(copy(ScalarType.Float, ScalarType.Int)).toBeNull();
    expect(copy(ScalarType.Float, ScalarType.Long)).toMatch(/int64/);
    expect(copy(ScalarType.Float, ScalarType.Half)).toMatch(/float16/);
    expect(copy(ScalarType.Long, ScalarType.Char)).toMatch(/not float32, int64, int32 or bool/);
  });
});
