const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Text of UTF-8 `bytes`; invalid sequences become U+FFFD (as Rust's `from_utf8_lossy`). */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Concatenation of byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Latin-1 string whose code units are `bytes` (a compact map key for byte strings). */
export function bytesToKey(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let key = '';
  for (let i = start; i < end; i++) key += String.fromCharCode(bytes[i] as number);
  return key;
}
