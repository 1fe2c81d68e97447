import type { TensorLayout } from '@kindling/core';
import { Builder } from 'flatbuffers';
import { offsetVector } from './builder-util.js';
import { FLAT_TENSOR_IDENTIFIER } from './flat-tensor.js';
import { DataSegment } from './generated/flat-tensor-flatbuffer/data-segment.js';
import { FlatTensor } from './generated/flat-tensor-flatbuffer/flat-tensor.js';
import { NamedData } from './generated/flat-tensor-flatbuffer/named-data.js';
import { TensorLayout as TensorLayoutTable } from './generated/flat-tensor-flatbuffer/tensor-layout.js';
import { alignUp, FLAT_TENSOR_HEADER_LENGTH, serializeFlatTensorHeader } from './headers.js';

/** One tensor to store in a `.ptd` file. */
export interface FlatTensorInput {
  key: string;
  layout: TensorLayout;
  bytes: Uint8Array;
}

/**
 * Writes a `.ptd` file: the flatbuffer, the 40-byte `FH01` header spliced in at byte 8 (padded to
 * 48), then one segment per tensor, each aligned to `segmentAlignment` (default 128).
 */
export function writeFlatTensor(tensors: readonly FlatTensorInput[], segmentAlignment = 128): Uint8Array {
  const offsets: number[] = [];
  let end = 0;
  for (const t of tensors) {
    const offset = alignUp(end, segmentAlignment);
    offsets.push(offset);
    end = offset + t.bytes.byteLength;
  }
  const b = new Builder(256);
  const named = offsetVector(
    b,
    tensors.map((t, i) => {
      const key = b.createString(t.key);
      const layout = TensorLayoutTable.createTensorLayout(
        b,
        t.layout.scalarType as number,
        TensorLayoutTable.createSizesVector(b, [...t.layout.sizes]),
        TensorLayoutTable.createDimOrderVector(b, [...t.layout.dimOrder]),
      );
      NamedData.startNamedData(b);
      NamedData.addKey(b, key);
      NamedData.addSegmentIndex(b, i);
      NamedData.addTensorLayout(b, layout);
      return NamedData.endNamedData(b);
    }),
  );
  const segments = offsetVector(
    b,
    tensors.map((t, i) => DataSegment.createDataSegment(b, BigInt(offsets[i] as number), BigInt(t.bytes.byteLength))),
  );
  b.finish(FlatTensor.createFlatTensor(b, 0, segments, named), FLAT_TENSOR_IDENTIFIER);
  const fb = b.asUint8Array();
  const padded = alignUp(8 + FLAT_TENSOR_HEADER_LENGTH, 16);
  const fbRegion = padded + fb.byteLength - 8;
  const base = alignUp(fbRegion, segmentAlignment);
  const out = new Uint8Array(base + end);
  out.set(fb.subarray(0, 8), 0);
  out.set(
    serializeFlatTensorHeader({
      flatbufferOffset: padded,
      flatbufferSize: fb.byteLength,
      segmentBaseOffset: base,
      segmentDataSize: end,
    }),
    8,
  );
  out.set(fb.subarray(8), padded);
  const view = new DataView(out.buffer);
  view.setUint32(0, view.getUint32(0, true) + padded - 8, true);
  tensors.forEach((t, i) => {
    out.set(t.bytes, base + (offsets[i] as number));
  });
  return out;
}
