import { ErrorCode, KindlingError } from '@kindling/core';
import { ByteBuffer } from 'flatbuffers';

/**
 * Decode steps allowed per byte of input. A step is one table field, one vector element or four
 * characters of a string; decoding costs about 11 bytes of heap per step, so a hostile file whose
 * tables share sub-tables (one plan referenced a million times) cannot hold more than ~50 bytes of
 * decoded heap per input byte. Programs written by ExecuTorch and Kindling use about 0.3 steps per
 * byte (the largest in the conformance zoo: 0.30), so this leaves a margin of more than 10x.
 */
const DECODE_STEPS_PER_BYTE = 4;
/** Decode steps allowed on top of {@link DECODE_STEPS_PER_BYTE}, for tiny inputs. */
const DECODE_STEPS_BASE = 65_536;

/**
 * A FlatBuffers `ByteBuffer` that refuses every read outside its bytes and charges a work budget for
 * every table field and vector element decoded. Generated accessors read through it, so a corrupted
 * or hostile file ends in a `KindlingError` (`InvalidProgram`) instead of silently reading zeros,
 * and shared sub-tables cannot make decoding cost (in time or heap) more than a fixed multiple of
 * the file size.
 */
export class CheckedByteBuffer extends ByteBuffer {
  readonly #size: number;
  readonly #what: string;
  #budget: number;

  /**
   * @param bytes the flatbuffer bytes
   * @param what what is being read, for messages (`program`, `XNNPACK payload`, ...)
   * @param budget decode steps allowed; defaults to a multiple of the size
   */
  constructor(bytes: Uint8Array, what: string, budget?: number) {
    super(bytes);
    this.#size = bytes.byteLength;
    this.#what = what;
    this.#budget = budget ?? DECODE_STEPS_PER_BYTE * bytes.byteLength + DECODE_STEPS_BASE;
  }

  fail(message: string, offset?: number): never {
    throw new KindlingError(ErrorCode.InvalidProgram, `malformed ${this.#what}: ${message}`, {
      ...(offset === undefined ? {} : { context: { offset } }),
    });
  }

  /** Throws unless `[offset, offset + length)` lies inside the buffer. */
  ensure(offset: number, length: number): void {
    if (!(offset >= 0 && length >= 0 && offset + length <= this.#size)) {
      this.fail(`read of ${length} bytes at offset ${offset} is outside the ${this.#size}-byte buffer`, offset);
    }
  }

  /** Spend `steps` units of the decode budget. */
  charge(steps: number): void {
    this.#budget -= steps;
    if (this.#budget < 0) this.fail('its structure is larger than its size can justify (shared or cyclic tables)');
  }

  override readInt8(offset: number): number {
    this.ensure(offset, 1);
    return super.readInt8(offset);
  }
  override readUint8(offset: number): number {
    this.ensure(offset, 1);
    return super.readUint8(offset);
  }
  override readInt16(offset: number): number {
    this.ensure(offset, 2);
    return super.readInt16(offset);
  }
  override readUint16(offset: number): number {
    this.ensure(offset, 2);
    return super.readUint16(offset);
  }
  override readInt32(offset: number): number {
    this.ensure(offset, 4);
    return super.readInt32(offset);
  }
  override readUint32(offset: number): number {
    this.ensure(offset, 4);
    return super.readUint32(offset);
  }
  override readInt64(offset: number): bigint {
    this.ensure(offset, 8);
    return super.readInt64(offset);
  }
  override readUint64(offset: number): bigint {
    this.ensure(offset, 8);
    return super.readUint64(offset);
  }
  override readFloat32(offset: number): number {
    this.ensure(offset, 4);
    return super.readFloat32(offset);
  }
  override readFloat64(offset: number): number {
    this.ensure(offset, 8);
    return super.readFloat64(offset);
  }

  override __offset(bbPos: number, vtableOffset: number): number {
    this.charge(1);
    const vtable = bbPos - this.readInt32(bbPos);
    const vtableSize = this.readInt16(vtable);
    if (vtableSize < 4 || vtableSize % 2 !== 0) this.fail(`invalid vtable size ${vtableSize}`, vtable);
    const field = vtableOffset < vtableSize ? this.readInt16(vtable + vtableOffset) : 0;
    if (field < 0) this.fail(`negative field offset ${field}`, vtable + vtableOffset);
    return field;
  }

  /**
   * Length of the vector referenced at `offset`, refused unless it is non-negative and its elements
   * (at least one byte each) fit between the vector's start and the end of the buffer. Generated
   * `...Length()` and `...Array()` accessors read their length through here, so a corrupted length
   * never reaches an allocation.
   */
  override __vector_len(offset: number): number {
    const start = this.__vector(offset);
    const length = this.readInt32(start - 4);
    if (length < 0 || start + length > this.#size) {
      this.fail(
        `vector at offset ${start} claims ${length >>> 0} elements but only ${Math.max(0, this.#size - start)} bytes follow it`,
        start - 4,
      );
    }
    return length;
  }

  /** Start of the vector referenced at `offset`, refused unless it lies inside the buffer. */
  override __vector(offset: number): number {
    const start = offset + this.readUint32(offset) + 4;
    if (start > this.#size) this.fail(`vector reference at offset ${offset} points outside the buffer`, offset);
    return start;
  }

  override __string(offset: number, encoding?: number): string | Uint8Array {
    const start = offset + this.readInt32(offset);
    const length = this.readUint32(start);
    this.ensure(start + 4, length);
    // A decoded string holds about one byte of heap per character: charge a step per 4.
    this.charge(1 + (length >> 2));
    return super.__string(offset, encoding as never);
  }

  /**
   * Start and length of the vector referenced at `offset`, checked to lie inside the buffer for
   * elements of `elementSize` bytes, and charged to the budget.
   */
  vector(offset: number, elementSize: number): { start: number; length: number } {
    const start = this.__vector(offset);
    const length = this.readUint32(start - 4);
    this.ensure(start, length * elementSize);
    this.charge(1 + length);
    return { start, length };
  }

  /** A view (no copy) of `length` bytes at `start`, bounds-checked. */
  view(start: number, length: number): Uint8Array {
    this.ensure(start, length);
    return this.bytes().subarray(start, start + length);
  }
}
