import { guardDecode } from '@kindling/backend-utils';
import {
  type ScalarType as CoreScalarType,
  ErrorCode,
  elementSize,
  isScalarType,
  isValidDimOrder,
  KindlingError,
  MAX_RANK,
  type NamedDataMap,
  type TensorLayout,
} from '@kindling/core';
import { type ByteSource, toByteSource } from './byte-source.js';
import { int, ints, long, openFlat, str, table, tables } from './flat-view.js';
import { type FlatTensorHeader, fileIdentifier, parseFlatTensorHeader } from './headers.js';

/** The file identifier of `.ptd` tensor data files. */
export const FLAT_TENSOR_IDENTIFIER = 'FT01';

/** One named entry of a `.ptd` file. */
export interface FlatTensorEntry {
  key: string;
  segmentIndex: number;
  layout: TensorLayout | null;
}

/** The decoded content of a `.ptd` file. */
export interface FlatTensorData {
  version: number;
  segments: { offset: bigint; size: bigint }[];
  namedData: FlatTensorEntry[];
}

function bad(message: string): never {
  throw new KindlingError(ErrorCode.InvalidExternalData, `malformed tensor data file: ${message}`);
}

/**
 * Decodes the `FlatTensor` flatbuffer of a `.ptd` (`fb`: the file from byte 0 to the end of the
 * flatbuffer region) into plain data, bounds-checked; the file-level checks are in
 * {@link FlatTensorFile.read}.
 */
export function decodeFlatTensor(fb: Uint8Array): FlatTensorData {
  return guardDecode('tensor data file', () => {
    // Field ids: the declaration order in schema/flat_tensor.fbs.
    const [f, ft] = openFlat(fb, 'tensor data file');
    return {
      version: int(f, ft, 0, 'u32'),
      segments: tables(f, ft, 1, (s) => ({ offset: long(f, s, 0, false), size: long(f, s, 1, false) })),
      namedData: tables(f, ft, 2, (n) => {
        const l = table(f, n, 2);
        return {
          key: str(f, n, 0) ?? '',
          segmentIndex: int(f, n, 1, 'u32'),
          layout:
            l === null
              ? null
              : {
                  scalarType: int(f, l, 0, 'i8') as CoreScalarType,
                  sizes: ints(f, l, 1, 'i32'),
                  dimOrder: ints(f, l, 2, 'u8'),
                },
        };
      }),
    };
  });
}

/**
 * A `.ptd` external tensor data file ("FlatTensor"): named tensors with their layouts, stored in
 * segments. Reading checks the header, the flatbuffer, every segment range and every layout.
 */
export class FlatTensorFile {
  readonly source: ByteSource;
  readonly header: FlatTensorHeader;
  readonly data: FlatTensorData;

  private constructor(source: ByteSource, header: FlatTensorHeader, data: FlatTensorData) {
    this.source = source;
    this.header = header;
    this.data = data;
  }

  /** Reads and validates a `.ptd`. Throws `KindlingError` (`InvalidExternalData`) when malformed. */
  static read(input: ByteSource | Uint8Array | ArrayBuffer): FlatTensorFile {
    const source = toByteSource(input);
    if (source.size < 56) bad(`a ${source.size}-byte file is too small`);
    const head = source.read(0, 56);
    const id = fileIdentifier(head);
    if (id !== FLAT_TENSOR_IDENTIFIER) {
      throw new KindlingError(
        ErrorCode.InvalidExternalData,
        `not a tensor data file (identifier "${id.replace(/[^\x20-\x7e]/g, '?')}", expected ${FLAT_TENSOR_IDENTIFIER})`,
      );
    }
    const header = parseFlatTensorHeader(head, source.size);
    const fb = source.read(0, header.flatbufferOffset + header.flatbufferSize);
    const data = decodeFlatTensor(fb);
    const available = BigInt(header.segmentDataSize);
    data.segments.forEach((s, i) => {
      if (s.offset + s.size > available)
        bad(`segment ${i} (${s.size} bytes at ${s.offset}) lies outside the segment data`);
    });
    const keys = new Set<string>();
    for (const entry of data.namedData) {
      if (keys.has(entry.key)) bad(`duplicate key "${entry.key}"`);
      keys.add(entry.key);
      const seg = data.segments[entry.segmentIndex];
      if (!seg) bad(`key "${entry.key}" refers to missing segment ${entry.segmentIndex}`);
      const l = entry.layout;
      if (l) {
        if (!isScalarType(l.scalarType)) bad(`key "${entry.key}" has unknown scalar type ${l.scalarType}`);
        if (l.sizes.length > MAX_RANK || l.sizes.some((s) => s < 0)) bad(`key "${entry.key}" has invalid sizes`);
        if (!isValidDimOrder(l.dimOrder, l.sizes.length)) bad(`key "${entry.key}" has an invalid dim order`);
        const nbytes = l.sizes.reduce((a, b) => a * b, 1) * elementSize(l.scalarType);
        if (BigInt(nbytes) > seg.size) bad(`key "${entry.key}" needs ${nbytes} bytes, its segment has ${seg.size}`);
      }
    }
    return new FlatTensorFile(source, header, data);
  }

  /** The bytes stored under `key`. */
  bytes(key: string): Uint8Array {
    const entry = this.data.namedData.find((n) => n.key === key);
    if (!entry) throw new KindlingError(ErrorCode.NotFound, `no tensor "${key}" in this data file`);
    const seg = this.data.segments[entry.segmentIndex] as { offset: bigint; size: bigint };
    return this.source.read(this.header.segmentBaseOffset + Number(seg.offset), Number(seg.size));
  }

  /** The file as a {@link NamedDataMap} (with layouts). */
  namedData(): NamedDataMap {
    const byKey = new Map(this.data.namedData.map((n) => [n.key, n]));
    return {
      keys: () => [...byKey.keys()],
      has: (key) => byKey.has(key),
      get: (key) => this.bytes(key),
      layout: (key) => byKey.get(key)?.layout ?? undefined,
    };
  }
}
