import { ErrorCode, KindlingError } from '@kindling/core';

/** Magic of the XNNPACK delegate header, at byte 4. */
export const XNN_HEADER_MAGIC = 'XH00';
/** Length the header declares for itself. */
export const XNN_HEADER_LENGTH = 30;

/** Where the parts of an XNNPACK payload are. */
export interface XnnPayloadParts {
  /** Whether the payload had an `XH00` header (false: legacy, the whole payload is the flatbuffer). */
  readonly hasHeader: boolean;
  /** The `XNNGraph` flatbuffer (a view). */
  readonly flatbuffer: Uint8Array;
  /** The inline constant region (a view; empty when the payload has none). */
  readonly constantData: Uint8Array;
}

function invalid(message: string, offset?: number): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `XNNPACK payload: ${message}`, {
    context: { backend: 'XnnpackBackend', ...(offset === undefined ? {} : { offset }) },
  });
}

/**
 * Splits an XNNPACK delegate payload into its flatbuffer and constant region. Layout (little
 * endian): 4 zero bytes, magic `XH00`, u16 header length (30), u32 flatbuffer offset, u32
 * flatbuffer size, u32 constant data offset, u64 constant data size. A payload without the magic
 * is a legacy payload: all of it is the flatbuffer. Every offset and size is bounds-checked.
 */
export function parseXnnPayload(payload: Uint8Array): XnnPayloadParts {
  const magic =
    payload.byteLength >= 8 ? String.fromCharCode(payload[4]!, payload[5]!, payload[6]!, payload[7]!) : undefined;
  if (magic !== XNN_HEADER_MAGIC) {
    if (payload.byteLength < 8) invalid(`${payload.byteLength} bytes is too small for a payload`);
    return { hasHeader: false, flatbuffer: payload, constantData: new Uint8Array(0) };
  }
  if (payload.byteLength < XNN_HEADER_LENGTH) invalid(`${payload.byteLength} bytes is too small for the XH00 header`);
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const headerLength = view.getUint16(8, true);
  if (headerLength < XNN_HEADER_LENGTH) invalid(`header length ${headerLength} is less than ${XNN_HEADER_LENGTH}`, 8);
  const fbOffset = view.getUint32(10, true);
  const fbSize = view.getUint32(14, true);
  const cdOffset = view.getUint32(18, true);
  const cdSize = view.getBigUint64(22, true);
  const size = payload.byteLength;
  if (fbOffset < headerLength || fbOffset > size || fbSize > size - fbOffset) {
    invalid(`flatbuffer [${fbOffset}, +${fbSize}) lies outside the ${size}-byte payload`, 10);
  }
  if (cdSize > BigInt(size) || cdOffset > size || Number(cdSize) > size - cdOffset) {
    invalid(`constant data [${cdOffset}, +${cdSize}) lies outside the ${size}-byte payload`, 18);
  }
  return {
    hasHeader: true,
    flatbuffer: payload.subarray(fbOffset, fbOffset + fbSize),
    constantData: payload.subarray(cdOffset, cdOffset + Number(cdSize)),
  };
}
