import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bfloat16ToFloat } from '@kindling/backend-utils';
import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import {
  decodeXnnPayload,
  validateXnnGraph,
  XnnDatatype,
  type XnnGraph,
  type XnnQuantParams,
  type XnnValue,
  xnnpack,
} from '../src/index.js';
import {
  blockwiseKsums,
  packQb4nFromInt4,
  packQb4nWeights,
  unpackInt4,
  unpackInt4WithSums,
} from '../src/kernels/quantized-gemm.js';
import { CompiledGraph, int4Bytes } from '../src/runtime/compiled-graph.js';

const root = join(import.meta.dirname, '../../..');
const BLOCKWISE = 'packages/conformance-zoo/cases/ops/linear/int4_groups/xnnpack-8da4w.pte';
const PER_CHANNEL = 'packages/conformance-zoo/cases/ops/linear/int4_groups/xnnpack-8da4w-pc.pte';

function load(rel: string) {
  const file = PteFile.read(new Uint8Array(readFileSync(join(root, rel))));
  const plan = file.plan('forward');
  const payload = file.delegatePayload(plan.delegates[0]!);
  return { payload, decoded: decodeXnnPayload(payload), namedData: file.namedData() };
}

function filterOf(graph: XnnGraph, dt: XnnDatatype): XnnValue {
  const v = graph.values.find((x) => x.datatype === dt);
  if (!v) throw new Error(`no ${XnnDatatype[dt]} value`);
  return v;
}

/** The graph with one value's fields replaced. */
function withValue(graph: XnnGraph, index: number, patch: Partial<XnnValue>): XnnGraph {
  return { ...graph, values: graph.values.map((v) => (v.index === index ? { ...v, ...patch } : v)) };
}

function withQuant(graph: XnnGraph, index: number, patch: Partial<XnnQuantParams>): XnnGraph {
  const v = graph.values[index]!;
  return withValue(graph, index, { quant: { ...v.quant, ...patch } as XnnQuantParams });
}

function caught(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KindlingError);
    return e as KindlingError;
  }
  throw new Error('did not throw');
}

/** Named data where `key` has other bytes. */
function replacing(base: NamedDataMap, key: string, bytes: Uint8Array): NamedDataMap {
  return {
    keys: () => base.keys(),
    has: (k) => base.has(k),
    get: (k) => (k === key ? bytes : base.get(k)),
    layout: (k) => base.layout(k),
  };
}

describe('int4 unpacking', () => {
  test('element 2i is the low nibble of byte i, 2i + 1 the high one; zero point 8', () => {
    const out = new Int16Array(4);
    unpackInt4(new Uint8Array([0x80, 0xf7]), 1, 4, out);
    expect(Array.from(out)).toEqual([-8, 0, -1, 7]);
  });

  test('rows of odd length are packed on their own', () => {
    // [2, 3]: each row takes 2 bytes, the second byte's high nibble unused
    expect(int4Bytes([2, 3])).toBe(4);
    const out = new Int16Array(6);
    unpackInt4(new Uint8Array([0x19, 0xfa, 0x08, 0x0f]), 2, 3, out);
    expect(Array.from(out)).toEqual([1, -7, 2, 0, -8, 7]);
  });

  test('bf16 scales widen exactly', () => {
    expect(bfloat16ToFloat(0x3f80)).toBe(1);
    expect(bfloat16ToFloat(0x3e00)).toBe(0.125);
    expect(bfloat16ToFloat(0xbf80)).toBe(-1);
  });

  test('blockwise zero-point sums subtract fp32(ksum * scale) block by block', () => {
    const w = new Int16Array([1, 2, 3, 4, -8, 7, 0, 0]);
    const ks = blockwiseKsums(w, 2, 4, 2, new Float32Array([0.5, 0.25, 1, 3]));
    expect(Array.from(ks)).toEqual([-(3 * 0.5) - 7 * 0.25, -(-1 * 1) - 0]);
  });
});

describe('int4 unpacking with sums in one pass', () => {
  test('equals unpackInt4, per-row sums and blockwiseKsums, odd lengths and odd blocks included', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    for (const [n, k, blockSize] of [
      [3, 8, 2],
      [5, 96, 32],
      [4, 9, 3],
      [2, 15, 5],
      [3, 7, 0],
      [6, 64, 0],
      [1, 1, 1],
      [2, 0, 0],
    ] as const) {
      const packed = new Uint8Array(n * Math.ceil(k / 2)).map(() => next() & 0xff);
      const blocks = blockSize > 0 ? k / blockSize : 0;
      const scales = new Float32Array(Math.max(n * blocks, 1)).map(() => Math.fround((next() % 1000) / 997 + 0.001));
      const want = new Int16Array(n * k);
      unpackInt4(packed, n, k, want);
      const wantSums = Array.from({ length: n }, (_, j) =>
        want.subarray(j * k, (j + 1) * k).reduce((a, b) => a + b, 0),
      );
      const got = new Int16Array(n * k);
      const sums = new Int32Array(n);
      const ksums = unpackInt4WithSums(packed, n, k, blockSize, scales, got, sums);
      expect(Array.from(got)).toEqual(Array.from(want));
      expect(Array.from(sums)).toEqual(wantSums);
      if (blockSize > 0)
        expect(Array.from(ksums ?? [])).toEqual(Array.from(blockwiseKsums(want, n, k, blockSize, scales)));
      else expect(ksums).toBeNull();
      // the sums alone (no int16 weights written): the same sums
      const sumsOnly = new Int32Array(n);
      const ksumsOnly = unpackInt4WithSums(packed, n, k, blockSize, scales, null, sumsOnly);
      expect(Array.from(sumsOnly)).toEqual(wantSums);
      expect(ksumsOnly === null ? null : Array.from(ksumsOnly)).toEqual(ksums === null ? null : Array.from(ksums));
    }
  });
});

describe('4-bit weights for qd8_gemm_qb4n', () => {
  test('packing the serialized bytes equals packing their int16 unpacking (n not a multiple of 4 included)', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 8;
    };
    for (const [n, k] of [
      [1, 32],
      [4, 64],
      [5, 96],
      [7, 256],
      [13, 32],
    ] as const) {
      const bytes = new Uint8Array((n * k) / 2).map(() => next() & 0xff);
      const weights = new Int16Array(n * k);
      unpackInt4(bytes, n, k, weights);
      const viaInt16 = packQb4nWeights(weights, n, k);
      expect(viaInt16.length).toBe(Math.ceil(n / 4) * 2 * k);
      expect(Array.from(packQb4nFromInt4(bytes, n, k))).toEqual(Array.from(viaInt16));
      // the layout: lane i of channel j's chunk c holds elements i, 8+i, 16+i, 24+i plus 8
      const j = n - 1;
      const c = k / 32 - 1;
      const at = (((j >> 2) * (k / 32) + c) * 4 + (j & 3)) * 16;
      const lane = (viaInt16[at + 2 * 3] as number) | ((viaInt16[at + 2 * 3 + 1] as number) << 8);
      const w = (p: number) => (weights[j * k + c * 32 + p] as number) + 8;
      expect([lane & 15, (lane >> 4) & 15, (lane >> 8) & 15, lane >> 12]).toEqual([w(3), w(11), w(19), w(27)]);
      // channels past n (the last group's padding) are weight 0 (nibble 8)
      if (n % 4) expect(viaInt16[viaInt16.length - 1]).toBe(0x88);
    }
  });
});

describe('ExecuTorch 8da4w payloads', () => {
  test('blockwise: QBInt4 [16, 96] with block size 32 and 48 bf16 scales in named data', () => {
    const { decoded } = load(BLOCKWISE);
    const w = filterOf(decoded.graph, XnnDatatype.QBInt4);
    expect(w.dims).toEqual([16, 96]);
    expect(w.quant).toMatchObject({ kind: 'per-channel-group', channelDim: 0, groupSize: 32, numScales: 48 });
    expect(decoded.graph.values.some((v) => v.datatype === XnnDatatype.QDInt8)).toBe(true);
  });

  test('per-channel: QCInt4 [16, 96] with 16 fp32 scales', () => {
    const { decoded } = load(PER_CHANNEL);
    const w = filterOf(decoded.graph, XnnDatatype.QCInt4);
    expect(w.dims).toEqual([16, 96]);
    expect(w.quant).toMatchObject({ kind: 'per-channel', channelDim: 0, numScales: 16 });
  });

  test('both load and run through the delegate', async () => {
    for (const f of [BLOCKWISE, PER_CHANNEL]) {
      const { payload, namedData } = load(f);
      const handle = await xnnpack().init(
        { methodName: 'forward', delegateIndex: 0, namedData, options: {} },
        payload,
        [],
      );
      expect(handle).toBeDefined();
    }
  });
});

describe('malformed QBInt4 parameters give DelegateInvalidCompatibility with context', () => {
  const { decoded, namedData } = load(BLOCKWISE);
  const { graph, constantRegion } = decoded;
  const w = filterOf(graph, XnnDatatype.QBInt4);
  const ctx = { constantRegionSize: constantRegion.byteLength, namedData };
  const invalid = (g: XnnGraph, message: RegExp) => {
    const e = caught(() => validateXnnGraph(g, ctx));
    expect(e.code).toBe(ErrorCode.DelegateInvalidCompatibility);
    expect(e.message).toMatch(message);
    expect(e.context).toMatchObject({ backend: 'XnnpackBackend', value: w.index });
  };

  test('the graph as written is valid', () => {
    expect(() => validateXnnGraph(graph, ctx)).not.toThrow();
  });

  test('a block size that does not divide k', () => {
    invalid(withQuant(graph, w.index, { groupSize: 40 }), /block size 40, which does not divide its 96/);
    invalid(withQuant(graph, w.index, { groupSize: 0 }), /block size 0/);
  });

  test('a scale count that is not channels x blocks', () => {
    invalid(withQuant(graph, w.index, { numScales: 47 }), /47 scales for 16 channels of 3 blocks/);
  });

  test('a scale buffer too short for the scales', () => {
    const q = w.quant as Extract<XnnQuantParams, { kind: 'per-channel-group' }>;
    const constantData = graph.constantData.map((c, i) => (i === q.scaleBufferIdx ? { ...c, size: 94n } : c));
    invalid({ ...graph, constantData }, /need 96 bytes, but its scale buffer has 94/);
  });

  test('blockwise quantization on another datatype, or not on [channels, k]', () => {
    invalid(withValue(graph, w.index, { datatype: XnnDatatype.QCInt4 }), /blockwise quantization but datatype QCInt4/);
    invalid(withValue(graph, w.index, { dims: [16, 3, 32] }), /needs \[channels, k\]/);
  });

  test('short or non-positive scale bytes at load', () => {
    const q = w.quant as Extract<XnnQuantParams, { kind: 'per-channel-group' }>;
    const key = graph.constantData[q.scaleBufferIdx]!.namedKey!;
    const short = replacing(namedData, key, new Uint8Array(10));
    let e = caught(() => new CompiledGraph(decoded, short));
    expect(e.code).toBe(ErrorCode.DelegateInvalidCompatibility);
    expect(e.message).toMatch(/48 bf16 scales, which need 96 bytes, have 10/);
    const zero = replacing(namedData, key, new Uint8Array(96));
    e = caught(() => new CompiledGraph(decoded, zero));
    expect(e.code).toBe(ErrorCode.DelegateInvalidCompatibility);
    expect(e.message).toMatch(/blockwise scale 0/);
    expect(e.context).toMatchObject({ value: w.index });
  });

  test('int4 weights shorter than [n, ceil(k / 2)] bytes', () => {
    const key = graph.constantData[w.constantBufferIdx]!.namedKey!;
    const e = caught(() => new CompiledGraph(decoded, replacing(namedData, key, new Uint8Array(700))));
    expect(e.code).toBe(ErrorCode.DelegateInvalidCompatibility);
    expect(e.message).toMatch(/needs 768 constant bytes, has 700/);
  });
});
