import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScalarType } from '@kindling/core';
import { arg, Graph, importProgram, PteFile, TensorShapeDynamism, tensorType } from '@kindling/ir';
import { type BackendLowering, lower } from '@kindling/partitioner';
import { describe, expect, test } from 'vitest';
import { decodeXnnPayload, validateXnnGraph, XNN_INVALID_ID, XnnNodeType } from '../src/index.js';
import { ceilModeExtraPad } from '../src/lowering/ops.js';
import { sha256Hex } from '../src/lowering/sha256.js';
import { SUPPORTED_NODE_TYPES, xnnpackLowering } from '../src/partitioner.js';

const ZOO = join(import.meta.dirname, '../../../packages/conformance-zoo/cases');
const read = (id: string, flavour: string) => new Uint8Array(readFileSync(join(ZOO, id, `${flavour}.pte`)));

/** Every XNNPACK payload of a program, decoded and validated against the program. */
function payloads(bytes: Uint8Array) {
  const file = PteFile.read(bytes);
  const out = [];
  for (const m of file.methodNames) {
    const plan = file.plan(m);
    for (const [i, d] of plan.delegates.entries()) {
      if (d.id !== 'XnnpackBackend') continue;
      const { graph, constantRegion } = decodeXnnPayload(file.delegatePayload(d));
      const call = plan.chains
        .flatMap((c) => c.instructions)
        .find((ins) => ins.type === 'DelegateCall' && ins.delegateIndex === i);
      const numArgs = call?.type === 'DelegateCall' ? call.args.length : 0;
      validateXnnGraph(graph, { constantRegionSize: constantRegion.byteLength, namedData: file.namedData(), numArgs });
      out.push({ graph, namedData: file.namedData(), numArgs });
    }
  }
  return out;
}

async function lowered(id: string) {
  const { bytes } = await lower(read(id, 'portable'), { backends: [xnnpackLowering()] });
  return payloads(bytes);
}

describe('sha256Hex', () => {
  test('matches node:crypto around the block boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

describe('payloads as ExecuTorch writes them', () => {
  // Programs whose lowering should match ExecuTorch's own XNNPACK payload node for node, with the
  // same weight bytes (hence the same SHA-256 named-data keys).
  const SAME = [
    'ops/add/same_shape',
    'ops/conv2d/3x3_pad1',
    'ops/conv2d/stride2',
    'ops/conv2d/depthwise',
    'ops/conv2d/pointwise_nobias',
    'ops/max_pool2d/k2s2',
    'ops/max_pool2d/k3s2p1',
    'ops/avg_pool2d/k2',
    'ops/mean/spatial',
    'ops/adaptive_avg_pool2d/1x1',
    'ops/softmax/last_4d',
    'ops/cat/dim1',
    'ops/linear/bias_2d',
    'ops/relu6/rank4',
    'ops/clamp/vec7',
    'ops/conv1d/k3_pad1',
    'ops/conv1d/stride2_groups2',
    'ops/batch_norm/eval',
    'ops/batch_norm1d/rank3',
    'ops/max_pool2d/k3s2_ceil',
    'ops/max_pool2d/k2s2p1_ceil',
    'ops/conv_transpose2d/k3s2_pad1_outpad1',
    'ops/conv_transpose2d/k2s2_nobias',
    'ops/conv_transpose2d/k4s1_pad2',
    'ops/conv_transpose2d/groups2',
    'ops/split_with_sizes/dim1_relu',
    'ops/upsample_nearest2d/x2_relu',
    'ops/upsample_bilinear2d/x2',
    'ops/upsample_bilinear2d/align_corners',
    'ops/upsample_bilinear2d/down',
  ];
  test.each(SAME)('%s', async (id) => {
    const [ours] = await lowered(id);
    const [theirs] = payloads(read(id, 'xnnpack'));
    if (!ours || !theirs) throw new Error('no payload');
    const shape = (g: typeof ours.graph) => ({
      nodes: g.nodes.map((n) => [n.type, n.flags, n.outputMin, n.outputMax, n.attrs]),
      values: g.values.map((v) => [v.datatype, v.dims, v.flags, v.constantBufferIdx === 0]),
      keys: g.constantData.map((c) => c.namedKey),
      numExterns: g.numExterns,
    });
    const a = shape(ours.graph);
    const b = shape(theirs.graph);
    expect(a.nodes).toEqual(b.nodes);
    expect(a.keys.slice().sort()).toEqual(b.keys.slice().sort());
    expect(a.numExterns).toBe(b.numExterns);
    expect(a.values.map((v) => v.slice(1)).sort()).toEqual(b.values.map((v) => v.slice(1)).sort());
  });

  // Programs where ExecuTorch's payload differs only in form: it fuses a ReLU into the operator
  // before it (output_min/max) where Kindling writes a Clamp node, and it reshapes a 2-D batch norm
  // input to 4-D in two steps. Same delegates, same operators otherwise, same dynamic-shape dims.
  const FUSED = ['ops/conv1d/bn_relu', 'ops/batch_norm1d/rank2', 'ops/dynamic/linear_relu', 'ops/dynamic/conv_relu'];
  test.each(FUSED)('%s', async (id) => {
    const ours = await lowered(id);
    const theirs = payloads(read(id, 'xnnpack'));
    expect(ours.length).toBe(theirs.length);
    const form = (g: (typeof ours)[number]['graph']) => ({
      types: g.nodes
        .map((n) => n.type)
        .filter((t) => t !== XnnNodeType.Clamp)
        .filter((t, i, all) => !(t === XnnNodeType.StaticReshape && all[i + 1] === XnnNodeType.StaticReshape)),
      externals: g.values
        .filter((v) => v.flags !== 0)
        .map((v) => [v.flags, v.dims])
        .sort(),
      keys: g.constantData.map((c) => c.namedKey).sort(),
    });
    ours.forEach((p, i) => {
      const t = theirs[i];
      if (!t) throw new Error('no payload');
      const a = form(p.graph);
      const b = form(t.graph);
      expect(a.types).toEqual(b.types);
      expect(a.externals).toEqual(b.externals);
      if (id !== 'ops/conv1d/bn_relu') expect(a.keys).toEqual(b.keys); // folded weights round differently
    });
  });

  test('a convolution: NHWC transposes at the boundary, OHWI filter, external ids by argument', async () => {
    const [p] = await lowered('ops/conv2d/3x3_pad1');
    const g = p!.graph;
    expect(g.identifier).toBe('XN01');
    expect(g.constantData[0]).toEqual({ offset: 0n, size: 0n, namedKey: '' });
    expect(g.nodes.map((n) => n.type)).toEqual([
      XnnNodeType.StaticTranspose,
      XnnNodeType.Conv2d,
      XnnNodeType.StaticTranspose,
    ]);
    const byId = new Map(g.values.map((v) => [v.id, v]));
    const [input] = g.inputIds.map((id) => byId.get(id)!);
    const [output] = g.outputIds.map((id) => byId.get(id)!);
    expect(input).toMatchObject({ dims: [1, 3, 8, 8], flags: 1, externalId: 0 });
    expect(output).toMatchObject({ dims: [1, 8, 8, 8], flags: 2, externalId: 1 });
    const conv = g.nodes[1]!;
    expect(byId.get(conv.inputs[0]!)!.dims).toEqual([1, 8, 8, 3]);
    const filter = byId.get(conv.inputs[1]!)!;
    const entry = g.constantData[filter.constantBufferIdx]!;
    expect(entry.offset).toBe(0xffff_ffff_ffff_ffffn);
    const bytes = p!.namedData.get(entry.namedKey!);
    expect(entry.namedKey).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(entry.size).toBe(BigInt(bytes.byteLength));
  });

  test('a 3-D linear is a fully connected layer between views', async () => {
    const [p] = await lowered('ops/linear/nobias_3d');
    expect(p!.graph.nodes.map((n) => n.type)).toEqual([XnnNodeType.FullyConnected, XnnNodeType.StaticReshape]);
  });

  test('a batch norm after a convolution is folded into it', async () => {
    const [p] = await lowered('blocks/conv_bn_relu');
    expect(p!.graph.nodes.map((n) => n.type)).toEqual([
      XnnNodeType.StaticTranspose,
      XnnNodeType.Conv2d,
      XnnNodeType.Clamp,
      XnnNodeType.StaticTranspose,
    ]);
  });

  test('NHWC stays NHWC between convolutions (one transpose in, one out)', async () => {
    const [p] = await lowered('blocks/inverted_residual');
    const transposes = p!.graph.nodes.filter((n) => n.type === XnnNodeType.StaticTranspose);
    expect(transposes.length).toBe(2);
  });

  test('a mobile model block lowers to one payload with no portable node', async () => {
    const { report } = await lower(read('blocks/depthwise_separable', 'portable'), { backends: [xnnpackLowering()] });
    expect(report[0]!.nodes.every((n) => n.backend === 'XnnpackBackend')).toBe(true);
  });

  test('emits only node types the runtime implements', async () => {
    for (const id of ['blocks/inverted_residual', 'blocks/multi_head_attention', 'digits', 'ops/select/row']) {
      for (const p of await lowered(id)) {
        for (const n of p.graph.nodes) expect(SUPPORTED_NODE_TYPES).toContain(n.type);
        for (const n of p.graph.nodes)
          if (n.type === XnnNodeType.FullyConnected) expect(n.inputs[1]).not.toBe(XNN_INVALID_ID);
      }
    }
  });
});

describe('transformer programs', () => {
  // tiny_llama is exported with a dynamic sequence length: its views have symbolic sizes.
  test('tiny_llama: views and no-op expands go into the delegates, no more of them than ExecuTorch writes', async () => {
    const { bytes, report } = await lower(read('tiny_llama', 'portable'), { backends: [xnnpackLowering()] });
    const portable = report[0]!.nodes.filter((n) => n.backend === null).map((n) => n.op);
    const VIEWS = ['executorch_prim.et_view.default', 'aten.view_copy.default', 'aten.permute_copy.default'];
    expect(portable.filter((op) => VIEWS.includes(op))).toEqual([]);
    // What remains of the expands are the grouped-query broadcasts of the KV heads.
    expect(report[0]!.nodes.filter((n) => n.op === 'aten.expand_copy.default' && n.backend).length).toBeGreaterThan(0);
    const ours = payloads(bytes);
    const theirs = payloads(read('tiny_llama', 'xnnpack'));
    expect(ours.length).toBeLessThanOrEqual(theirs.length);
    // Delegates take tensors only (ExecuTorch's XNNPACK runtime numbers its external values by argument).
    for (const p of ours) expect(p.numArgs).toBe(p.graph.inputIds.length + p.graph.outputIds.length);
  });

  test('integer constants converted to float32 (hardsigmoid decomposed) are folded into static values', async () => {
    const { report } = await lower(read('ops/hardsigmoid/rank4', 'portable'), { backends: [xnnpackLowering()] });
    const converts = report[0]!.nodes.filter((n) => n.op === 'dim_order_ops._to_dim_order_copy.default');
    expect(converts.length).toBeGreaterThan(0);
    expect(converts.every((n) => n.backend === 'XnnpackBackend')).toBe(true);
    // A conversion of a value computed at run time is not folded.
    const { report: r2 } = await lower(read('ops/to_dtype/int64_to_float', 'portable'), {
      backends: [xnnpackLowering()],
    });
    expect(r2[0]!.nodes.every((n) => n.backend === null)).toBe(true);
  });

  test('an expand that broadcasts stays portable; one to the same shape is a Copy', async () => {
    const { report } = await lower(read('ops/expand/rows', 'portable'), { backends: [xnnpackLowering()] });
    const expand = report[0]!.nodes.find((n) => n.op === 'aten.expand_copy.default');
    expect(expand?.reasons.XnnpackBackend).toMatch(/same shape/);
    const [p] = await lowered('ops/matmul/bmm_3d');
    expect(p!.graph.nodes.map((n) => n.type)).toContain(XnnNodeType.BatchMatrixMultiply);
  });
});

describe('support rules', () => {
  const lowering: BackendLowering = xnnpackLowering();
  const reasonsOf = async (id: string) => {
    const { report } = await lower(read(id, 'portable'), { backends: [lowering] });
    return report.flatMap((m) => m.nodes.map((n) => [n.op, n.reasons.XnnpackBackend ?? null] as const));
  };

  test.each([
    ['ops/add/int64', /float32/],
    ['ops/add/float16', /float32/],
    ['ops/add/empty', /empty/],
    ['ops/gelu_tanh/vec7', /approximate/],
    ['ops/softmax/dim1', /last dim/],
    ['ops/slice/step', /step 1/],
    ['ops/pow/cube', /exponent 2/],
    ['ops/cat/with_empty', /inputs \(2 to 5/],
    ['ops/layer_norm/last_2d', /not lowered/],
  ])('%s is refused (%s)', async (id, why) => {
    const reasons = (await reasonsOf(id)).map(([, r]) => r).filter((r) => r !== null);
    expect(
      reasons.some((r) => why.test(r as string)),
      JSON.stringify(reasons),
    ).toBe(true);
  });

  test('bounded dynamic shapes are taken by the ops that handle them; others are refused', () => {
    const g = new Graph();
    const dyn = (shape: number[]) => tensorType(ScalarType.Float, shape, TensorShapeDynamism.DYNAMIC_BOUND);
    const x = g.addInput(dyn([2, 3]));
    const ctx = { graph: g } as Parameters<BackendLowering['supports']>[1];
    const relu = g.addNode('aten.relu.default', [arg.value(x)], [dyn([2, 3])]);
    expect(lowering.supports(relu, ctx)).toEqual({ supported: true });
    const unbounded = g.addInput(tensorType(ScalarType.Float, [2, 3], TensorShapeDynamism.DYNAMIC_UNBOUND));
    const relu2 = g.addNode('aten.relu.default', [arg.value(unbounded)], [dyn([2, 3])]);
    expect(lowering.supports(relu2, ctx)).toEqual({ supported: false, reason: expect.stringMatching(/unbounded/) });
    // XNNPACK infers one dim of a reshape; nothing says which of x's dims may change.
    const unsqueeze = g.addNode('aten.unsqueeze_copy.default', [arg.value(x), arg.int(0)], [dyn([1, 2, 3])]);
    expect(lowering.supports(unsqueeze, ctx)).toEqual({
      supported: false,
      reason: expect.stringMatching(/more than one dim/),
    });
    const view = g.addNode('aten.view_copy.default', [arg.value(x), arg.ints([-1, 3])], [dyn([2, 3])]);
    expect(lowering.supports(view, ctx)).toEqual({ supported: true });
    const twoInferred = g.addNode('aten.view_copy.default', [arg.value(x), arg.ints([-1, -1])], [dyn([2, 3])]);
    expect(lowering.supports(twoInferred, ctx).supported).toBe(false);
    // Nothing tells the size of a dynamic tensor's slice box.
    const slice = g.addNode(
      'aten.slice_copy.Tensor',
      [arg.value(x), arg.int(1), arg.int(0), arg.int(2), arg.int(1)],
      [dyn([2, 2])],
    );
    expect(lowering.supports(slice, ctx)).toEqual({ supported: false, reason: expect.stringMatching(/dynamic/) });

    const img = g.addInput(dyn([1, 2, 7, 7]));
    const pool = (ceil: boolean) =>
      g.addNode(
        'aten.max_pool2d.default',
        [arg.value(img), arg.ints([2, 2]), arg.ints([2, 2]), arg.ints([0, 0]), arg.ints([1, 1]), arg.bool(ceil)],
        [dyn([1, 2, 4, 4])],
      );
    expect(lowering.supports(pool(false), ctx)).toEqual({ supported: true });
    expect(lowering.supports(pool(true), ctx)).toEqual({ supported: false, reason: expect.stringMatching(/ceil/) });

    const vol = g.addInput(tensorType(ScalarType.Float, [1, 2, 4, 4, 4]));
    const w = g.addConstant(tensorType(ScalarType.Float, [2, 2, 3, 3, 3]), new Uint8Array(2 * 2 * 27 * 4));
    const conv3d = g.addNode(
      'aten.convolution.default',
      [
        arg.value(vol),
        arg.value(w),
        arg.none(),
        arg.ints([1, 1, 1]),
        arg.ints([0, 0, 0]),
        arg.ints([1, 1, 1]),
        arg.bool(false),
        arg.ints([0, 0, 0]),
        arg.int(1),
      ],
      [tensorType(ScalarType.Float, [1, 2, 2, 2, 2])],
    );
    expect(lowering.supports(conv3d, ctx)).toEqual({ supported: false, reason: expect.stringMatching(/1-D and 2-D/) });
    const dynamicWeight = g.addNode(
      'aten.mm.default',
      [arg.value(x), arg.value(x)],
      [tensorType(ScalarType.Float, [2, 3])],
    );
    expect(lowering.supports(dynamicWeight, ctx).supported).toBe(false);
  });

  test('reshapes of dynamic shapes infer the one dim that may change (from a view with a symbolic size)', async () => {
    const g = new Graph('forward');
    const dyn = (shape: number[]) => tensorType(ScalarType.Float, shape, TensorShapeDynamism.DYNAMIC_BOUND);
    const x = g.addInput(dyn([4, 6]));
    const n = g.addNode('aten.sym_size.int', [arg.value(x), arg.int(0)], [{ kind: 'int' }]).outputs[0]!;
    const v = g.addNode('aten.view_copy.default', [arg.value(x), arg.ints([n, 2, 3])], [dyn([4, 2, 3])]).outputs[0]!;
    const r = g.addNode('aten.relu.default', [arg.value(v)], [dyn([4, 2, 3])]).outputs[0]!;
    const u = g.addNode('aten.unsqueeze_copy.default', [arg.value(r), arg.int(1)], [dyn([4, 1, 2, 3])]).outputs[0]!;
    g.outputs = [u];
    const { bytes, report } = await lower([g], { backends: [lowering] });
    expect(report[0]!.nodes.filter((x) => x.backend === null).map((x) => x.op)).toEqual(['aten.sym_size.int']);
    const [p] = payloads(bytes);
    expect(p!.numArgs).toBe(2); // x and the output: the size is not an argument
    const shapes = p!.graph.nodes
      .filter((x) => x.type === XnnNodeType.StaticReshape)
      .map((x) => (x.attrs.kind === 'reshape' ? x.attrs.newShape : null));
    expect(shapes).toEqual([
      [0, 2, 3],
      [0, 1, 2, 3],
    ]);
  });

  test('max pooling in ceil mode pads the bottom and right edges like ExecuTorch', () => {
    // Independent reference: ceil_mode's output size, ATen's rule (the last window must start
    // inside the input or its left padding), against floor mode with the extra padding.
    const ceilOut = (n: number, k: number, s: number, p: number, d: number) => {
      let o = Math.ceil((n + 2 * p - d * (k - 1) - 1) / s) + 1;
      if ((o - 1) * s >= n + p) o--;
      return o;
    };
    const floorOut = (n: number, k: number, s: number, p0: number, p1: number, d: number) =>
      Math.floor((n + p0 + p1 - d * (k - 1) - 1) / s) + 1;
    for (let n = 1; n <= 12; n++)
      for (let k = 1; k <= 4; k++)
        for (let s = 1; s <= k; s++)
          for (let p = 0; p <= Math.floor(k / 2); p++)
            for (let d = 1; d <= 2; d++) {
              if (n + 2 * p < d * (k - 1) + 1) continue;
              const extra = ceilModeExtraPad(n, k, s, p, d);
              expect(floorOut(n, k, s, p, p + extra, d), `n=${n} k=${k} s=${s} p=${p} d=${d}`).toBe(
                ceilOut(n, k, s, p, d),
              );
            }
  });

  test('importProgram view of a lowered program keeps one delegate call per partition', async () => {
    const { bytes, report } = await lower(read('blocks/where_control', 'portable'), { backends: [lowering] });
    const [g] = importProgram(PteFile.read(bytes));
    const calls = g!.nodes.filter((n) => n.op === 'executorch.call_delegate');
    expect(calls.length).toBe(report[0]!.partitions.length);
  });
});
