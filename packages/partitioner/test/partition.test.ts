import { ScalarType } from '@kindling/core';
import {
  arg,
  CALL_DELEGATE,
  Graph,
  importProgram,
  type Node,
  PteFile,
  TensorShapeDynamism,
  tensorType,
} from '@kindling/ir';
import { describe, expect, it } from 'vitest';
import { type BackendLowering, lower, partitionGraph, type SupportResult } from '../src/index.js';

const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);

/** A backend that takes the given ops on float32 static tensors; its payload lists the node ops. */
function testBackend(
  id: string,
  ops: string[],
): BackendLowering & { seen: { ops: string[]; inputs: string[]; outputs: string[]; constants: string[] }[] } {
  const seen: { ops: string[]; inputs: string[]; outputs: string[]; constants: string[] }[] = [];
  return {
    specificationVersion: 'v1',
    id,
    seen,
    supports(node: Node): SupportResult {
      if (!ops.includes(node.op)) return { supported: false, reason: `no ${node.op}` };
      for (const v of [...node.inputs, ...node.outputs]) {
        if (v.type.kind !== 'tensor' || v.type.dtype !== ScalarType.Float) return { supported: false, reason: 'dtype' };
        if (v.type.dynamism !== TensorShapeDynamism.STATIC) return { supported: false, reason: 'dynamic shape' };
      }
      return { supported: true };
    },
    preprocess(p) {
      seen.push({
        ops: p.nodes.map((n) => n.op),
        inputs: p.inputs.map((v) => v.name),
        outputs: p.outputs.map((v) => v.name),
        constants: p.constants.map((v) => v.name),
      });
      const sub = p.toGraph();
      return {
        processed: new TextEncoder().encode(p.nodes.map((n) => n.op).join(';')),
        namedData: p.constants.map((c) => ({ key: `w${c.id}`, bytes: c.data as Uint8Array })),
        compileSpecs: [{ key: 'nodes', value: new Uint8Array([sub.nodes.length]) }],
      };
    },
  };
}

describe('partitionGraph', () => {
  it('splits a partition that would otherwise form a cycle through an unsupported node', () => {
    // a = x + x (supported); b = relu(a) (unsupported); c = a * b (supported).
    // {a, c} as one partition would need b's output while b needs a's: a cycle.
    const g = new Graph();
    const x = g.addInput(f32([4]));
    const a = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x)], [f32([4])]);
    const b = g.addNode('aten.relu.default', [arg.value(a.outputs[0]!)], [f32([4])]);
    const c = g.addNode('aten.mul.Tensor', [arg.value(a.outputs[0]!), arg.value(b.outputs[0]!)], [f32([4])]);
    g.outputs = [c.outputs[0]!];
    const be = testBackend('T', ['aten.add.Tensor', 'aten.mul.Tensor']);
    const r = partitionGraph(g, [{ lowering: be }]);
    expect(r.partitions.map((p) => p.nodes.map((n) => n.op))).toEqual([['aten.add.Tensor'], ['aten.mul.Tensor']]);
    expect(r.nodes[1]).toMatchObject({ backend: null, reasons: { T: 'no aten.relu.default' } });
  });

  it('merges independent branches and chains into one maximal partition', () => {
    const g = new Graph();
    const x = g.addInput(f32([4]));
    const y = g.addInput(f32([4]));
    const a = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x)], [f32([4])]);
    const b = g.addNode('aten.mul.Tensor', [arg.value(y), arg.value(y)], [f32([4])]);
    const c = g.addNode('aten.add.Tensor', [arg.value(a.outputs[0]!), arg.value(b.outputs[0]!)], [f32([4])]);
    g.outputs = [c.outputs[0]!];
    const r = partitionGraph(g, [{ lowering: testBackend('T', ['aten.add.Tensor', 'aten.mul.Tensor']) }]);
    expect(r.partitions).toHaveLength(1);
    expect(r.partitions[0]!.inputs.map((v) => v.name)).toEqual(['%0', '%1']);
    expect(r.partitions[0]!.outputs.map((v) => v.name)).toEqual([c.outputs[0]!.name]);
  });

  it('gives each node to the first backend in priority order that supports it', () => {
    const g = new Graph();
    const x = g.addInput(f32([4]));
    const a = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x)], [f32([4])]);
    const b = g.addNode('aten.relu.default', [arg.value(a.outputs[0]!)], [f32([4])]);
    g.outputs = [b.outputs[0]!];
    const first = testBackend('First', ['aten.relu.default']);
    const second = testBackend('Second', ['aten.add.Tensor', 'aten.relu.default']);
    const r = partitionGraph(g, [{ lowering: first }, { lowering: second }]);
    expect(r.nodes.map((n) => n.backend)).toEqual(['Second', 'First']);
    expect(r.nodes[0]!.reasons).toEqual({ First: 'no aten.add.Tensor' });
    const swapped = partitionGraph(g, [{ lowering: second }, { lowering: first }]);
    expect(swapped.nodes.map((n) => n.backend)).toEqual(['Second', 'Second']);
    expect(swapped.partitions).toHaveLength(1);
  });

  it('leaves unsupported dtypes and dynamic shapes to portable kernels', () => {
    const g = new Graph();
    const i = g.addInput(tensorType(ScalarType.Long, [4]));
    const d = g.addInput(tensorType(ScalarType.Float, [8], TensorShapeDynamism.DYNAMIC_BOUND));
    const a = g.addNode('aten.add.Tensor', [arg.value(i), arg.value(i)], [tensorType(ScalarType.Long, [4])]);
    const b = g.addNode(
      'aten.add.Tensor',
      [arg.value(d), arg.value(d)],
      [tensorType(ScalarType.Float, [8], TensorShapeDynamism.DYNAMIC_BOUND)],
    );
    g.outputs = [a.outputs[0]!, b.outputs[0]!];
    const r = partitionGraph(g, [{ lowering: testBackend('T', ['aten.add.Tensor']) }]);
    expect(r.partitions).toHaveLength(0);
    expect(r.nodes.map((n) => n.reasons.T)).toEqual(['dtype', 'dynamic shape']);
  });
});

describe('lower', () => {
  it('moves weights used only inside a partition into named data and keeps shared ones', async () => {
    const g = new Graph();
    const x = g.addInput(f32([2]));
    const own = g.addConstant(f32([2]), new Uint8Array(new Float32Array([1, 2]).buffer));
    const shared = g.addConstant(f32([2]), new Uint8Array(new Float32Array([3, 4]).buffer));
    const a = g.addNode('aten.mul.Tensor', [arg.value(x), arg.value(own)], [f32([2])]);
    const b = g.addNode('aten.mul.Tensor', [arg.value(a.outputs[0]!), arg.value(shared)], [f32([2])]);
    const c = g.addNode('aten.relu.default', [arg.value(b.outputs[0]!)], [f32([2])]);
    const d = g.addNode('aten.sub.Tensor', [arg.value(c.outputs[0]!), arg.value(shared)], [f32([2])]);
    g.outputs = [d.outputs[0]!];
    const be = testBackend('T', ['aten.mul.Tensor']);
    const { bytes, report } = await lower([g], { backends: [be] });
    expect(report[0]!.partitions).toHaveLength(1);
    expect(be.seen[0]).toEqual({
      ops: ['aten.mul.Tensor', 'aten.mul.Tensor'],
      inputs: ['%0', '%2'],
      outputs: ['%4'],
      constants: ['%1'],
    });

    const file = PteFile.read(bytes);
    expect(file.program.namedData.map((n) => n.key)).toEqual(['w1']);
    expect(Array.from(new Float32Array(file.namedData().get('w1').slice().buffer))).toEqual([1, 2]);
    const plan = file.plan('forward');
    expect(plan.delegates.map((dl) => dl.id)).toEqual(['T']);
    expect(new TextDecoder().decode(file.delegatePayload(plan.delegates[0]!))).toBe('aten.mul.Tensor;aten.mul.Tensor');
    // The shared weight stays a program constant; the owned one is gone.
    const constants = plan.values.filter(
      (v) => v.type === 'Tensor' && v.tensor.dataBufferIdx > 0 && !v.tensor.allocationInfo,
    );
    expect(constants).toHaveLength(1);
    const [lowered] = importProgram(file);
    expect(lowered!.nodes.map((n) => n.op)).toEqual([CALL_DELEGATE, 'aten.relu.default', 'aten.sub.Tensor']);
  });
});

describe('views and scalar arguments', () => {
  /** a = x + x; n = sym_size(a, 0); v = et_view(a, [n, 6]); out = v * v. */
  function viewGraph() {
    const g = new Graph();
    const x = g.addInput(f32([2, 6]));
    const a = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(x)], [f32([2, 6])]);
    const size = g.addNode('aten.sym_size.int', [arg.value(a.outputs[0]!), arg.int(0)], [{ kind: 'int' }]);
    const view = g.addNode(
      'executorch_prim.et_view.default',
      [arg.value(a.outputs[0]!), arg.ints([size.outputs[0]!, 6])],
      [f32([2, 6])],
    );
    view.outputs[0]!.planned = false; // a view has no memory of its own
    const out = g.addNode('aten.mul.Tensor', [arg.value(view.outputs[0]!), arg.value(view.outputs[0]!)], [f32([2, 6])]);
    g.outputs = [out.outputs[0]!, view.outputs[0]!];
    return { g, view };
  }
  /** Takes add, mul and et_view, whatever their non-tensor inputs. */
  const viewBackend = (tensorArgumentsOnly: boolean): BackendLowering => ({
    specificationVersion: 'v1',
    id: 'V',
    tensorArgumentsOnly,
    supports: (node) =>
      ['aten.add.Tensor', 'aten.mul.Tensor', 'executorch_prim.et_view.default'].includes(node.op)
        ? { supported: true }
        : { supported: false, reason: 'no' },
    preprocess: (p) => ({ processed: new TextEncoder().encode(p.inputs.map((v) => v.type.kind).join(',')) }),
  });

  it('offers an aliasing view to the backends, and plans its output when a delegate writes it', async () => {
    const { g, view } = viewGraph();
    const r = partitionGraph(g, [{ lowering: viewBackend(true) }]);
    expect(r.partitions).toHaveLength(1);
    expect(r.partitions[0]!.nodes.map((n) => n.op)).toContain('executorch_prim.et_view.default');
    // The sym_size node stays portable; its integer is not a delegate argument.
    expect(r.partitions[0]!.inputs.map((v) => v.type.kind)).toEqual(['tensor']);
    expect(r.nodes.find((n) => n.op === 'aten.sym_size.int')?.backend).toBeNull();
    r.partitions[0]!.toGraph(); // the scalar is copied in, not required at the boundary

    const { bytes, methods } = await lower([viewGraph().g], { backends: [viewBackend(true)] });
    const lowered = methods[0]!;
    const call = lowered.nodes.find((n) => n.op === CALL_DELEGATE)!;
    expect(call.outputs.every((o) => o.planned)).toBe(true);
    // The sym_size node became dead with the view gone into the delegate.
    expect(lowered.nodes.map((n) => n.op)).toEqual([CALL_DELEGATE]);
    const [reimported] = importProgram(PteFile.read(bytes));
    expect(reimported!.outputs.every((o) => o.planned)).toBe(true);
    expect(view.outputs[0]!.planned).toBe(false); // the original graph is untouched
  });

  it('passes scalar values to a backend that takes them', () => {
    const { g } = viewGraph();
    const r = partitionGraph(g, [{ lowering: viewBackend(false) }]);
    expect(r.partitions.flatMap((p) => p.inputs.map((v) => v.type.kind))).toContain('int');
  });
});
