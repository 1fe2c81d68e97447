import type { Builder, Offset } from 'flatbuffers';

interface BuilderInternals {
  bb: { setPosition(p: number): void; bytes(): Uint8Array };
  space: number;
}

/**
 * Adds a byte vector with the given alignment, copying `bytes` in one step. (The generated
 * `create...Vector` helpers copy byte by byte and ignore the schema's `force_align`.)
 */
export function alignedByteVector(builder: Builder, bytes: Uint8Array, alignment = 1): Offset {
  builder.startVector(1, bytes.byteLength, alignment);
  const b = builder as unknown as BuilderInternals;
  b.space -= bytes.byteLength;
  b.bb.setPosition(b.space);
  b.bb.bytes().set(bytes, b.space);
  return builder.endVector();
}

/** Adds a string, or returns 0 (absent) for `null`. */
export function optionalString(builder: Builder, value: string | null): Offset {
  return value === null ? 0 : builder.createString(value);
}

/** Adds a vector of tables from already-built offsets. */
export function offsetVector(builder: Builder, offsets: readonly Offset[]): Offset {
  builder.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) builder.addOffset(offsets[i] as Offset);
  return builder.endVector();
}
