// The writing half of the serialization, checked against ExecuTorch's own payloads: every model spec
// the real CoreMLPartitioner wrote for the zoo decodes, encodes and decodes again to the same
// message; every payload unflattens, flattens and unflattens to the same files; weight files written
// from their blobs read back blob by blob.
import { describe, expect, test } from 'vitest';
import { COREML_MESSAGES, type Model } from '../src/generated/coreml-proto.js';
import { readCoreMLPayload } from '../src/index.js';
import { type DirectoryTree, flattenDirectory, unflattenDirectory } from '../src/serialization/flattened-directory.js';
import { decodeMessage, encodeMessage } from '../src/serialization/protobuf.js';
import { readWeightBlob, writeWeightFile } from '../src/serialization/weight-blob.js';
import { coremlCases, delegateOf, errorOf } from './helpers.js';

describe.each(coremlCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  const { payload, namedData } = delegateOf(c);
  const p = readCoreMLPayload(payload, namedData);

  test('model spec: decode(encode(decoded)) equals decoded', () => {
    const bytes = encodeMessage(COREML_MESSAGES, 'Model', p.model, 'test');
    expect(decodeMessage<Model>(COREML_MESSAGES, 'Model', bytes, 'test')).toEqual(p.model);
  });

  test('flattened directory: unflatten(flatten(files)) gives the same files', () => {
    const { root, files } = unflattenDirectory(payload);
    const tree = new Map<string, DirectoryTree>();
    for (const [path, bytes] of files) {
      const parts = path.split('/');
      let dir = tree;
      for (const d of parts.slice(0, -1)) {
        if (!dir.has(d)) dir.set(d, new Map());
        dir = dir.get(d) as Map<string, DirectoryTree>;
      }
      dir.set(parts.at(-1) as string, bytes);
    }
    const again = unflattenDirectory(flattenDirectory(root, tree));
    expect(again.root).toBe(root);
    expect(new Map([...again.files].map(([k, v]) => [k, [...v]]))).toEqual(
      new Map([...files].map(([k, v]) => [k, [...v]])),
    );
  });
});

test('a weight file written from blobs reads back blob by blob, 64-byte aligned', () => {
  const blobs = [
    { dtype: 2, data: new Uint8Array(new Float32Array([1, 2, 3]).buffer) },
    { dtype: 1, data: new Uint8Array(130).map((_, i) => i) },
    { dtype: 2, data: new Uint8Array(64).fill(7) },
  ];
  const { file, offsets } = writeWeightFile(blobs);
  expect(offsets).toEqual([64, 64 + 64 + 64, 64 + 128 + 64 + 192]);
  for (const [i, b] of blobs.entries()) {
    const got = readWeightBlob(file, offsets[i] as number);
    expect(got.dtype).toBe(b.dtype);
    expect([...got.data]).toEqual([...b.data]);
  }
  expect(file.byteLength % 64).toBe(0);
});

test('encoding a value of the wrong kind is a KindlingError', () => {
  const e = errorOf(() => encodeMessage(COREML_MESSAGES, 'Model', { specificationVersion: 'six' }, 'test model'));
  expect(e.message).toMatch(/test model/);
  errorOf(() => encodeMessage(COREML_MESSAGES, 'NoSuchMessage', {}, 'test'));
});

test('negative int32 / int64 values encode as ten-byte varints and decode back', () => {
  const msg = { inputs: [], outputs: [], operations: [], attributes: new Map() };
  const t = { dataType: 23, rank: -1, dimensions: [], attributes: new Map() };
  const bytes = encodeMessage(COREML_MESSAGES, 'TensorType', t, 'test');
  expect(decodeMessage(COREML_MESSAGES, 'TensorType', bytes, 'test')).toEqual(t);
  expect(decodeMessage(COREML_MESSAGES, 'Block', encodeMessage(COREML_MESSAGES, 'Block', msg, 'test'), 'test')).toEqual(
    msg,
  );
});
