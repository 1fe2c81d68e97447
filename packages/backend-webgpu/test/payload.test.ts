// The Vulkan payload reader and planner, without a device: every zoo `vulkan` program decodes and
// plans; malformed or unsupported payloads give a KindlingError with a code and context; fuzzed
// payloads (truncations, bit flips) give a KindlingError or load, nothing else, quickly.
import { seededRandom } from '@kindling/backend-utils';
import { ConformanceZoo } from '@kindling/conformance-zoo';
import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { decodeVkGraph, parseVkPayload, VkDataType } from '../src/index.js';
import { prepareDelegate } from '../src/runtime/prepare.js';
import { buildVkPayload, type TestGraph } from './vk-builder.js';

const zoo = ConformanceZoo.open();
const vulkanCases = zoo.available({}).filter((c) => c.flavour === 'vulkan');

function delegateOf(file: string): { payload: Uint8Array; namedData: NamedDataMap } {
  const pte = PteFile.read(zoo.programBytes(vulkanCases.find((c) => c.file === file)!));
  const plan = pte.plan(pte.methodNames[0]!);
  return { payload: pte.delegatePayload(plan.delegates[0]!), namedData: pte.namedData() };
}

function namedData(entries: Record<string, Uint8Array> = {}): NamedDataMap {
  return {
    keys: () => Object.keys(entries),
    has: (k) => Object.hasOwn(entries, k),
    get: (k) => {
      const v = entries[k];
      if (!v) throw new KindlingError(ErrorCode.NotFound, `no ${k}`);
      return v;
    },
    layout: () => undefined,
  };
}

function errorOf(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    expect(KindlingError.isInstance(e), String(e)).toBe(true);
    return e as KindlingError;
  }
  throw new Error('expected a KindlingError');
}

const f32 = (...xs: number[]) => new Uint8Array(new Float32Array(xs).buffer);

/** x[2, 3] + y[3] into out[2, 3]. */
const addGraph = (outDims = [2, 3], name = 'aten.add.Tensor'): TestGraph => ({
  values: [
    { kind: 'tensor', dims: [2, 3] },
    { kind: 'tensor', dims: [3] },
    { kind: 'int', value: 1 },
    { kind: 'tensor', dims: outDims },
  ],
  chain: [{ name, args: [0, 1, 2, 3] }],
  inputs: [0, 1],
  outputs: [3],
  constants: [],
});

describe('zoo vulkan programs', () => {
  test('the zoo has vulkan programs', () => {
    expect(vulkanCases.length).toBeGreaterThanOrEqual(20);
  });
  for (const c of vulkanCases) {
    test(`${c.id} decodes and plans`, () => {
      const { payload, namedData: nd } = delegateOf(c.file);
      const graph = decodeVkGraph(parseVkPayload(payload).flatbuffer);
      expect(graph.chain.length).toBeGreaterThan(0);
      const { plan, constants } = prepareDelegate(payload, nd);
      expect(plan.inputs.length).toBe(graph.inputIds.length);
      expect(plan.outputs.length).toBe(graph.outputIds.length);
      for (const [id, bytes] of constants) expect(bytes.byteLength).toBe(plan.tensors.get(id)!.numel * 4);
    });
  }
});

describe('malformed payloads', () => {
  const good = buildVkPayload(addGraph());

  test('a built payload plans', () => {
    expect(prepareDelegate(good, namedData()).plan.dispatches.map((d) => d.shader)).toEqual(['binary']);
  });

  test('header: size, magic, sections', () => {
    expect(errorOf(() => parseVkPayload(good.subarray(0, 20))).code).toBe(ErrorCode.DelegateInvalidCompatibility);
    const badMagic = good.slice();
    badMagic[5] = 0x58;
    expect(errorOf(() => parseVkPayload(badMagic)).message).toMatch(/magic/);
    const badFb = good.slice();
    new DataView(badFb.buffer).setUint32(14, 1 << 30, true);
    const e = errorOf(() => parseVkPayload(badFb));
    expect(e.message).toMatch(/flatbuffer/);
    expect(e.context.offset).toBe(10);
    const badRaw = good.slice();
    new DataView(badRaw.buffer).setBigUint64(22, 2n ** 63n, true);
    expect(errorOf(() => parseVkPayload(badRaw)).message).toMatch(/raw bytes/);
  });

  test('an operator that is not implemented fails naming it', () => {
    const e = errorOf(() => prepareDelegate(buildVkPayload(addGraph([2, 3], 'aten.selu.default')), namedData()));
    expect(e.code).toBe(ErrorCode.NotImplemented);
    expect(e.message).toContain('aten.selu.default');
    expect(e.context.operator).toBe('aten.selu.default');
  });

  test('element types: int8 is not supported; fp16 inputs need fp32 staging', () => {
    const int8 = addGraph();
    int8.values[0] = { kind: 'tensor', dims: [2, 3], dtype: VkDataType.Int8 };
    const e = errorOf(() => prepareDelegate(buildVkPayload(int8), namedData()));
    expect(e.code).toBe(ErrorCode.NotSupported);
    expect(e.context.value).toBe(0);
    const half = addGraph();
    half.values[0] = { kind: 'tensor', dims: [2, 3], dtype: VkDataType.Float16 };
    expect(errorOf(() => prepareDelegate(buildVkPayload(half), namedData())).message).toMatch(/FLOAT32 staging/);
  });

  test('shapes, ids and argument kinds are checked', () => {
    expect(errorOf(() => prepareDelegate(buildVkPayload(addGraph([3, 3])), namedData())).message).toMatch(
      /expected \[2,3\]/,
    );
    const badId = addGraph();
    badId.chain[0]!.args = [0, 1, 2, 17];
    expect(errorOf(() => prepareDelegate(buildVkPayload(badId), namedData())).message).toMatch(/out of range/);
    const badKind = addGraph();
    badKind.chain[0]!.args = [0, 2, 2, 3];
    expect(errorOf(() => prepareDelegate(buildVkPayload(badKind), namedData())).context.node).toBe(0);
    const unwritten = addGraph();
    unwritten.inputs = [0];
    expect(errorOf(() => prepareDelegate(buildVkPayload(unwritten), namedData())).message).toMatch(
      /read before it is written/,
    );
    const huge = addGraph();
    huge.values[0] = { kind: 'tensor', dims: [65536, 65536, 2] };
    expect(errorOf(() => prepareDelegate(buildVkPayload(huge), namedData())).message).toMatch(/more than/);
  });

  test('values computed at load (arange) are bounded over the whole graph', () => {
    const arange = (n: number, end: number): TestGraph => ({
      values: [
        { kind: 'int', value: 0 },
        { kind: 'int', value: end },
        { kind: 'int', value: 1 },
        { kind: 'null' },
        { kind: 'bool', value: false },
        ...Array.from({ length: n }, () => ({ kind: 'tensor' as const, dims: [end] })),
      ],
      chain: Array.from({ length: n }, (_, i) => ({
        name: 'aten.arange.start_step',
        args: [0, 1, 2, 3, 3, 3, 4, 5 + i],
      })),
      inputs: [],
      outputs: [5],
      constants: [],
    });
    const ok = prepareDelegate(buildVkPayload(arange(2, 1000)), namedData());
    expect(Array.from(ok.plan.tensors.get(6)!.fill!.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(errorOf(() => prepareDelegate(buildVkPayload(arange(5, 4_000_000)), namedData())).message).toMatch(
      /computed at load/,
    );
  });

  test('constants: raw bytes and named data, lengths and keys checked', () => {
    const linear = (constants: TestGraph['constants']): TestGraph => ({
      values: [
        { kind: 'tensor', dims: [1, 2] },
        { kind: 'tensor', dims: [3, 2], constant: 0 },
        { kind: 'null' },
        { kind: 'tensor', dims: [1, 3] },
      ],
      chain: [{ name: 'aten.linear.default', args: [0, 1, 2, 3] }],
      inputs: [0],
      outputs: [3],
      constants,
    });
    const w = f32(1, 2, 3, 4, 5, 6);
    const raw = prepareDelegate(buildVkPayload(linear([{ raw: w }])), namedData());
    expect([...raw.constants.get(1)!]).toEqual([...w]);
    const named = prepareDelegate(buildVkPayload(linear([{ key: 'w', length: 24 }])), namedData({ w }));
    expect(named.constants.get(1)).toBe(w);
    expect(
      errorOf(() => prepareDelegate(buildVkPayload(linear([{ key: 'nope', length: 24 }])), namedData({ w }))).message,
    ).toMatch(/nope/);
    expect(errorOf(() => prepareDelegate(buildVkPayload(linear([{ raw: f32(1, 2) }])), namedData())).message).toMatch(
      /needs 24/,
    );
  });
});

describe('fuzzed payloads give KindlingError or load', () => {
  const picked = vulkanCases.filter((_, i) => i % 3 === 0);
  for (const c of picked) {
    test(c.id, () => {
      const { payload, namedData: nd } = delegateOf(c.file);
      const random = seededRandom(c.id.length * 7919);
      const tries: Uint8Array[] = [0, 1, 8, 29, payload.length >> 1, payload.length - 1].map((n) =>
        payload.slice(0, n),
      );
      for (let i = 0; i < 150; i++) {
        const m = payload.slice();
        for (let k = 0; k < 1 + (i % 4); k++) {
          const at = Math.floor(random() * m.length);
          m[at]! ^= 1 << Math.floor(random() * 8);
        }
        tries.push(m);
      }
      const start = Date.now();
      for (const bytes of tries) {
        try {
          prepareDelegate(bytes, nd);
        } catch (e) {
          if (!KindlingError.isInstance(e)) throw e;
          expect(typeof e.code).toBe('number');
        }
      }
      expect(Date.now() - start).toBeLessThan(20_000);
    });
  }
});
