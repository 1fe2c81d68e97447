import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScalarType } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  arg,
  deduplicateConstants,
  eliminateDeadCode,
  findGraphProblems,
  Graph,
  importMethod,
  PteFile,
  printGraph,
  runPasses,
  tensorType,
  verifyGraph,
} from '../src/index.js';

const zoo = (p: string) =>
  PteFile.read(new Uint8Array(readFileSync(join(__dirname, '../../../packages/conformance-zoo/cases', p))));
const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);

describe('printer', () => {
  it('prints an imported program one line per node', () => {
    expect(printGraph(importMethod(zoo('ops/layer_norm/last_2d/portable.pte'), 'forward'))).toMatchInlineSnapshot(`
      "graph forward(%2: f32[3,16]) {
        %0: f32[16] = constant(64 B)
        %1: f32[16] = constant(64 B)
        %3: f32[3,16], %4: f32[3,1], %5: f32[3,1] = aten.native_layer_norm.default(%2, [16], %0, %1, 0.00001)
        return (%3)
      }"
    `);
    expect(printGraph(importMethod(zoo('ops/matmul/bmm_3d/portable.pte'), 'forward'))).toMatchInlineSnapshot(`
      "graph forward(%0: f32[2,3,4], %1: f32[2,4,5]) {
        %8: f32[2,3,4] = alias(%2)
        %15: f32[2,4,5] = alias(%9)
        %2: f32[2,3,4] = aten.expand_copy.default(%0, [2, 3, 4], False)
        %9: f32[2,4,5] = aten.expand_copy.default(%1, [2, 4, 5], False)
        %16: f32[2,3,5] = aten.bmm.default(%8, %15)
        %17: f32[2,3,5] = aten.view_copy.default(%16, [2, 3, 5])
        return (%17)
      }"
    `);
  });

  it('prints hand-built graphs with stable names', () => {
    const g = new Graph('f');
    const x = g.addInput(f32([1, 64]));
    const y = g.addInput(f32([1, 64]));
    const n = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(y), arg.int(1)], [f32([1, 64])]);
    g.outputs = n.outputs;
    expect(printGraph(g).split('\n')[1]).toBe('  %2: f32[1,64] = aten.add.Tensor(%0, %1, 1)');
  });
});

describe('verifier', () => {
  const valid = () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const a = g.addNode('aten.relu.default', [arg.value(x)], [f32([2, 3])]);
    const b = g.addNode('aten.mul.Tensor', [arg.value(a.outputs[0]!), arg.value(x)], [f32([2, 3])]);
    g.outputs = b.outputs;
    return { g, x, a, b };
  };

  it('accepts a valid graph', () => {
    expect(findGraphProblems(valid().g)).toEqual([]);
  });

  it('catches a use before definition', () => {
    const { g, a, b } = valid();
    const c = g.addNode('aten.neg.default', [arg.value(b.outputs[0]!)], [f32([2, 3])], { before: a });
    void c;
    expect(findGraphProblems(g).join('\n')).toMatch(/reads %2 before it is defined/);
  });

  it('catches wrong inferred shapes and dtypes', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3]));
    const y = g.addInput(f32([3, 4]));
    g.addNode('aten.mm.default', [arg.value(x), arg.value(y)], [f32([2, 3])]);
    g.addNode('aten.eq.Tensor', [arg.value(x), arg.value(x)], [f32([2, 3])]);
    const problems = findGraphProblems(g);
    expect(problems).toContain('node 0 (aten.mm.default): output %2 has shape [2,3], inference gives [2,4]');
    expect(problems).toContain(
      `node 1 (aten.eq.Tensor): output %3 has dtype ${ScalarType.Float}, inference gives ${ScalarType.Bool}`,
    );
  });

  it('catches missing arguments, constants of the wrong size and unknown ops', () => {
    const g = new Graph();
    const x = g.addInput(f32([4]));
    g.addConstant(f32([4]), new Uint8Array(8));
    g.addNode('aten.permute_copy.default', [arg.value(x)], [f32([4])]);
    g.addNode('acme.frobnicate.default', [arg.value(x)], [f32([4])]);
    const p = findGraphProblems(g).join('\n');
    expect(p).toMatch(/omits argument dims/);
    expect(p).toMatch(/holds 8 B, its type needs 16 B/);
    expect(p).toMatch(/unknown operator/);
    expect(() => verifyGraph(g)).toThrow(/invalid/);
  });
});

describe('passes', () => {
  it('dead-code elimination removes unused nodes and constants, keeps in-place writes', () => {
    const g = importMethod(zoo('ops/index_copy/mutable_buffer/portable.pte'), 'forward');
    const x = g.inputs[0]!;
    const dead = g.addNode('aten.neg.default', [arg.value(x)], [x.type]);
    g.addConstant(f32([1]), new Uint8Array(4));
    const { graph, modified, log } = runPasses(g, [eliminateDeadCode]);
    expect(modified).toBe(true);
    expect(log).toEqual([{ pass: 'eliminateDeadCode', round: 0, modified: true }]);
    expect(graph.nodes.map((n) => n.op)).toEqual(['aten.index_put.default', 'aten.add.Tensor', 'aten.copy_.default']);
    expect(graph.values.some((v) => v.id === dead.outputs[0]!.id)).toBe(false);
    expect(g.nodes).toHaveLength(4); // the input graph is unchanged
  });

  it('constant deduplication merges equal constants and keeps distinct ones', () => {
    const g = new Graph();
    const x = g.addInput(f32([2]));
    const bytes = (a: number[]) => new Uint8Array(new Float32Array(a).buffer);
    const c1 = g.addConstant(f32([2]), bytes([1, 2]));
    const c2 = g.addConstant(f32([2]), bytes([1, 2]));
    const c3 = g.addConstant(f32([2]), bytes([1, 3]));
    const a = g.addNode('aten.add.Tensor', [arg.value(x), arg.value(c1)], [f32([2])]);
    const b = g.addNode('aten.add.Tensor', [arg.value(a.outputs[0]!), arg.value(c2)], [f32([2])]);
    const c = g.addNode('aten.add.Tensor', [arg.value(b.outputs[0]!), arg.value(c3)], [f32([2])]);
    g.outputs = c.outputs;
    const { graph } = runPasses(g, [deduplicateConstants]);
    const constants = graph.values.filter((v) => v.source === 'constant').map((v) => v.name);
    expect(constants).toEqual([c1.name, c3.name]);
    expect(graph.value(c1.id).users).toHaveLength(2);
  });

  it('the pass manager names a pass that breaks the graph', () => {
    const g = new Graph();
    const x = g.addInput(f32([2]));
    g.outputs = [g.addNode('aten.relu.default', [arg.value(x)], [f32([2])]).outputs[0]!];
    const breaker = (graph: Graph) => {
      const n = graph.nodes[0]!;
      n.op = 'aten.mm.default';
      return { graph, modified: true };
    };
    expect(() => runPasses(g, [breaker])).toThrow(/after pass breaker/);
  });
});
