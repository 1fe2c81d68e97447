import { ErrorCode, type KernelDescriptor, ScalarType, Tensor } from '@kindling/core';
import { FlatTensorFile } from '@kindling/ir';
import { describe, expect, it } from 'vitest';
import { loadDataFile, Module, Program, portableKernels, readDataFile, runBundledProgram } from '../src/index.js';
import { fixture, fixturePath, kindlingError, testAdd, testKernels } from './helpers.js';

function tensorOut(v: unknown): Tensor {
  expect(v).toBeInstanceOf(Tensor);
  return v as Tensor;
}

describe.each<[string, readonly KernelDescriptor[]]>([
  ['local test kernels', testKernels],
  ['portableKernels', portableKernels],
])('upstream fixtures with %s', (_label, kernels) => {
  it('apple add.pte: 1 + 1 = 2', async () => {
    const m = await Module.load(fixture('upstream/executorch__apple_add.pte'), { kernels });
    const [y] = await m.forward([Float32Array.of(1), Float32Array.of(1)]);
    const t = tensorOut(y);
    expect(t.dtype).toBe(ScalarType.Float);
    expect(t.sizes).toEqual([1]);
    expect(Array.from(t.data as Float32Array)).toEqual([2]);
    const [z] = await m.forward([Float32Array.of(2.5), Float32Array.of(-4)]);
    expect(tensorOut(z).toArray()).toEqual([-1.5]);
  });

  it('executorch-rs add.pte from a file path', async () => {
    const m = await Module.load(fixturePath('upstream/executorchrs__add.pte'), { kernels });
    const [y] = await m.forward([Float32Array.of(3), Float32Array.of(4)]);
    expect(tensorOut(y).toArray()).toEqual([7]);
  });

  it('arduino add model: input + 0-dim constant (1.0) from the constant segment', async () => {
    const m = await Module.load(fixture('upstream/executorch__arduino_add_model.pte'), { kernels });
    const [y] = await m.forward([Float32Array.of(1, 2, -3)]);
    expect(tensorOut(y).toArray()).toEqual([2, 3, -2]);
  });

  it('module linear (deprecated constant_buffer): 3 * x + 2', async () => {
    const m = await Module.load(fixture('upstream/executorch__module_linear_no_constant_segment.pte'), { kernels });
    const [y] = await m.forward([Float32Array.of(1, 2, 3, 4)]);
    const t = tensorOut(y);
    expect(t.sizes).toEqual([2, 2]);
    expect(t.toArray()).toEqual([5, 8, 11, 14]);
  });

  it('const_methods: literal outputs and a constant tensor; forward adds 1', async () => {
    const m = await Module.load(fixture('upstream/numpyrt__const_methods.pte'), { kernels });
    expect(m.methodNames.sort()).toEqual(['forward', 'get_bool', 'get_double', 'get_scalar', 'get_tensor']);
    expect(await m.execute('get_scalar')).toEqual([128]);
    expect(await m.execute('get_double')).toEqual([2.5]);
    expect(await m.execute('get_bool')).toEqual([true]);
    const [t] = await m.execute('get_tensor');
    const tensor = tensorOut(t);
    expect(tensor.dtype).toBe(ScalarType.Long);
    expect(tensor.sizes).toEqual([3]);
    expect(Array.from(tensor.data as BigInt64Array)).toEqual([1n, 2n, 3n]);
    expect(m.methodMeta('get_scalar').numInstructions).toBe(0);
    const [y] = await m.forward([Float32Array.of(0.5, 1, 2)]);
    expect(tensorOut(y).toArray()).toEqual([1.5, 2, 3]);
  });

  it('multi_method: `double` and `forward` both run (x + 1 each)', async () => {
    const m = await Module.load(fixture('upstream/numpyrt__multi_method.pte'), { kernels });
    const [a] = await m.execute('double', [Float32Array.of(1, 2)]);
    const [b] = await m.forward([Float32Array.of(10, 20)]);
    expect(tensorOut(a).toArray()).toEqual([2, 3]);
    expect(tensorOut(b).toArray()).toEqual([11, 21]);
  });

  it('dtypes: int64 and float32 add', async () => {
    const m = await Module.load(fixture('upstream/numpyrt__dtypes.pte'), { kernels });
    const meta = m.methodMeta('forward');
    expect(meta.inputs.map((i) => (i.tag === 1 ? i.dtype : -1))).toEqual([ScalarType.Long, ScalarType.Float]);
    const [i64, f32] = await m.forward([BigInt64Array.of(21n), Float32Array.of(1.25)]);
    expect(tensorOut(i64).dtype).toBe(ScalarType.Long);
    expect(Array.from(tensorOut(i64).data as BigInt64Array)).toEqual([42n]);
    expect(tensorOut(f32).toArray()).toEqual([2.5]);
    // A float32 array for the int64 input is refused, naming the input.
    const e = await kindlingError(() => m.forward([Float32Array.of(1), Float32Array.of(1)]));
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/input 0/);
    expect(e.message).toMatch(/int64/);
    // Numbers convert, but an int64 input needs integers.
    expect((await m.forward([[5], 2]))[1]).toBeInstanceOf(Tensor);
    const frac = await kindlingError(() => m.forward([[1.5], 2]));
    expect(frac.code).toBe(ErrorCode.InvalidArgument);
    expect(frac.message).toMatch(/input 0.*integer/);
  });

  it('custom lstm: fails at method load naming etnp::lstm.out', async () => {
    const m = await Module.load(fixture('upstream/numpyrt__custom_op_lstm.pte'), { kernels });
    const e = await kindlingError(() => m.loadMethod('forward'));
    expect(e.code).toBe(ErrorCode.OperatorMissing);
    expect(e.message).toContain('etnp::lstm.out');
    expect(e.message).toContain('kernels');
    expect(e.context.method).toBe('forward');
  });

  it('stories260k: loads, runs its 27 constant methods, refuses kv_forward naming QnnBackend', async () => {
    const m = await Module.load(fixture('upstream/executorch__stories260k_hybrid_llama_qnn.pte'), { kernels });
    expect(m.methodNames).toHaveLength(29);
    const expected: Record<string, unknown> = {
      get_ar_len: 1,
      get_bos_id: 1,
      get_eos_id: 2,
      get_dim: 64,
      get_head_dim: 8,
      get_max_batch_size: 1,
      get_max_seq_len: 128,
      get_max_context_len: 128,
      get_n_bos: 1,
      get_n_eos: 1,
      get_n_kv_heads: 4,
      get_n_layers: 5,
      get_vocab_size: 512,
      get_use_kv_cache: true,
      get_kv_io_bit_width: 8,
      get_logits_zero_point: 31143,
    };
    const constantMethods = m.methodNames.filter((n) => n !== 'kv_forward' && n !== 'prefill_forward');
    expect(constantMethods).toHaveLength(27);
    for (const name of constantMethods) {
      const out = await m.execute(name);
      if (name in expected) expect(out, name).toEqual([expected[name]]);
      else if (name === 'get_logits_scale') expect(out[0] as number).toBeCloseTo(0.00068, 6);
      else {
        expect(name).toMatch(/^get_kv_output_\d_quant_attr$/);
        expect(out).toHaveLength(5);
        expect(typeof out[0]).toBe('number');
        expect(out[0] as number).toBeGreaterThan(0);
        expect(out.slice(1)).toEqual([128, 0, 255, 'torch.uint8']);
      }
    }
    const meta = m.methodMeta('kv_forward');
    expect(meta.backends).toEqual(['QnnBackend']);
    expect(meta.inputs).toHaveLength(13);
    expect(meta.outputs).toHaveLength(11);
    for (const name of ['kv_forward', 'prefill_forward']) {
      const e = await kindlingError(() => m.loadMethod(name));
      expect(e.code).toBe(ErrorCode.NotFound);
      expect(e.message).toContain('QnnBackend');
      expect(e.message).toContain('@kindling/backend-qnn');
      expect(e.context.backend).toBe('QnnBackend');
    }
  });

  it('data_map: needs the .ptd, runs with it (a * x + b)', async () => {
    const pte = fixture('upstream/executorchrs__data_map_model.pte');
    const ptd = fixture('upstream/executorchrs__data_map_model.ptd');
    const without = await Module.load(pte, { kernels });
    const e = await kindlingError(() => without.forward([Float32Array.of(1, 2, 3, 4)]));
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toContain('"a"');
    expect(e.message).toContain('.ptd');

    // Expected values computed from the .ptd's own bytes, read independently of the runtime.
    const file = FlatTensorFile.read(ptd);
    const a = Array.from(new Float32Array(file.bytes('a').slice(0, 16).buffer));
    const b = Array.from(new Float32Array(file.bytes('b').slice(0, 16).buffer));
    const x = [1, 2, 3, 4];
    // From a file path (Node), as an app reads it.
    const data = await loadDataFile(fixturePath('upstream/executorchrs__data_map_model.ptd'));
    const m = await Module.load(pte, { kernels, dataFiles: [data] });
    const [y] = await m.forward([Float32Array.from(x)]);
    expect(tensorOut(y).toArray()).toEqual(
      x.map((xi, i) => Math.fround(Math.fround((a[i] as number) * xi) + (b[i] as number))),
    );

    // The same key twice is refused.
    const dup = await kindlingError(() =>
      Module.load(pte, { kernels, dataFiles: [readDataFile(ptd), readDataFile(ptd)] }),
    );
    expect(dup.code).toBe(ErrorCode.InvalidArgument);
    expect(dup.message).toContain('"a"');
  });

  it('xnnpack add: refused without a backend, naming XnnpackBackend and its package', async () => {
    const m = await Module.load(fixture('upstream/numpyrt__xnnpack_add.pte'), { kernels });
    const e = await kindlingError(() => m.forward([Float32Array.of(1, 2, 3), Float32Array.of(1, 2, 3)]));
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toContain('XnnpackBackend');
    expect(e.message).toContain('@kindling/backend-xnnpack');
  });

  it('bundled program: every case passes (3 * x + 2 + y, int32)', async () => {
    const report = await runBundledProgram(fixture('upstream/executorch__bundled_program.bpte'), { kernels });
    expect(report.cases).toHaveLength(10);
    expect(report.passed).toBe(true);
    for (const c of report.cases) {
      expect(c.method).toBe('forward');
      expect(c.maxAbsError).toBe(0);
    }
  });

  it('bundled program: a wrong kernel makes cases fail with their error', async () => {
    const report = await runBundledProgram(fixture('upstream/executorch__bundled_program.bpte'), {
      kernels: [...kernels, { ...testAdd, run: () => undefined }],
    });
    expect(report.passed).toBe(false);
    expect(report.cases[0]?.maxAbsError).toBe(2);
    expect(report.cases[0]?.message).toMatch(/output 0: element 0 is 0, expected 2/);
  });

  it('Program.load exposes method names without loading methods', () => {
    const p = Program.load(fixture('upstream/executorch__stories260k_hybrid_llama_qnn.pte'));
    expect(p.methodNames).toContain('kv_forward');
    expect(p.methodMeta('get_vocab_size').outputs).toEqual([{ tag: 4 }]);
  });
});
