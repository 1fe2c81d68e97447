import { ScalarType } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import type { EValueData, TensorData } from '../src/index.js';
import { DataLocation, describeProgram, PteFile, readBundledProgram, TensorDataLocation } from '../src/index.js';
import { upstream } from './fixtures.js';

const read = (name: string) => PteFile.read(upstream(name));
const tensors = (values: EValueData[]): TensorData[] => values.flatMap((v) => (v.type === 'Tensor' ? [v.tensor] : []));
const constantValue = (file: PteFile, method: string) => {
  const m = describeProgram(file).methods.find((x) => x.name === method);
  return m?.outputs.map((o) => o.value);
};

describe('upstream program files', () => {
  it('apple add.pte: one add.out, three planned Float[1], segments without a header', () => {
    const f = read('executorch__apple_add.pte');
    expect(f.header).toBeNull();
    expect(f.program.segments).toEqual([{ offset: 0n, size: 0n }]);
    const plan = f.plan('forward');
    expect(plan.operators).toEqual([{ name: 'aten::add', overload: 'out' }]);
    const ts = tensors(plan.values);
    expect(ts).toHaveLength(3);
    for (const t of ts) {
      expect(t.scalarType).toBe(ScalarType.Float);
      expect(t.sizes).toEqual([1]);
      expect(t.allocationInfo?.memoryId).toBe(1);
    }
    expect(ts.map((t) => t.allocationInfo?.memoryOffsetLow)).toEqual([0, 16, 32]);
    expect(plan.chains[0]?.instructions[0]).toEqual({ type: 'KernelCall', opIndex: 0, args: [0, 1, 3, 2, 2] });
    expect(plan.containerMetaType).toEqual({ encodedInpStr: 'T2#2#0(T2#1#1($,$),D0())', encodedOutStr: '$' });
  });

  it('arduino AddModel: 32-byte extended header and a 0-dim constant in the constant segment', () => {
    const f = read('executorch__arduino_add_model.pte');
    expect(f.header).toEqual({ length: 32, programSize: 1040, segmentBaseOffset: 1152, segmentDataSize: 4 });
    const plan = f.plan('forward');
    const constant = tensors(plan.values).find((t) => t.dataBufferIdx > 0 && !t.allocationInfo);
    expect(constant?.sizes).toEqual([]);
    expect(constant?.dimOrder).toEqual([]);
    expect(f.constantBytes(constant as TensorData).byteLength).toBe(4);
    expect(plan.nonConstBufferSizes).toEqual([0n, 32n]);
    expect(f.program.constantSegment?.offsets).toEqual([0n, 0n]);
  });

  it('ModuleLinear: constants in the deprecated constant_buffer', () => {
    const f = read('executorch__module_linear_no_constant_segment.pte');
    expect(f.program.constantBuffer.map((b) => b.byteLength)).toEqual([0, 16, 16]);
    const plan = f.plan('forward');
    expect(plan.chains[0]?.instructions).toEqual([
      { type: 'KernelCall', opIndex: 0, args: [0, 2, 3, 3] },
      { type: 'KernelCall', opIndex: 1, args: [3, 1, 5, 4, 4] },
    ]);
    const c = tensors(plan.values).find((t) => t.dataBufferIdx === 1) as TensorData;
    expect(f.constantBytes(c).byteLength).toBe(16);
  });

  it('bundled program: wraps a program with a 24-byte header and 10 test cases', () => {
    const bp = readBundledProgram(upstream('executorch__bundled_program.bpte'));
    expect(bp.program.byteLength).toBe(1696);
    expect(bp.suites).toHaveLength(1);
    expect(bp.suites[0]?.methodName).toBe('forward');
    expect(bp.suites[0]?.testCases).toHaveLength(10);
    const f = PteFile.read(bp.program);
    expect(f.header?.length).toBe(24);
    expect(f.header?.programSize).toBe(1584);
    expect(f.header?.segmentBaseOffset).toBe(1664);
    const ops = describeProgram(f).methods[0]?.operators;
    expect(ops).toEqual([
      { name: 'aten::mul.out', count: 1 },
      { name: 'aten::add.out', count: 2 },
    ]);
    const c = bp.suites[0]?.testCases[0];
    expect(c?.inputs).toHaveLength(2);
    expect(c?.expectedOutputs).toHaveLength(1);
  });

  it('stories260k QNN: 29 methods, two delegating to QnnBackend, 27 constant methods', () => {
    const f = read('executorch__stories260k_hybrid_llama_qnn.pte');
    const s = describeProgram(f);
    expect(s.methods).toHaveLength(29);
    const delegating = s.methods.filter((m) => m.delegates.some((d) => d.id === 'QnnBackend'));
    expect(delegating.map((m) => m.name).sort()).toEqual(['kv_forward', 'prefill_forward']);
    for (const m of delegating) {
      expect(m.delegates).toHaveLength(1);
      expect(m.delegates[0]).toMatchObject({ location: 'segment', dataIndex: 1, payloadSize: 1331456, calls: 1 });
      expect(m.delegates[0]?.compileSpecs).toEqual([{ key: 'qnn_compile_spec', size: 200 }]);
      expect(m.inputs).toHaveLength(13);
      expect(m.outputs).toHaveLength(11);
      expect(m.inputs.every((i) => i.storage === 'runtime')).toBe(true);
    }
    expect(s.methods.filter((m) => m.constant)).toHaveLength(27);
    expect(constantValue(f, 'get_max_seq_len')).toEqual([128]);
    expect(constantValue(f, 'get_vocab_size')).toEqual([512]);
    expect(constantValue(f, 'get_n_layers')).toEqual([5]);
    expect(constantValue(f, 'get_use_kv_cache')).toEqual([true]);
    expect(constantValue(f, 'get_logits_zero_point')).toEqual([31143]);
    expect(constantValue(f, 'get_kv_output_0_quant_attr')?.slice(1)).toEqual([128, 0, 255, 'torch.uint8']);
    const kv = f.plan('kv_forward');
    expect(kv.delegates[0]?.processed).toEqual({ location: DataLocation.SEGMENT, index: 1 });
  });

  it('const_methods: scalar, double, bool and tensor constants', () => {
    const f = read('numpyrt__const_methods.pte');
    expect(constantValue(f, 'get_scalar')).toEqual([128]);
    expect(constantValue(f, 'get_double')).toEqual([2.5]);
    expect(constantValue(f, 'get_bool')).toEqual([true]);
    const t = describeProgram(f).methods.find((m) => m.name === 'get_tensor')?.outputs[0];
    expect(t).toMatchObject({ type: 'Tensor', dtype: 'int64', shape: [3], storage: 'constant' });
    expect(
      describeProgram(f)
        .methods.find((m) => m.name === 'forward')
        ?.operators.map((o) => o.name),
    ).toContain('dim_order_ops::_to_dim_order_copy.out');
  });

  it('multi_method: methods double and forward', () => {
    expect(read('numpyrt__multi_method.pte').methodNames.sort()).toEqual(['double', 'forward']);
  });

  it('dtypes: two inputs, two outputs, add.out twice', () => {
    const m = describeProgram(read('numpyrt__dtypes.pte')).methods[0];
    expect(m?.inputs).toHaveLength(2);
    expect(m?.outputs).toHaveLength(2);
    expect(m?.operators).toEqual([{ name: 'aten::add.out', count: 2 }]);
  });

  it('custom lstm: etnp::lstm.out with a TensorList return slot', () => {
    const plan = read('numpyrt__custom_op_lstm.pte').plan('forward');
    expect(plan.operators.map((o) => `${o.name}.${o.overload}`)).toContain('etnp::lstm.out');
    const call = plan.chains[0]?.instructions.find((i) => i.type === 'KernelCall');
    const last = call?.type === 'KernelCall' ? call.args[call.args.length - 1] : -1;
    expect(plan.values[last as number]?.type).toBe('TensorList');
  });

  it('xnnpack add: one DelegateCall to XnnpackBackend', () => {
    const m = describeProgram(read('numpyrt__xnnpack_add.pte')).methods[0];
    expect(m?.delegates.map((d) => d.id)).toEqual(['XnnpackBackend']);
    expect(m?.operators).toEqual([]);
  });

  it('data map program: tensors a and b are EXTERNAL', () => {
    const plan = read('executorchrs__data_map_model.pte').plan('forward');
    const external = tensors(plan.values).filter((t) => t.extraTensorInfo?.location === TensorDataLocation.EXTERNAL);
    expect(external.map((t) => t.extraTensorInfo?.fullyQualifiedName).sort()).toEqual(['a', 'b']);
    expect(external.every((t) => t.allocationInfo === null)).toBe(true);
  });

  it('names methods that exist when asked for one that does not', () => {
    expect(() => read('numpyrt__multi_method.pte').plan('nope')).toThrow(/no method "nope".*double, forward/);
  });
});
