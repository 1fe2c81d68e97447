import { invalid } from './flat.js';

/** Magic of the Vulkan delegate header, at byte 4. */
export const VK_HEADER_MAGIC = 'VH00';
/** Length the header declares for itself. */
export const VK_HEADER_LENGTH = 30;

/** The parts of a Vulkan payload (views into it). */
export interface VkPayloadParts {
  /** The `VkGraph` flatbuffer. */
  readonly flatbuffer: Uint8Array;
  /** The raw-bytes section (constants stored inline; empty when they are in named data). */
  readonly rawBytes: Uint8Array;
}

/**
 * Splits a Vulkan payload: 4 unused bytes, magic `VH00`, u16 header length, u32 flatbuffer offset,
 * u32 flatbuffer size, u32 raw-bytes offset, u64 raw-bytes size (little endian). Every offset and
 * size is checked to lie in the payload.
 */
export function parseVkPayload(payload: Uint8Array): VkPayloadParts {
  const size = payload.byteLength;
  if (size < VK_HEADER_LENGTH) invalid(`${size} bytes is too small for the ${VK_HEADER_MAGIC} header`);
  const magic = String.fromCharCode(payload[4]!, payload[5]!, payload[6]!, payload[7]!);
  if (magic !== VK_HEADER_MAGIC) invalid(`header magic is "${magic}", expected "${VK_HEADER_MAGIC}"`, { offset: 4 });
  const view = new DataView(payload.buffer, payload.byteOffset, size);
  const headerLength = view.getUint16(8, true);
  if (headerLength < VK_HEADER_LENGTH || headerLength > size) {
    invalid(`header length ${headerLength} is not in [${VK_HEADER_LENGTH}, ${size}]`, { offset: 8 });
  }
  const fbOffset = view.getUint32(10, true);
  const fbSize = view.getUint32(14, true);
  const rawOffset = view.getUint32(18, true);
  const rawSize = view.getBigUint64(22, true);
  if (fbOffset < headerLength || fbOffset > size || fbSize > size - fbOffset) {
    invalid(`flatbuffer [${fbOffset}, +${fbSize}) lies outside the ${size}-byte payload`, { offset: 10 });
  }
  if (rawSize > BigInt(size) || rawOffset > size || Number(rawSize) > size - rawOffset) {
    invalid(`raw bytes [${rawOffset}, +${rawSize}) lie outside the ${size}-byte payload`, { offset: 18 });
  }
  return {
    flatbuffer: payload.subarray(fbOffset, fbOffset + fbSize),
    rawBytes: payload.subarray(rawOffset, rawOffset + Number(rawSize)),
  };
}
