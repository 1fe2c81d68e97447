import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { type ByteSource, type ExecutionPlanData, PteFile } from '@kindling/ir';
import { asKindlingError } from './errors.js';
import { Method, type MethodLoadOptions } from './method.js';
import { type MethodMeta, methodMetaOf } from './method-meta.js';
import { EMPTY_NAMED_DATA, mergeNamedData } from './named-data.js';

function isNamedDataMap(value: unknown): value is NamedDataMap {
  const v = value as Partial<NamedDataMap> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.keys === 'function' &&
    typeof v.get === 'function' &&
    typeof v.has === 'function'
  );
}

/** Options for {@link Program.load}. */
export interface ProgramLoadOptions {
  /**
   * External tensor data holding the program's EXTERNAL constants, as named data maps: read a
   * `.ptd` file with `readDataFile(bytes)` or `await loadDataFile(source)`. Their keys are merged
   * with the program's own `named_data`; a key present twice is refused (`InvalidArgument`).
   */
  dataFiles?: readonly NamedDataMap[];
  /** Largest program flatbuffer accepted, in bytes (default 512 MiB). */
  maxProgramSize?: number;
}

/**
 * A loaded program (`.pte`): its validated contents, its segments and the named data it can reach
 * (its own `named_data` merged with external `.ptd` files). Methods are loaded from it with
 * {@link Program.loadMethod}; one program can back several methods at once.
 */
export class Program {
  /** The program file. */
  readonly file: PteFile;
  /** Named data: the program's `named_data` merged with every external data file. */
  readonly namedData: NamedDataMap;
  /** Number of external data files given at load. */
  readonly dataFileCount: number;
  /** Metadata already built, by method name. */
  readonly #metas = new Map<string, MethodMeta>();

  private constructor(file: PteFile, namedData: NamedDataMap, dataFileCount: number) {
    this.file = file;
    this.namedData = namedData;
    this.dataFileCount = dataFileCount;
  }

  /**
   * Reads and validates a program. Every index, offset and size is checked before use; a malformed
   * file is refused with a `KindlingError` (`InvalidProgram`, or `NotSupported` for another format
   * version). External data files are read and merged here.
   */
  static load(bytes: Uint8Array | ArrayBuffer | ByteSource, options: ProgramLoadOptions = {}): Program {
    let file: PteFile;
    try {
      file = PteFile.read(
        bytes,
        options.maxProgramSize === undefined ? {} : { maxProgramSize: options.maxProgramSize },
      );
    } catch (e) {
      throw asKindlingError(e, ErrorCode.InvalidProgram);
    }
    const dataFiles = options.dataFiles ?? [];
    if (!Array.isArray(dataFiles)) throw new KindlingError(ErrorCode.InvalidArgument, '`dataFiles` must be an array');
    const maps: NamedDataMap[] = [];
    const names: string[] = [];
    if (file.program.namedData.length > 0) {
      maps.push(file.namedData());
      names.push('the program');
    }
    dataFiles.forEach((f, i) => {
      if (!isNamedDataMap(f)) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          f instanceof Uint8Array || f instanceof ArrayBuffer
            ? `dataFiles[${i}] is bytes; read a .ptd file with readDataFile(bytes) or await loadDataFile(source) (from @kindling/runtime) and pass the result`
            : `dataFiles[${i}] is not a named data map (read a .ptd file with readDataFile or loadDataFile)`,
          { context: { path: `dataFiles[${i}]` } },
        );
      }
      maps.push(f);
      names.push(`data file ${i}`);
    });
    const namedData =
      maps.length === 0
        ? EMPTY_NAMED_DATA
        : maps.length === 1
          ? (maps[0] as NamedDataMap)
          : mergeNamedData(maps, names);
    return new Program(file, namedData, dataFiles.length);
  }

  /** Names of all methods, in file order. */
  get methodNames(): string[] {
    return this.file.methodNames;
  }

  /** The execution plan of `name`; `NotFound` (naming the methods that exist) when absent. */
  plan(name: string): ExecutionPlanData {
    return this.file.plan(name);
  }

  /** Metadata of method `name`, without loading it (built once per method; it is frozen). */
  methodMeta(name: string): MethodMeta {
    let meta = this.#metas.get(name);
    if (meta === undefined) {
      meta = methodMetaOf(this.plan(name));
      this.#metas.set(name, meta);
    }
    return meta;
  }

  /**
   * Loads method `name`: allocates its planned memory, binds its tensors, resolves its kernels and
   * initialises its delegates. Missing kernels or backends fail here, naming what is missing.
   */
  loadMethod(name: string, options: MethodLoadOptions = {}): Promise<Method> {
    return Method.load(this, name, options);
  }
}
