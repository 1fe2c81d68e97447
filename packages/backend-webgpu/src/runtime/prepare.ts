import { halfToFloat } from '@kindling/backend-utils';
import type { NamedDataMap } from '@kindling/core';
import { invalid } from '../serialization/flat.js';
import { decodeVkGraph, type VkBytes, VkDataType, type VkGraph } from '../serialization/vk-graph.js';
import { parseVkPayload } from '../serialization/vk-header.js';
import { buildPlan } from './build-plan.js';
import type { Plan, PlanTensor } from './plan.js';

/** A delegate ready for a device: its plan and the bytes of every constant tensor it uses. */
export interface PreparedDelegate {
  readonly plan: Plan;
  /** Bytes of each constant tensor, by value id (views of the payload or of the named data). */
  readonly constants: ReadonlyMap<number, Uint8Array>;
  /** The decoded graph, planned again for calls whose input shapes are not the payload's. */
  readonly graph: VkGraph;
}

const UINT64_MAX = 2n ** 64n - 1n;

/** fp16 bytes (little endian) as fp32 bytes. */
function widenHalf(bytes: Uint8Array): Uint8Array {
  const out = new Float32Array(bytes.byteLength >> 1);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = halfToFloat(view.getUint16(2 * i, true));
  return new Uint8Array(out.buffer);
}

function constantBytes(c: VkBytes, index: number, rawBytes: Uint8Array, namedData: NamedDataMap, t: PlanTensor) {
  const want = t.numel * (t.half ? 2 : t.dtype === VkDataType.Bool || t.dtype === VkDataType.UInt8 ? 1 : 4);
  if (c.length !== BigInt(want)) invalid(`constant ${index} has ${c.length} bytes, tensor ${t.id} needs ${want}`);
  if (c.offset === UINT64_MAX) {
    if (!c.namedKey || !namedData.has(c.namedKey)) {
      invalid(`constant ${index} names data "${c.namedKey ?? ''}" that the program does not have`, { value: t.id });
    }
    const bytes = namedData.get(c.namedKey);
    if (bytes.byteLength !== want)
      invalid(`named data "${c.namedKey}" has ${bytes.byteLength} bytes, expected ${want}`);
    return bytes;
  }
  if (c.offset > BigInt(rawBytes.byteLength) || Number(c.offset) + want > rawBytes.byteLength) {
    invalid(`constant ${index} [${c.offset}, +${want}) lies outside the ${rawBytes.byteLength} raw bytes`, {
      value: t.id,
    });
  }
  return rawBytes.subarray(Number(c.offset), Number(c.offset) + want);
}

/**
 * Reads and validates a Vulkan payload without touching a device: header, VkGraph, every operator
 * call, and the constants (from the program's named data by key, or the payload's raw bytes).
 * Throws a `KindlingError` for anything malformed or unsupported.
 */
export function prepareDelegate(processed: Uint8Array, namedData: NamedDataMap): PreparedDelegate {
  const parts = parseVkPayload(processed);
  const graph = decodeVkGraph(parts.flatbuffer);
  const plan = buildPlan(graph);
  const constants = new Map<number, Uint8Array>();
  for (const t of plan.tensors.values()) {
    if (t.constant === -1 || t.alias !== undefined) continue;
    const bytes = constantBytes(graph.constants[t.constant]!, t.constant, parts.rawBytes, namedData, t);
    constants.set(
      t.id,
      t.half ? widenHalf(bytes) : t.dtype === VkDataType.Bool ? new Uint8Array(Uint32Array.from(bytes).buffer) : bytes,
    );
  }
  return { plan, constants, graph };
}
