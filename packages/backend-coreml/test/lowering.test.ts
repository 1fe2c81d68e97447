// The Core ML lowering on every portable program of the zoo: each is lowered with coremlLowering()
// (fp16, ExecuTorch's default and what `kindling lower --backend coreml` writes) and
// coremlLowering({ precision: 'float32' }), run with coreml({ host: referenceHost() }) (the reference
// ML Program interpreter) with the portable kernels for what Core ML does not take, and compared with
// ExecuTorch's recorded outputs. Tolerance: the model's `coreml` / `coreml-fp32` case where it has
// one; otherwise, for fp16, the rule the zoo's export uses for its `coreml` cases (5e-3 of the output
// range and per element, at least 1e-3: every op's result is rounded to fp16) and, for fp32, the
// portable case's own tolerance.
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { Tensor } from '@kindling/core';
import { CALL_DELEGATE, importProgram, PteFile } from '@kindling/ir';
import { lower } from '@kindling/partitioner';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { coreml, readCoreMLPayload, referenceHost } from '../src/index.js';
import { type CoreMLPrecision, coremlLowering, LOWERED_OPERATORS } from '../src/partitioner.js';

const zoo = ConformanceZoo.open();
const all = zoo.available({});
const flavourOf = (p: CoreMLPrecision) => (p === 'float16' ? 'coreml' : 'coreml-fp32');
const portable = all.filter((c) => c.flavour === 'portable');

/** Largest magnitude of a case's recorded float outputs (0 when it has none). */
function outputRange(c: ManifestCase): number {
  let max = 0;
  for (const step of c.steps)
    for (const o of step.outputs) {
      const v = zoo.value(o);
      if (v instanceof Tensor && (v.data instanceof Float32Array || v.data instanceof Float64Array))
        for (const x of v.data) if (Number.isFinite(x)) max = Math.max(max, Math.abs(x));
    }
  return max;
}

/** The tolerance a lowered program of `c` is held to in `precision` (see the header). */
function toleranceOf(c: ManifestCase, precision: CoreMLPrecision): ManifestCase {
  const own = all.find((x) => x.model === c.model && x.flavour === flavourOf(precision));
  if (own) return own;
  if (precision === 'float32') return c;
  const range = outputRange(c);
  return { ...c, tolerance: { atol: Math.max(1e-3, 5e-3 * range), rtol: 5e-3 } };
}

/** Programs whose every node the lowering must take (an independent list of the op set's cases). */
const FULLY_LOWERED = [
  'ops/add/same_shape',
  'ops/sub/broadcast',
  'ops/mul/broadcast',
  'ops/div/broadcast',
  'ops/relu/rank4',
  'ops/sigmoid/vec7',
  'ops/tanh/vec7',
  'ops/gelu/vec7',
  'ops/softmax/dim1',
  'ops/permute/rank3',
  'ops/linear/bias_2d',
  'ops/linear/nobias_3d',
  'ops/matmul/mm_2d',
  'ops/conv2d/3x3_pad1',
  'ops/conv2d/stride2',
  'ops/conv2d/depthwise',
  'ops/conv2d/grouped',
  'blocks/gelu_mlp',
  'ops/abs/vec7',
  'ops/exp/vec7',
  'ops/sqrt/vec7',
  'ops/rsqrt/vec7',
  'ops/sin/vec7',
  'ops/cos/vec7',
  'ops/clamp/vec7',
  'ops/relu6/vec7',
  'ops/mean/last_keepdim',
  'ops/mean/spatial',
  'ops/sum/dim1',
  'ops/amax/last',
  'ops/layer_norm/last_2d',
  'ops/layer_norm/last_3d',
  'blocks/layer_norm',
  'ops/adaptive_avg_pool2d/1x1',
  'ops/batch_norm/eval',
  'ops/max_pool2d/k2s2',
  'ops/max_pool2d/k3s2p1',
  'ops/avg_pool2d/k2',
  'ops/log_softmax/last',
  'ops/unsqueeze_squeeze',
  'ops/cat/dim0',
  'ops/cat/dim1',
  'ops/slice/cols',
  'ops/slice/step',
  'ops/select/row',
  'ops/expand/rows',
  'ops/matmul/bmm_3d',
  'ops/leaky_relu/default',
  'ops/conv1d/depthwise',
  'ops/conv1d/grouped_strided_dilated',
  'ops/conv1d/k3_pad1',
  'ops/conv1d/k5_same_nobias',
  'ops/conv1d/stride2_groups2',
  'ops/conv_transpose1d/grouped_dilated',
  'ops/conv_transpose1d/k3s2_pad1_outpad1',
  'ops/conv_transpose2d/grouped',
  'ops/conv_transpose2d/groups2',
  'ops/conv_transpose2d/k2s2_nobias',
  'ops/conv_transpose2d/k3s2_pad1_outpad1',
  'ops/conv_transpose2d/k4s1_pad2',
  'ops/upsample_nearest2d/down',
  'ops/upsample_nearest2d/size_5x7',
  'ops/upsample_nearest2d/x2',
  'ops/upsample_bilinear2d/align_corners',
  'ops/upsample_bilinear2d/align_corners_down',
  'ops/upsample_bilinear2d/down',
  'ops/upsample_bilinear2d/x2',
  'ops/flip/dims_0_2',
  // index arithmetic on constants folded into int32 consts, the index read by a gather
  'ops/reflection_pad1d/both',
  'ops/reflection_pad2d/asym',
  'ops/replication_pad1d/both',
  'ops/replication_pad2d/asym',
  'ops/roll/dim1',
  'ops/roll/two_dims_neg',
  'ops/scatter/src_dim1',
  'ops/scatter/src_smaller_index',
  'ops/scatter/value_dim0',
  'ops/scatter_add/dim1_dups',
  'ops/sum/int32_dtype_float',
  'ops/split/chunks',
  'ops/split_with_sizes/dim1_relu',
  'ops/full/add',
  // its causal mask: arange differences folded into a const, compared and selected in Core ML
  'ops/sdpa/causal',
  'ops/adaptive_avg_pool2d/2x3',
  'ops/adaptive_avg_pool1d/out3',
  'ops/batch_norm1d/rank2',
];

async function runCase(c: ManifestCase, tolerance: ManifestCase, bytes: Uint8Array): Promise<void> {
  const module = await Module.load(bytes, { backends: [coreml({ host: referenceHost() })], kernels: portableKernels });
  try {
    for (const [s, step] of c.steps.entries()) {
      const got = await module.execute(step.method, zoo.inputs(c, s));
      expect(got.length).toBe(step.outputs.length);
      for (const [i, want] of step.outputs.entries()) {
        const r = zoo.compare(tolerance, got[i], want);
        if (!r.ok) throw new Error(`${c.id} (${tolerance.flavour}) step ${s} output ${i}: ${r.message}`);
      }
    }
  } finally {
    await module.dispose();
  }
}

const nonDelegateOps = (bytes: Uint8Array): string[] =>
  importProgram(PteFile.read(bytes)).flatMap((g) => g.nodes.filter((n) => n.op !== CALL_DELEGATE).map((n) => n.op));

for (const precision of ['float32', 'float16'] as const) {
  describe(`coreml lowering (${precision}) of the zoo portable programs, run on the reference host`, () => {
    const lowered: string[] = [];
    for (const c of portable) {
      const tolerance = toleranceOf(c, precision);
      test(c.model, async () => {
        const { bytes, report } = await lower(zoo.programBytes(c), { backends: [coremlLowering({ precision })] });
        const taken = report.flatMap((m) => m.nodes.filter((n) => n.backend === 'CoreMLBackend'));
        if (taken.length > 0) lowered.push(c.model);
        for (const n of taken) expect(LOWERED_OPERATORS).toHaveProperty([n.op]);
        if (FULLY_LOWERED.includes(c.model)) expect(nonDelegateOps(bytes), c.model).toEqual([]);
        await runCase(c, tolerance, bytes);
        // the compile specs are ExecuTorch's, in its order
        const file = PteFile.read(bytes);
        for (const m of file.methodNames) {
          for (const d of file.plan(m).delegates.filter((x) => x.id === 'CoreMLBackend')) {
            const specs = d.compileSpecs.map((s) => `${s.key}=${new TextDecoder().decode(s.value)}`);
            expect(specs).toEqual([
              'compute_units=all',
              'min_deployment_target=',
              `model_compute_precision=${precision}`,
              'model_type=model',
            ]);
          }
        }
      });
    }
    test('every program of the op set is lowered', () => {
      for (const m of FULLY_LOWERED) expect(lowered, m).toContain(m);
    });
  });
}

describe('the payload', () => {
  const c = portable.find((x) => x.model === 'ops/linear/bias_2d') as ManifestCase;
  const payloadOf = async (options: Parameters<typeof coremlLowering>[0]) => {
    const { bytes } = await lower(zoo.programBytes(c), { backends: [coremlLowering(options)] });
    const file = PteFile.read(bytes);
    const d = file.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
    if (!d) throw new Error('no Core ML delegate');
    return { payload: file.delegatePayload(d), specs: d.compileSpecs };
  };

  test('reads back as ExecuTorch lays it out (lowered_module, metadata.json, an .mlpackage with blob v2 weights)', async () => {
    const { payload } = await payloadOf({});
    const p = readCoreMLPayload(payload);
    expect(p.identifier).toMatch(/^executorch_[0-9a-f-]{36}$/);
    expect(p.metadata.inputNames).toHaveLength(1);
    expect(p.metadata.outputNames).toHaveLength(1);
    // the files of ExecuTorch's own payload of the same model
    const theirs = PteFile.read(
      zoo.programBytes(all.find((x) => x.model === c.model && x.flavour === 'coreml') as ManifestCase),
    );
    const e = theirs.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
    if (!e) throw new Error('no Core ML delegate in the coreml case');
    const expected = [...readCoreMLPayload(theirs.delegatePayload(e)).files.keys()].sort();
    expect(expected).toContain('debug_info.json');
    expect([...p.files.keys()].sort()).toEqual(expected);
    expect(p.model.specificationVersion).toBe(6);
    const fn = p.model.mlProgram?.functions.get('main');
    expect(fn?.opset).toBe('CoreML5');
    // fp16: the 4x8 weight is an fp16 blob (record dtype 1), the 4 biases an fp16 immediate
    const ops = fn?.blockSpecializations.get('CoreML5')?.operations ?? [];
    const blobs = ops.flatMap((o) => (o.attributes.get('val')?.blobFileValue ? [o.attributes.get('val')!] : []));
    expect(blobs).toHaveLength(1);
    const blob = p.blob(blobs[0]!.blobFileValue!.fileName, blobs[0]!.blobFileValue!.offset);
    expect(blob.dtype).toBe(1);
    expect(blob.data.byteLength).toBe(4 * 8 * 2);
    expect(ops.map((o) => o.type)).toContain('cast');
  });

  test('the same program lowers to the same bytes (identifiers derived from the content)', async () => {
    const a = await payloadOf({ precision: 'float32' });
    const b = await payloadOf({ precision: 'float32' });
    expect(a.payload).toEqual(b.payload);
    expect((await payloadOf({})).payload).not.toEqual(a.payload);
  });

  test('a deployment target sets spec version, opset and compile spec', async () => {
    const { payload, specs } = await payloadOf({ minDeploymentTarget: 'iOS17', computeUnits: 'cpu_only' });
    const p = readCoreMLPayload(payload);
    expect(p.model.specificationVersion).toBe(8);
    expect(p.model.mlProgram?.functions.get('main')?.opset).toBe('CoreML7');
    const text = specs.map((s) => `${s.key}=${new TextDecoder().decode(s.value)}`);
    expect(text).toContain('min_deployment_target=8');
    expect(text).toContain('compute_units=cpu_only');
  });

  test("linear layers are written as MIL linear, the operation types of ExecuTorch's own payload", async () => {
    const opTypes = (payload: Uint8Array) => {
      const fn = readCoreMLPayload(payload).model.mlProgram?.functions.get('main');
      return [...new Set((fn?.blockSpecializations.get('CoreML5')?.operations ?? []).map((o) => o.type))].sort();
    };
    for (const model of ['ops/linear/bias_2d', 'ops/linear/nobias_3d', 'blocks/gelu_mlp']) {
      const c = portable.find((x) => x.model === model) as ManifestCase;
      const theirs = all.find((x) => x.model === model && x.flavour === 'coreml') as ManifestCase;
      const { bytes } = await lower(zoo.programBytes(c), { backends: [coremlLowering()] });
      const ours = PteFile.read(bytes);
      const d = ours.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
      const et = PteFile.read(zoo.programBytes(theirs));
      const e = et.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
      if (!d || !e) throw new Error(`${model}: no Core ML delegate`);
      const got = opTypes(ours.delegatePayload(d));
      expect(got).toContain('linear');
      expect(got).not.toContain('matmul');
      // ExecuTorch keeps the input's [1, 3, 8] as it is (MIL linear takes rank 3); ours reshapes it to [3, 8] first
      expect(got.filter((t) => t !== 'reshape')).toEqual(opTypes(et.delegatePayload(e)).filter((t) => t !== 'reshape'));
    }
  });

  test('debug handles: each operation maps to the partition node it was written for', async () => {
    const model = portable.find((x) => x.model === 'blocks/gelu_mlp') as ManifestCase;
    const { bytes, report } = await lower(zoo.programBytes(model), { backends: [coremlLowering()] });
    const file = PteFile.read(bytes);
    const d = file.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
    if (!d) throw new Error('no Core ML delegate');
    const p = readCoreMLPayload(file.delegatePayload(d));
    const text = (name: string) => JSON.parse(new TextDecoder().decode(p.files.get(name)));
    const info = text('debug_info.json') as {
      debugSymbolToOperationPath: Record<string, { Operator?: string; Output?: string }[]>;
      debugSymbolToHandles: Record<string, number[]>;
    };
    const mapping = text('model.mlpackage/executorch_debug_handle_mapping.json') as {
      mapping: Record<string, { Operator: string; Output: string }[][]>;
    };
    // the partition's nodes in order: handle k is node k - 1
    const nodes = report[0]?.nodes.filter((n) => n.backend === 'CoreMLBackend').map((n) => n.op) ?? [];
    const ops = p.model.mlProgram?.functions.get('main')?.blockSpecializations.get('CoreML5')?.operations ?? [];
    expect(Object.keys(info.debugSymbolToHandles)).toHaveLength(ops.length);
    // besides its own operation, a node owns its parameters' consts, the casts at the program's edges
    // it reads or defines, and the reshape of a view it is the first to read
    const edges = ['const', 'cast', 'reshape'];
    const milOf: Record<string, string[]> = {
      'aten.addmm.default': ['linear', ...edges],
      'aten.gelu.default': ['gelu', ...edges],
      'aten.view_copy.default': edges,
    };
    for (const o of ops) {
      const out = o.outputs[0]?.name as string;
      const symbol = `${out}:${o.type}`;
      const handles = info.debugSymbolToHandles[symbol] as number[];
      expect(handles, symbol).toHaveLength(1);
      const node = nodes[(handles[0] as number) - 1] as string;
      expect(milOf[node] ?? [], `${symbol} -> ${node}`).toContain(o.type);
      expect(info.debugSymbolToOperationPath[symbol]?.at(-1)).toEqual({
        Type: 'Operation',
        Operator: o.type,
        Output: out,
      });
      expect(mapping.mapping[String(handles[0])]?.some((path) => path.at(-1)?.Output === out)).toBe(true);
    }
    // the weight transposes folded into the linears own no operation
    const transposes = nodes.flatMap((n, i) => (n === 'aten.permute_copy.default' ? [String(i + 1)] : []));
    expect(transposes.length).toBeGreaterThan(0);
    for (const h of transposes) expect(mapping.mapping[h]).toBeUndefined();
  });

  test('bad options are refused with InvalidArgument', () => {
    expect(() => coremlLowering({ precision: 'float64' as never })).toThrow(/precision/);
    expect(() => coremlLowering({ minDeploymentTarget: 'iOS14' as never })).toThrow(/minDeploymentTarget/);
    expect(() => coremlLowering({ computeUnits: 'npu' as never })).toThrow(/computeUnits/);
  });
});
