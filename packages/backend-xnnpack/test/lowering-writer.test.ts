import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '@kindling/conformance-zoo';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import {
  decodeXnnGraphFlatbuffer,
  decodeXnnPayload,
  parseXnnPayload,
  validateXnnGraph,
  XnnNodeType,
} from '../src/index.js';
import { encodeXnnGraphFlatbuffer, encodeXnnPayload } from '../src/serialization/xnn-graph-writer.js';

const ZOO = join(import.meta.dirname, '../../../packages/conformance-zoo/cases');

/** Every XnnpackBackend payload of the committed zoo programs, with its program's named data. */
function zooPayloads() {
  const out: { name: string; payload: Uint8Array; file: PteFile; numArgs: number }[] = [];
  const cases = readManifest(join(ZOO, 'manifest.json')).cases.filter((c) => c.committed);
  for (const c of cases) {
    const file = PteFile.read(new Uint8Array(readFileSync(join(ZOO, c.file))));
    for (const m of file.methodNames) {
      const plan = file.plan(m);
      for (const [i, d] of plan.delegates.entries()) {
        if (d.id !== 'XnnpackBackend') continue;
        const call = plan.chains
          .flatMap((ch) => ch.instructions)
          .find((ins) => ins.type === 'DelegateCall' && ins.delegateIndex === i);
        out.push({
          name: `${c.id} ${m} #${i}`,
          payload: file.delegatePayload(d),
          file,
          numArgs: call && call.type === 'DelegateCall' ? call.args.length : -1,
        });
      }
    }
  }
  return out;
}

describe('XNNGraph writer', () => {
  const payloads = zooPayloads();

  test('the zoo has XNNPACK payloads of every flavour', () => {
    expect(payloads.length).toBeGreaterThan(100);
  });

  test('read -> write -> read gives the same graph for every zoo payload', () => {
    const types = new Set<number>();
    for (const p of payloads) {
      const before = decodeXnnPayload(p.payload);
      const bytes = encodeXnnPayload(before.graph, before.constantRegion.slice());
      const after = decodeXnnPayload(bytes);
      expect(after, p.name).toEqual(before);
      const ctx = {
        constantRegionSize: after.constantRegion.byteLength,
        namedData: p.file.namedData(),
        ...(p.numArgs >= 0 ? { numArgs: p.numArgs } : {}),
      };
      validateXnnGraph(after.graph, ctx);
      for (const n of after.graph.nodes) types.add(n.type);
    }
    expect(types.size).toBeGreaterThan(20);
  });

  test('the header is laid out as ExecuTorch writes it', () => {
    const { graph } = decodeXnnPayload(payloads[0]!.payload);
    const bytes = encodeXnnPayload(graph);
    const view = new DataView(bytes.buffer);
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(String.fromCharCode(...bytes.subarray(4, 8))).toBe('XH00');
    expect(view.getUint16(8, true)).toBe(30);
    expect(view.getUint32(10, true)).toBe(32);
    const fbSize = view.getUint32(14, true);
    expect(view.getUint32(18, true)).toBe(32 + Math.ceil(fbSize / 16) * 16);
    expect(view.getBigUint64(22, true)).toBe(0n);
    const parts = parseXnnPayload(bytes);
    expect(String.fromCharCode(...parts.flatbuffer.subarray(4, 8))).toBe('XN01');
  });

  test('writes every node kind and the legacy fields', () => {
    const conv = {
      paddingTop: 1,
      paddingRight: 2,
      paddingBottom: 3,
      paddingLeft: 4,
      kernelHeight: 3,
      kernelWidth: 3,
      subsamplingHeight: 1,
      subsamplingWidth: 2,
      dilationHeight: 1,
      dilationWidth: 1,
      groupInputChannels: 2,
      groupOutputChannels: 4,
      groups: 1,
      adjustmentHeight: 0,
      adjustmentWidth: 1,
    };
    const pool = {
      paddingTop: 0,
      paddingRight: 1,
      paddingBottom: 0,
      paddingLeft: 1,
      poolingHeight: 2,
      poolingWidth: 2,
      strideHeight: 2,
      strideWidth: 2,
      dilationHeight: 1,
      dilationWidth: 1,
    };
    const base = { flags: 0, debugHandle: 3, outputMin: Number.NEGATIVE_INFINITY, outputMax: Number.POSITIVE_INFINITY };
    const nodes = [
      {
        ...base,
        type: XnnNodeType.Add,
        inputs: [0, 1],
        outputs: [2],
        attrs: { kind: 'none' as const },
        outputMin: 0,
        outputMax: 6,
      },
      {
        ...base,
        type: XnnNodeType.ConvTranspose2d,
        inputs: [0, 1, 4294967295],
        outputs: [2],
        attrs: { kind: 'conv' as const, conv },
      },
      {
        ...base,
        type: XnnNodeType.ArgMaxPooling2d,
        inputs: [0],
        outputs: [1, 2],
        attrs: { kind: 'pool' as const, pool: { ...pool, strideHeight: 2, strideWidth: 2 } },
      },
      {
        ...base,
        type: XnnNodeType.Concatenate5,
        inputs: [0, 1, 2, 3, 4],
        outputs: [5],
        attrs: { kind: 'cat' as const, axis: 2 },
      },
      {
        ...base,
        type: XnnNodeType.StaticSlice,
        inputs: [0],
        outputs: [1],
        attrs: { kind: 'slice' as const, offsets: [0, 1], sizes: [2, 2] },
      },
      {
        ...base,
        type: XnnNodeType.StaticConstantPad,
        inputs: [0],
        outputs: [1],
        attrs: { kind: 'pad' as const, prePaddings: [0, 1], postPaddings: [1, 0], paddingValue: 0.5 },
      },
      {
        ...base,
        type: XnnNodeType.StaticResizeBilinear2D,
        inputs: [0],
        outputs: [1],
        flags: 4,
        attrs: { kind: 'resize' as const, newHeight: 4, newWidth: 5 },
      },
      {
        ...base,
        type: XnnNodeType.ScaledDotProductAttention,
        inputs: [0, 1, 2, 3, 4],
        outputs: [5],
        attrs: { kind: 'none' as const },
      },
      { ...base, type: XnnNodeType.ELU, inputs: [0], outputs: [1], attrs: { kind: 'elu' as const, alpha: 0.5 } },
      {
        ...base,
        type: XnnNodeType.LeakyReLU,
        inputs: [0],
        outputs: [1],
        attrs: { kind: 'leaky-relu' as const, negativeSlope: 0.25 },
      },
    ];
    const graph = {
      identifier: 'XN00',
      version: '0',
      nodes: nodes.map((n, index) => ({ ...n, index })),
      values: [
        {
          index: 0,
          id: 0,
          datatype: 1,
          dims: [1, 2],
          constantBufferIdx: 1,
          externalId: 4294967295,
          flags: 0,
          dqDatatype: 0,
          quant: null,
        },
        {
          index: 1,
          id: 1,
          datatype: 6,
          dims: [4, 2],
          constantBufferIdx: 0,
          externalId: 0,
          flags: 1,
          dqDatatype: 9,
          quant: {
            kind: 'per-channel' as const,
            channelDim: 0,
            scales: new Float32Array([0.5, 1, 2, 4]),
            scaleBufferIdx: 0,
            numScales: 4,
          },
        },
        {
          index: 2,
          id: 2,
          datatype: 3,
          dims: [],
          constantBufferIdx: 0,
          externalId: 1,
          flags: 2,
          dqDatatype: 0,
          quant: { kind: 'per-tensor' as const, scale: 0.25, zeroPoint: -3 },
        },
        {
          index: 3,
          id: 3,
          datatype: 10,
          dims: [8, 4],
          constantBufferIdx: 0,
          externalId: 4294967295,
          flags: 0,
          dqDatatype: 0,
          quant: {
            kind: 'per-channel-group' as const,
            channelDim: 0,
            groupSize: 2,
            scales: new Float32Array(0),
            scaleBufferIdx: 1,
            numScales: 16,
          },
        },
        {
          index: 4,
          id: 4,
          datatype: 9,
          dims: [3, 4],
          constantBufferIdx: 0,
          externalId: 4294967295,
          flags: 0,
          dqDatatype: 0,
          quant: { kind: 'per-token-dynamic' as const, numNonbatchDims: 1 },
        },
      ],
      numExterns: 2,
      inputIds: [1],
      outputIds: [2],
      constantBuffer: [new Uint8Array(0), new Uint8Array([1, 2, 3])],
      constantData: [],
    };
    expect(decodeXnnGraphFlatbuffer(encodeXnnGraphFlatbuffer(graph))).toEqual(graph);
  });
});
