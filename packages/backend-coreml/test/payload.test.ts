// Reading ExecuTorch's Core ML payloads: every zoo `coreml` / `coreml-fp32` program unflattens and
// decodes to what its manifest and metadata say; hand-made directories check the flattened format's
// rules; CMJR references are followed into named data; malformed inputs give KindlingError.
import { ErrorCode } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import {
  ArrayDataType,
  DataType,
  readCoreMLPayload,
  readCoreMLReference,
  readWeightBlob,
  unflattenDirectory,
} from '../src/index.js';
import { coremlCases, delegateOf, errorOf, flatten, namedData, text } from './helpers.js';

describe('zoo payloads', () => {
  test('the zoo has Core ML programs of both flavours', () => {
    expect(coremlCases.filter((c) => c.flavour === 'coreml').length).toBeGreaterThan(10);
    expect(coremlCases.filter((c) => c.flavour === 'coreml-fp32').length).toBeGreaterThan(10);
  });

  test.each(coremlCases.map((c) => [c.id, c] as const))('%s reads', (_id, c) => {
    const { payload } = delegateOf(c);
    const p = readCoreMLPayload(payload);
    expect(p.identifier).toMatch(/^executorch_[0-9a-f-]{36}$/);
    expect(p.functionName).toBe('main');
    // the weight file is there when a constant is too large to be written in the program
    const weights = 'model.mlpackage/Data/com.apple.CoreML/weights/weight.bin';
    expect([...p.files.keys()].filter((f) => f !== weights).sort()).toEqual([
      'debug_info.json',
      'metadata.json',
      'model.mlpackage/Data/com.apple.CoreML/model.mlmodel',
      'model.mlpackage/Manifest.json',
      'model.mlpackage/executorch_debug_handle_mapping.json',
    ]);
    // ExecuTorch's default deployment target gives spec version 6 (iOS 15), opset CoreML5
    expect(p.model.specificationVersion).toBe(6);
    const fn = p.model.mlProgram!.functions.get('main')!;
    expect(fn.opset).toBe('CoreML5');
    const inputs = p.model.description!.input;
    expect(inputs.map((i) => i.name)).toEqual(p.metadata.inputNames);
    expect(p.model.description!.output.map((o) => o.name)).toEqual(p.metadata.outputNames);
    for (const i of inputs)
      expect([ArrayDataType.FLOAT32, ArrayDataType.INT32]).toContain(i.type!.multiArrayType!.dataType);
    // fp16 programs compute in fp16 (fp32 only in the casts at their inputs and outputs); fp32 ones never
    const ops = fn.blockSpecializations.get(fn.opset)!.operations;
    const computed = (type: number) =>
      ops.filter(
        (op) =>
          op.type !== 'const' && op.type !== 'cast' && op.outputs.some((o) => o.type!.tensorType!.dataType === type),
      );
    if (c.flavour === 'coreml') expect(computed(DataType.FLOAT32).map((op) => op.type)).toEqual([]);
    else expect(computed(DataType.FLOAT16).map((op) => op.type)).toEqual([]);
    expect(
      computed(DataType.FLOAT16).length + computed(DataType.FLOAT32).length + computed(DataType.BOOL).length,
    ).toBeGreaterThan(0);
  });
});

describe('flattened directory', () => {
  const tree = { a: text('hello'), d: { b: text('{"x":1}'), e: { c: new Uint8Array([1, 2, 3]) } } };

  test('files come back by path, as views of the payload', () => {
    const bytes = flatten('root', tree);
    const { root, files } = unflattenDirectory(bytes);
    expect(root).toBe('root');
    expect([...files.keys()].sort()).toEqual(['a', 'd/b', 'd/e/c']);
    expect(new TextDecoder().decode(files.get('a'))).toBe('hello');
    expect([...files.get('d/e/c')!]).toEqual([1, 2, 3]);
    expect(files.get('a')!.buffer).toBe(bytes.buffer);
  });

  test('names with braces and escapes in the index are read', () => {
    const { files } = unflattenDirectory(flatten('root', { 'a{"}\\': text('x') }));
    expect([...files.keys()]).toEqual(['a{"}\\']);
  });

  const withIndex = (index: unknown, data = text('abc')) => {
    const rev = [...text(JSON.stringify(index))].reverse();
    const out = new Uint8Array(data.length + rev.length);
    out.set(data);
    out.set(rev, data.length);
    return out;
  };
  const file = (name: string, offset: number, size: number) => ({
    children: {},
    dataRegion: { offset, size },
    kind: 0,
    name,
  });
  const dir = (name: string, children: Record<string, number>) => ({
    children,
    dataRegion: { offset: 0, size: 0 },
    kind: 1,
    name,
  });

  test.each([
    ['an empty payload', new Uint8Array(0)],
    ['no index at the end', text('abc')],
    ['an unterminated index', text('abc}]')],
    ['an index that is not JSON', withIndex('x').map((b) => (b === 0x22 ? 0x27 : b))],
    ['no nodes', withIndex({ nodes: [] })],
    ['a file past the data', withIndex({ nodes: [file('f', 1, 3), dir('r', { f: 0 })] })],
    ['a negative size', withIndex({ nodes: [file('f', 0, -1), dir('r', { f: 0 })] })],
    ['a child index out of range', withIndex({ nodes: [dir('r', { f: 5 })] })],
    ['a directory that contains itself', withIndex({ nodes: [dir('r', { r: 0 })] })],
    ['a node reached twice', withIndex({ nodes: [file('f', 0, 1), dir('r', { f: 0, g: 0 })] })],
    ['a name with a slash', withIndex({ nodes: [file('a/b', 0, 1), dir('r', { 'a/b': 0 })] })],
    ['a name ..', withIndex({ nodes: [file('..', 0, 1), dir('r', { '..': 0 })] })],
    ['a child under another name', withIndex({ nodes: [file('f', 0, 1), dir('r', { g: 0 })] })],
    ['a file as the root', withIndex({ nodes: [file('f', 0, 1)] })],
    ['an unknown kind', withIndex({ nodes: [{ ...file('f', 0, 1), kind: 2 }, dir('r', { f: 0 })] })],
  ])('%s is refused', (_what, bytes) => {
    expect(errorOf(() => unflattenDirectory(bytes)).code).toBe(ErrorCode.InvalidProgram);
  });
});

describe('CMJR references (multi-method weight sharing)', () => {
  const real = delegateOf(coremlCases.find((c) => c.id === 'ops/add/same_shape/coreml-fp32')!).payload;
  const ref = (o: unknown) => text(`CMJR${JSON.stringify(o)}`);

  test('a payload that is a reference reads the named package and the function it names', () => {
    // a multifunction package: metadata with methods; the same model serves as function "main"
    const { files } = unflattenDirectory(real);
    const meta = JSON.parse(new TextDecoder().decode(files.get('metadata.json')!));
    const tree: Record<string, Uint8Array> = {};
    for (const [path, bytes] of files) tree[path] = bytes;
    const nested: Record<string, unknown> = {};
    for (const [path, bytes] of Object.entries(tree)) {
      const parts = path.split('/');
      let node = nested;
      for (const p of parts.slice(0, -1)) {
        node[p] ??= {};
        node = node[p] as Record<string, unknown>;
      }
      node[parts.at(-1)!] =
        path === 'metadata.json'
          ? text(
              JSON.stringify({
                identifier: meta.identifier,
                methods: { main: { inputNames: meta.inputNames, outputNames: meta.outputNames } },
              }),
            )
          : bytes;
    }
    const shared = flatten('lowered_module', nested as never);
    const p = readCoreMLPayload(
      ref({ version: 1, key: 'coreml_x', functionName: 'main' }),
      namedData({ coreml_x: shared }),
    );
    expect(p.reference).toEqual({ version: 1, key: 'coreml_x', functionName: 'main' });
    expect(p.metadata.inputNames).toEqual(meta.inputNames);
    expect(p.functionName).toBe('main');
  });

  test('references are checked', () => {
    expect(readCoreMLReference(real)).toBeUndefined();
    expect(errorOf(() => readCoreMLPayload(ref({ key: 'nope', functionName: 'main' }), namedData())).code).toBe(
      ErrorCode.InvalidProgram,
    );
    expect(errorOf(() => readCoreMLReference(ref({ version: 2, key: 'k', functionName: 'f' }))).message).toMatch(
      /version 2/,
    );
    expect(errorOf(() => readCoreMLReference(ref({ key: 1 }))).code).toBe(ErrorCode.InvalidProgram);
    expect(errorOf(() => readCoreMLReference(text('CMJR{'))).code).toBe(ErrorCode.InvalidProgram);
    // a multifunction package read without a reference has no function to choose
    const multi = flatten('m', { 'metadata.json': text('{"identifier":"x","methods":{}}') });
    expect(errorOf(() => readCoreMLPayload(multi)).message).toMatch(/CMJR/);
  });
});

describe('weight blob v2', () => {
  const blobFile = () => {
    const f = new Uint8Array(192);
    const v = new DataView(f.buffer);
    v.setUint32(0, 1, true);
    v.setUint32(4, 2, true);
    v.setUint32(64, 0xdeadbeef, true);
    v.setUint32(68, 2, true); // float32
    v.setUint32(72, 8, true); // size
    v.setUint32(80, 128, true); // data offset
    v.setFloat32(128, 1.5, true);
    v.setFloat32(132, -2, true);
    return f;
  };

  test('a record and its data', () => {
    const b = readWeightBlob(blobFile(), 64);
    expect(b.dtype).toBe(2);
    expect([...new Float32Array(b.data.slice().buffer)]).toEqual([1.5, -2]);
  });

  /** The test file with byte `at` set to `value`. */
  const withByte = (at: number, value: number) => {
    const f = blobFile();
    f[at] = value;
    return f;
  };

  test.each([
    ['an offset inside the header', blobFile(), 0],
    ['an unaligned offset', blobFile(), 65],
    ['an offset past the end', blobFile(), 192],
    ['a wrong sentinel', withByte(64, 0xee), 64],
    ['version 1', withByte(4, 1), 64],
    ['a size past the end', withByte(73, 1), 64],
    ['a data offset of 2^32', withByte(84, 1), 64],
    ['a file shorter than its header', new Uint8Array(10), 64],
  ])('%s is refused', (_what, file, offset) => {
    expect(errorOf(() => readWeightBlob(file, offset)).code).toBe(ErrorCode.InvalidProgram);
  });
});
