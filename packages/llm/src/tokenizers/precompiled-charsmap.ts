/**
 * SentencePiece's precompiled character map (also HuggingFace's `Precompiled` normalizer): a
 * little-endian u32 trie size, a Darts double-array trie of UTF-8 prefixes, then the
 * NUL-terminated replacement strings its values point at.
 */
import { malformed } from './errors.js';
import { concatBytes, utf8Decode, utf8Encode } from './utf8.js';

export class PrecompiledCharsmap {
  private readonly units: Uint32Array;
  private readonly strings: Uint8Array;

  constructor(blob: Uint8Array) {
    if (blob.length < 4) throw malformed('precompiled charsmap is shorter than its header', { length: blob.length });
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const trieSize = view.getUint32(0, true);
    if (trieSize % 4 !== 0 || trieSize === 0 || 4 + trieSize > blob.length) {
      throw malformed('precompiled charsmap has a bad trie size', { trieSize, length: blob.length });
    }
    this.units = new Uint32Array(trieSize / 4);
    for (let i = 0; i < this.units.length; i++) this.units[i] = view.getUint32(4 + 4 * i, true);
    this.strings = blob.subarray(4 + trieSize);
  }

  /** Longest prefix of `bytes[start..]` in the map: its length and replacement, or undefined. */
  private longestMatch(bytes: Uint8Array, start: number): { length: number; value: number } | undefined {
    const units = this.units;
    const offsetOf = (unit: number): number => (unit >>> 10) << ((unit & (1 << 9)) >>> 6);
    let pos = offsetOf(units[0] as number);
    let best: { length: number; value: number } | undefined;
    for (let i = start; i < bytes.length; i++) {
      const c = bytes[i] as number;
      if (c === 0) break;
      pos ^= c;
      if (pos >= units.length) break;
      const unit = units[pos] as number;
      if ((unit & ((1 << 31) | 0xff)) !== c) break;
      pos ^= offsetOf(unit);
      if (pos >= units.length) break;
      if ((unit >>> 8) & 1) best = { length: i + 1 - start, value: (units[pos] as number) & 0x7fffffff };
    }
    return best;
  }

  /**
   * Normalises `bytes` from `start`: the replacement of the longest prefix in the map, or one
   * UTF-8 character unchanged (an invalid byte becomes U+FFFD). Returns what it produced and
   * how many input bytes it consumed.
   */
  normalizePrefix(bytes: Uint8Array, start: number): { out: Uint8Array; consumed: number } {
    const match = this.units.length > 0 ? this.longestMatch(bytes, start) : undefined;
    if (match) {
      let end = match.value;
      if (end >= this.strings.length) throw malformed('precompiled charsmap value is out of range', { value: end });
      while (end < this.strings.length && this.strings[end] !== 0) end++;
      return { out: this.strings.subarray(match.value, end), consumed: match.length };
    }
    const length = utf8CharLength(bytes, start);
    if (length === 0) return { out: REPLACEMENT, consumed: 1 };
    return { out: bytes.subarray(start, start + length), consumed: length };
  }

  /** Normalises a whole string. */
  normalize(text: string): string {
    const bytes = utf8Encode(text);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; ) {
      const { out, consumed } = this.normalizePrefix(bytes, i);
      parts.push(out);
      i += consumed;
    }
    return utf8Decode(concatBytes(parts));
  }
}

const REPLACEMENT = new Uint8Array([0xef, 0xbf, 0xbd]);

/** Length of the valid UTF-8 character at `start`, or 0 when the bytes there are not one. */
export function utf8CharLength(bytes: Uint8Array, start: number): number {
  const b = bytes[start] as number;
  let length: number;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b < 0xe0) length = 2;
  else if (b >= 0xe0 && b < 0xf0) length = 3;
  else if (b >= 0xf0 && b < 0xf5) length = 4;
  else return 0;
  if (start + length > bytes.length) return 0;
  for (let i = 1; i < length; i++) if (((bytes[start + i] as number) & 0xc0) !== 0x80) return 0;
  const b1 = bytes[start + 1] as number;
  if (b === 0xe0 && b1 < 0xa0) return 0;
  if (b === 0xed && b1 >= 0xa0) return 0;
  if (b === 0xf0 && b1 < 0x90) return 0;
  if (b === 0xf4 && b1 >= 0x90) return 0;
  return length;
}
