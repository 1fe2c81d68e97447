/**
 * A bounded protobuf wire-format reader: every length is checked against the bytes left, varints
 * are at most 10 bytes, nothing is allocated from a length read in the file.
 */
import { malformed } from './errors.js';

export const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

export class ProtoReader {
  private pos: number;
  private readonly end: number;

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
    private readonly path = '',
  ) {
    this.pos = start;
    this.end = end;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  get offset(): number {
    return this.pos;
  }

  /** A varint as a number (exact up to 2^53; larger values are rounded). */
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw malformed('truncated varint', { offset: this.pos, path: this.path });
      const b = this.bytes[this.pos++] as number;
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw malformed('varint longer than 10 bytes', { offset: this.pos, path: this.path });
  }

  /** Field number and wire type of the next field. */
  tag(): { field: number; wire: number } {
    const key = this.varint();
    const field = Math.floor(key / 8);
    if (field === 0) throw malformed('field number 0', { offset: this.pos, path: this.path });
    return { field, wire: key % 8 };
  }

  /** The [start, end) range of a length-delimited field. */
  lengthDelimited(): { start: number; end: number } {
    const length = this.varint();
    if (length > this.end - this.pos) {
      throw malformed('length-delimited field runs past its message', { offset: this.pos, length, path: this.path });
    }
    const start = this.pos;
    this.pos += length;
    return { start, end: this.pos };
  }

  bytesField(): Uint8Array {
    const { start, end } = this.lengthDelimited();
    return this.bytes.subarray(start, end);
  }

  stringField(): string {
    return new TextDecoder('utf-8').decode(this.bytesField());
  }

  message(path: string): ProtoReader {
    const { start, end } = this.lengthDelimited();
    return new ProtoReader(this.bytes, start, end, path);
  }

  float32(): number {
    if (this.end - this.pos < 4) throw malformed('truncated float', { offset: this.pos, path: this.path });
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 4);
    this.pos += 4;
    return view.getFloat32(0, true);
  }

  /** Skips a field of wire type `wire`. */
  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.advance(8);
        return;
      case WIRE_BYTES:
        this.lengthDelimited();
        return;
      case WIRE_FIXED32:
        this.advance(4);
        return;
      default:
        throw malformed(`unsupported wire type ${wire}`, { offset: this.pos, path: this.path });
    }
  }

  private advance(n: number): void {
    if (this.end - this.pos < n) throw malformed('truncated field', { offset: this.pos, path: this.path });
    this.pos += n;
  }
}
