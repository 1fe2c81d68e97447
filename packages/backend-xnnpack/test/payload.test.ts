import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KindlingError, ScalarType, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import {
  decodeXnnGraphFlatbuffer,
  decodeXnnPayload,
  IMPLEMENTED_NODE_TYPES,
  parseXnnPayload,
  validateXnnGraph,
  XnnDatatype,
  XnnNodeType,
  xnnpack,
} from '../src/index.js';
import { SUPPORTED_NODE_TYPES } from '../src/partitioner.js';
import { STEP_FACTORIES } from '../src/runtime/steps/index.js';

const root = join(import.meta.dirname, '../../..');
const addBytes = new Uint8Array(readFileSync(join(root, 'fixtures/upstream/numpyrt__xnnpack_add.pte')));

function payloadOf(bytes: Uint8Array) {
  const file = PteFile.read(bytes);
  const plan = file.plan(file.methodNames[0] as string);
  return { file, plan, payload: file.delegatePayload(plan.delegates[0]!) };
}

describe('XH00 header', () => {
  test('splits the numpyrt add payload as documented', () => {
    const { payload } = payloadOf(addBytes);
    const parts = parseXnnPayload(payload);
    expect(parts.hasHeader).toBe(true);
    expect(parts.flatbuffer.byteOffset - payload.byteOffset).toBe(32);
    expect(parts.flatbuffer.byteLength).toBe(392);
    expect(parts.constantData.byteLength).toBe(0);
    expect(String.fromCharCode(...parts.flatbuffer.subarray(4, 8))).toBe('XN01');
  });

  test('a payload without the magic is a bare flatbuffer (legacy)', () => {
    const { payload } = payloadOf(addBytes);
    const bare = parseXnnPayload(payload).flatbuffer.slice();
    const parts = parseXnnPayload(bare);
    expect(parts.hasHeader).toBe(false);
    expect(parts.flatbuffer.byteLength).toBe(bare.byteLength);
    expect(decodeXnnGraphFlatbuffer(bare).nodes).toHaveLength(1);
  });

  test('XN00 is accepted, other identifiers are refused', () => {
    const { payload } = payloadOf(addBytes);
    const fb = parseXnnPayload(payload).flatbuffer.slice();
    fb[7] = '0'.charCodeAt(0);
    expect(decodeXnnGraphFlatbuffer(fb).identifier).toBe('XN00');
    fb[7] = 'Z'.charCodeAt(0);
    expect(() => decodeXnnGraphFlatbuffer(fb)).toThrow(/identifier/);
  });

  test('offsets outside the payload are refused', () => {
    const { payload } = payloadOf(addBytes);
    const bad = payload.slice();
    new DataView(bad.buffer).setUint32(14, 1_000_000, true);
    expect(() => parseXnnPayload(bad)).toThrow(KindlingError);
  });
});

describe('XNNGraph decoder', () => {
  test('decodes the numpyrt add graph', () => {
    const { payload } = payloadOf(addBytes);
    const { graph } = decodeXnnPayload(payload);
    expect(graph.version).toBe('0');
    expect(graph.numExterns).toBe(3);
    expect(graph.inputIds).toEqual([0, 1]);
    expect(graph.outputIds).toEqual([2]);
    expect(graph.values.map((v) => [v.id, v.datatype, v.dims, v.externalId, v.flags])).toEqual([
      [0, XnnDatatype.Fp32, [3], 0, 1],
      [1, XnnDatatype.Fp32, [3], 1, 1],
      [2, XnnDatatype.Fp32, [3], 2, 2],
    ]);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.nodes[0]).toMatchObject({ type: XnnNodeType.Add, inputs: [0, 1], outputs: [2] });
    expect(graph.nodes[0]!.outputMin).toBe(Number.NEGATIVE_INFINITY);
    validateXnnGraph(graph, { constantRegionSize: 0, numArgs: 3 });
  });

  test('the validator names a dangling value id', () => {
    const { payload } = payloadOf(addBytes);
    const { graph } = decodeXnnPayload(payload);
    const broken = { ...graph, nodes: [{ ...graph.nodes[0]!, inputs: [0, 7] }] };
    expect(() => validateXnnGraph(broken, { constantRegionSize: 0 })).toThrow(
      /xnodes\[0\] \(Add\) input 1 refers to value id 7/,
    );
    expect(() => validateXnnGraph(graph, { constantRegionSize: 0, numArgs: 2 })).toThrow(/external id 2/);
  });
});

describe('XNNPACK backend', () => {
  test('runs the numpyrt add program', async () => {
    const module = await Module.load(addBytes, { backends: [xnnpack()], kernels: portableKernels });
    const a = Tensor.from(ScalarType.Float, [3], [1, 2, 3.5]);
    const b = Tensor.from(ScalarType.Float, [3], [10, -20, 0.25]);
    const [out] = await module.forward([a, b]);
    expect((out as Tensor).toArray()).toEqual([11, -18, 3.75]);
    await module.dispose();
  });

  test('an unimplemented node type is refused at load, naming it', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(root, 'packages/conformance-zoo/cases/ops/add/same_shape/xnnpack.pte')),
    );
    const { payload } = payloadOf(bytes);
    // Turn the Add node into ArgMaxPooling2d's union type: its table is read differently, so the
    // runtime must refuse it cleanly with a KindlingError naming the node.
    const { graph } = decodeXnnPayload(payload);
    expect(graph.nodes[0]!.type).toBe(XnnNodeType.Add);
    const backend = xnnpack();
    const ctx = { methodName: 'forward', delegateIndex: 0, namedData: PteFile.read(bytes).namedData(), options: {} };
    const tampered = payload.slice();
    const fb = parseXnnPayload(tampered).flatbuffer;
    // Find the union type byte (value 1) of the only node by decoding with each candidate offset.
    let done = false;
    for (let i = 8; i < fb.length && !done; i++) {
      if (fb[i] !== XnnNodeType.Add) continue;
      fb[i] = XnnNodeType.ScaledDotProductAttention;
      try {
        if (decodeXnnGraphFlatbuffer(fb).nodes[0]?.type === XnnNodeType.ScaledDotProductAttention) done = true;
      } catch {}
      if (!done) fb[i] = XnnNodeType.Add;
    }
    expect(done).toBe(true);
    let error: unknown;
    try {
      await backend.init(ctx, tampered, []);
    } catch (e) {
      error = e;
    }
    expect(KindlingError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/ScaledDotProductAttention/);
  });

  test('the partitioner list matches the runtime', () => {
    expect([...SUPPORTED_NODE_TYPES].sort()).toEqual([...IMPLEMENTED_NODE_TYPES].sort());
  });

  test('every implemented node type has a step factory, and no other type has one', () => {
    const keys = Object.keys(STEP_FACTORIES).map(Number);
    expect(keys.sort((a, b) => a - b)).toEqual([...IMPLEMENTED_NODE_TYPES].sort((a, b) => a - b));
  });
});
