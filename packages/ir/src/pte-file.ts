import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { type ByteSource, toByteSource } from './byte-source.js';
import { fileIdentifier, type ProgramHeader, parseProgramHeader } from './headers.js';
import type { BackendDelegateData, ExecutionPlanData, ProgramData, TensorData } from './program-data.js';
import { DataLocation } from './program-data.js';
import { decodeProgram } from './program-decoder.js';
import { tensorByteSize, validateProgram } from './validate-program.js';

/** The file identifier of program files this library reads and writes. */
export const PROGRAM_IDENTIFIER = 'ET12';

/** Options for {@link PteFile.read}. */
export interface ReadProgramOptions {
  /** Largest flatbuffer region accepted, in bytes (default 512 MiB). Segments are not limited. */
  maxProgramSize?: number;
}

function describeIdentifier(id: string): string {
  if (id === 'BP08') return 'a bundled program (.bpte); read it with readBundledProgram()';
  if (id === 'FT01') return 'a tensor data file (.ptd); pass it as a data file instead';
  if (/^ET\d\d$/.test(id))
    return `program format ${id}, which this version does not support (it reads ${PROGRAM_IDENTIFIER})`;
  return 'not an ExecuTorch program';
}

/**
 * A `.pte` program file: its extended header, its decoded and validated flatbuffer, and lazy access
 * to its segments. Reading touches only the header and the flatbuffer region; segment bytes are read
 * when asked for (views, not copies, when the source is bytes in memory).
 */
export class PteFile {
  /** Where the bytes come from. */
  readonly source: ByteSource;
  /** The `eh00` header, or `null` when the file has none. */
  readonly header: ProgramHeader | null;
  /** The decoded program. */
  readonly program: ProgramData;
  /** Verified byte size of each segment. */
  readonly segmentSizes: readonly number[];

  private constructor(source: ByteSource, header: ProgramHeader | null, program: ProgramData, segmentSizes: number[]) {
    this.source = source;
    this.header = header;
    this.program = program;
    this.segmentSizes = segmentSizes;
  }

  /** Reads and validates a program. Throws a `KindlingError` for anything malformed. */
  static read(input: ByteSource | Uint8Array | ArrayBuffer, options: ReadProgramOptions = {}): PteFile {
    const source = toByteSource(input);
    const size = source.size;
    if (size < 8) throw new KindlingError(ErrorCode.InvalidProgram, `a ${size}-byte file is too small to be a program`);
    const head = source.read(0, Math.min(64, size));
    const id = fileIdentifier(head);
    if (id !== PROGRAM_IDENTIFIER) {
      const code = /^ET\d\d$/.test(id) ? ErrorCode.NotSupported : ErrorCode.InvalidProgram;
      throw new KindlingError(
        code,
        `${describeIdentifier(id)} (file identifier "${id.replace(/[^\x20-\x7e]/g, '?')}")`,
      );
    }
    const header = parseProgramHeader(head, size);
    const programSize = header ? header.programSize : size;
    const max = options.maxProgramSize ?? 512 * 1024 * 1024;
    if (programSize > max) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `the program flatbuffer (${programSize} bytes) exceeds the limit of ${max}`,
      );
    }
    const program = decodeProgram(source.read(0, programSize));

    // Segments: relative to the base offset; only possible with a header, except empty ones.
    const base = header?.segmentBaseOffset ?? 0;
    const available = header && base > 0 ? size - base : 0;
    const segmentSizes = program.segments.map((s, i) => {
      const end = s.offset + s.size;
      if (s.size === 0n) return 0;
      if (!header || base === 0 || end > BigInt(available)) {
        throw new KindlingError(
          ErrorCode.InvalidProgram,
          `segment ${i} (${s.size} bytes at ${s.offset}) lies outside the file's segment data`,
          { context: { path: `segments[${i}]` } },
        );
      }
      return Number(s.size);
    });
    validateProgram(program, { sizes: segmentSizes });
    return new PteFile(source, header, program, segmentSizes);
  }

  /** Total file size. */
  get size(): number {
    return this.source.size;
  }

  /** Names of all methods, in file order. */
  get methodNames(): string[] {
    return this.program.executionPlan.map((p) => p.name);
  }

  /** The execution plan of method `name`. Throws `NotFound` naming the methods that exist. */
  plan(name: string): ExecutionPlanData {
    const plan = this.program.executionPlan.find((p) => p.name === name);
    if (!plan) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `no method "${name}" in this program (methods: ${this.methodNames.join(', ') || 'none'})`,
        { context: { method: name } },
      );
    }
    return plan;
  }

  /** The bytes of segment `index`. */
  segmentBytes(index: number): Uint8Array {
    const seg = this.program.segments[index];
    const size = this.segmentSizes[index];
    if (!seg || size === undefined) {
      throw new KindlingError(ErrorCode.InvalidArgument, `segment ${index} does not exist`);
    }
    if (size === 0) return new Uint8Array(0);
    return this.source.read((this.header?.segmentBaseOffset ?? 0) + Number(seg.offset), size);
  }

  /** The bytes of a constant tensor (constant segment or deprecated constant buffer). */
  constantBytes(tensor: TensorData): Uint8Array {
    const nbytes = tensorByteSize(tensor, 'tensor');
    const cs = this.program.constantSegment;
    if (cs && cs.offsets.length > 1) {
      const start = Number(cs.offsets[tensor.dataBufferIdx]);
      return this.segmentBytes(cs.segmentIndex).subarray(start, start + nbytes);
    }
    const buffer = this.program.constantBuffer[tensor.dataBufferIdx];
    if (!buffer)
      throw new KindlingError(ErrorCode.InvalidProgram, `constant buffer ${tensor.dataBufferIdx} does not exist`);
    return buffer.subarray(0, nbytes);
  }

  /** The initial bytes of a mutable planned tensor (`data_buffer_idx > 0` with an allocation). */
  mutableInitialBytes(tensor: TensorData): Uint8Array {
    const nbytes = tensorByteSize(tensor, 'tensor');
    const m = this.program.mutableDataSegments[0];
    if (!m) throw new KindlingError(ErrorCode.InvalidProgram, 'the program has no mutable data segment');
    const start = Number(m.offsets[tensor.dataBufferIdx]);
    return this.segmentBytes(m.segmentIndex).subarray(start, start + nbytes);
  }

  /** Where a delegate's payload is stored and how large it is. */
  delegatePayloadInfo(delegate: BackendDelegateData): { location: 'inline' | 'segment'; index: number; size: number } {
    const p = delegate.processed;
    if (!p) throw new KindlingError(ErrorCode.InvalidProgram, `delegate ${delegate.id} has no payload`);
    if (p.location === DataLocation.INLINE) {
      return { location: 'inline', index: p.index, size: this.program.backendDelegateData[p.index]?.byteLength ?? 0 };
    }
    return { location: 'segment', index: p.index, size: this.segmentSizes[p.index] ?? 0 };
  }

  /** A delegate's payload bytes. */
  delegatePayload(delegate: BackendDelegateData): Uint8Array {
    const info = this.delegatePayloadInfo(delegate);
    if (info.location === 'inline') return this.program.backendDelegateData[info.index] ?? new Uint8Array(0);
    return this.segmentBytes(info.index);
  }

  /** The program's `named_data` as a map from key to segment bytes. */
  namedData(): NamedDataMap {
    const entries = new Map(this.program.namedData.map((n) => [n.key, n.segmentIndex]));
    return {
      keys: () => [...entries.keys()],
      has: (key) => entries.has(key),
      get: (key) => {
        const index = entries.get(key);
        if (index === undefined) {
          throw new KindlingError(ErrorCode.NotFound, `no named data "${key}" in this program`);
        }
        return this.segmentBytes(index);
      },
      layout: () => undefined,
    };
  }
}
