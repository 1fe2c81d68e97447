import { defineKernel, ErrorCode, ScalarType, type Tensor } from '@kindling/core';
import { writeFlatTensor } from '@kindling/ir';
import { describe, expect, it } from 'vitest';
import { canonicalOperatorName, createKernelRegistry, loadDataFile, Module, readDataFile } from '../src/index.js';
import { fixturePath, kindlingError, testKernels } from './helpers.js';
import { buildPte, f32, kernelCall, tensorValue } from './program-builder.js';

const F = ScalarType.Float;

describe('kernel registry', () => {
  const a = defineKernel({ op: 'aten::add.out', dtypes: [F], run: () => undefined });
  const b = defineKernel({ op: 'aten.add.out', dtypes: 'any', run: () => undefined });
  const c = defineKernel({ op: 'aten::add.out', dtypes: [F, ScalarType.Long], run: () => undefined });

  it('canonicalises names and prefers kernels given later', () => {
    expect(canonicalOperatorName('dim_order_ops._to_dim_order_copy.out')).toBe('dim_order_ops::_to_dim_order_copy.out');
    const r = createKernelRegistry([a, b, c]);
    expect(r.operators()).toEqual(['aten::add.out']);
    expect(r.lookup('aten::add.out', [F])).toBe(c);
    expect(r.lookup('aten::add.out', [ScalarType.Int])).toBe(b);
    expect(r.kernelsFor('aten.add.out')).toEqual([c, b, a]);
    expect(createKernelRegistry([a]).lookup('aten::add.out', [ScalarType.Long])).toBeUndefined();
    expect(r.has('aten::mul.out')).toBe(false);
  });

  it('two registries do not share state', () => {
    const one = createKernelRegistry([a]);
    const two = createKernelRegistry([]);
    expect(one.has('aten::add.out')).toBe(true);
    expect(two.has('aten::add.out')).toBe(false);
  });

  it('refuses things that are not kernels', async () => {
    const e = await kindlingError(() => createKernelRegistry([{ op: 'x' } as never]));
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toContain('kernels[0]');
  });
});

describe('external data', () => {
  // forward(x) = w + x where w is EXTERNAL "w"; a planned tensor "s" gets its initial state from the data file.
  const pte = buildPte([
    {
      values: [
        tensorValue(F, [2], { external: 'w' }),
        tensorValue(F, [2], { planned: [1, 0] }),
        tensorValue(F, [2], { planned: [1, 16] }),
        { type: 'Int', value: 1n },
        tensorValue(F, [2], { planned: [1, 32], external: 's' }),
        tensorValue(F, [2], { planned: [1, 48] }),
      ],
      inputs: [1],
      outputs: [2, 5],
      operators: ['aten::add.out'],
      instructions: [kernelCall(0, [0, 1, 3, 2, 2]), kernelCall(0, [4, 1, 3, 5, 5])],
      buffers: [64],
    },
  ]);
  const layout = (sizes: number[], scalarType = F) => ({ scalarType, sizes, dimOrder: sizes.map((_, i) => i) });

  it('binds EXTERNAL constants and initial planned state from a .ptd', async () => {
    const ptd = writeFlatTensor([
      { key: 'w', layout: layout([2]), bytes: f32(10, 20) },
      { key: 's', layout: layout([2]), bytes: f32(100, 200) },
    ]);
    const m = await Module.load(pte, { kernels: testKernels, dataFiles: [readDataFile(ptd)] });
    const [y, z] = (await m.forward([Float32Array.of(1, 2)])) as Tensor[];
    expect(y?.toArray()).toEqual([11, 22]);
    expect(z?.toArray()).toEqual([101, 202]);
  });

  it('refuses a layout that differs from the program with InvalidExternalData', async () => {
    for (const bad of [layout([2], ScalarType.Int), layout([1, 2]), layout([3])]) {
      const ptd = writeFlatTensor([
        { key: 'w', layout: bad, bytes: new Uint8Array(12) },
        { key: 's', layout: layout([2]), bytes: f32(0, 0) },
      ]);
      const m = await Module.load(pte, { kernels: testKernels, dataFiles: [readDataFile(ptd)] });
      const e = await kindlingError(() => m.loadMethod('forward'));
      expect(e.code).toBe(ErrorCode.InvalidExternalData);
      expect(e.message).toContain('"w"');
    }
  });

  it('names the missing key when the data file lacks it', async () => {
    const ptd = writeFlatTensor([{ key: 'w', layout: layout([2]), bytes: f32(1, 2) }]);
    const m = await Module.load(pte, { kernels: testKernels, dataFiles: [readDataFile(ptd)] });
    const e = await kindlingError(() => m.loadMethod('forward'));
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toContain('"s"');
  });

  it('refuses a data file that is not a .ptd', async () => {
    const e = await kindlingError(() => loadDataFile(new Uint8Array(64)));
    expect(e.code).toBe(ErrorCode.InvalidExternalData);
    expect(e.message).toContain('not a tensor data file');
    // From a path: the error names the file.
    const path = fixturePath('upstream/executorch__apple_add.pte');
    const named = await kindlingError(() => loadDataFile(path));
    expect(named.code).toBe(ErrorCode.InvalidExternalData);
    expect(named.message.startsWith(`${path}: `)).toBe(true);
    expect(named.context.path).toBe(path);
  });

  it('refuses .ptd bytes given directly in dataFiles, naming the reader to use', async () => {
    const ptd = writeFlatTensor([{ key: 'w', layout: layout([2]), bytes: f32(1, 2) }]);
    const e = await kindlingError(() => Module.load(pte, { dataFiles: [ptd as never] }));
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toContain('dataFiles[0]');
    expect(e.message).toContain('readDataFile');
    expect(e.context.path).toBe('dataFiles[0]');
  });
});
