// The VkGraph writer of the lowering: what it writes decodes, with the runtime's independent reader,
// to the graph it was given (every value kind, constants both ways, the VH00 header's sections).
import { describe, expect, test } from 'vitest';
import { encodeVkPayload, NAMED_DATA_OFFSET } from '../src/partitioner/vk-writer.js';
import { webgpuLowering } from '../src/partitioner.js';
import { decodeVkGraph, VkDataType, type VkGraph, VkStorageType, VkValueKind } from '../src/serialization/vk-graph.js';
import { parseVkPayload } from '../src/serialization/vk-header.js';

const graph: VkGraph = {
  version: '0',
  values: [
    {
      kind: VkValueKind.Tensor,
      dtype: VkDataType.Float32,
      dims: [2, 3],
      constantId: -1,
      memObjId: -1,
      storageType: VkStorageType.Default,
      memoryLayout: 255,
      stagingDtype: VkDataType.Float32,
    },
    {
      kind: VkValueKind.Tensor,
      dtype: VkDataType.Int32,
      dims: [3],
      constantId: 0,
      memObjId: 4,
      storageType: VkStorageType.Texture3D,
      memoryLayout: 2,
      stagingDtype: VkDataType.Int32,
    },
    { kind: VkValueKind.Null },
    { kind: VkValueKind.Int, value: -(2n ** 40n) },
    { kind: VkValueKind.Double, value: 1.7976931348623157e308 },
    { kind: VkValueKind.Bool, value: true },
    { kind: VkValueKind.Bool, value: false },
    { kind: VkValueKind.IntList, value: [0n, -1n, 9223372036854775807n] },
    { kind: VkValueKind.DoubleList, value: [0.5, -2] },
    { kind: VkValueKind.BoolList, value: [true, false, true] },
    { kind: VkValueKind.ValueList, value: [0, 1, 2] },
    { kind: VkValueKind.String, value: 'tanh' },
    { kind: VkValueKind.SymInt, value: 0 },
    { kind: VkValueKind.Int, value: 0n },
  ],
  chain: [
    { nodeId: 0, name: 'aten.add.Tensor', args: [0, 1, 3, 0] },
    { nodeId: 7, name: 'aten.gelu.default', args: [0, 11, 0] },
  ],
  inputIds: [0],
  outputIds: [0, 1],
  constants: [
    { offset: 0n, length: 12n, namedKey: null },
    { offset: NAMED_DATA_OFFSET, length: 24n, namedKey: 'ab'.repeat(32) },
  ],
  shaders: [],
};

describe('VkGraph writer', () => {
  test('round-trips every value kind through the runtime reader', () => {
    const raw = Uint8Array.from({ length: 12 }, (_, i) => i + 1);
    const payload = encodeVkPayload(graph, raw);
    const parts = parseVkPayload(payload);
    expect(decodeVkGraph(parts.flatbuffer)).toEqual(graph);
    expect([...parts.rawBytes]).toEqual([...raw]);
    // sections start at 16-byte boundaries
    const view = new DataView(payload.buffer, payload.byteOffset);
    expect(view.getUint32(10, true) % 16).toBe(0);
    expect(view.getUint32(18, true) % 16).toBe(0);
  });

  test('an empty graph is a valid payload', () => {
    const empty: VkGraph = { ...graph, values: [], chain: [], inputIds: [], outputIds: [], constants: [] };
    expect(decodeVkGraph(parseVkPayload(encodeVkPayload(empty)).flatbuffer)).toEqual(empty);
  });

  test('the lowering declares the delegate id and short name the CLI uses', () => {
    const l = webgpuLowering();
    expect([l.id, l.name, l.specificationVersion]).toEqual(['VulkanBackend', 'webgpu', 'v1']);
  });
});
