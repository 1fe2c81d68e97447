import type { Availability } from '@kindling/core';

/** Core ML compute units, as ExecuTorch's `compute_units` compile spec names them. */
export type CoreMLComputeUnits = 'all' | 'cpu_only' | 'cpu_and_gpu' | 'cpu_and_ne';

/** Element types that cross the host boundary (Core ML's `MLMultiArray` data types). */
export type CoreMLArrayType = 'float32' | 'float16' | 'int32';

/** A tensor handed to or returned by a host: row-major, fp16 values as raw `Uint16Array` bits. */
export interface CoreMLHostTensor {
  readonly name: string;
  readonly dtype: CoreMLArrayType;
  readonly shape: readonly number[];
  readonly data: Float32Array | Uint16Array | Int32Array;
}

/** What a host compiles: the unflattened ExecuTorch payload directory. */
export interface CoreMLHostModel {
  /** ExecuTorch's identifier of the model (`executorch_<uuid>`): a compile cache key on device. */
  readonly identifier: string;
  /** Every file of the directory by relative path (`model.mlpackage/Manifest.json`, ...). */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The `.mlpackage` directory among them (`model.mlpackage`). */
  readonly packagePath: string;
}

/** How a compiled model is loaded (Core ML's `MLModelConfiguration`). */
export interface CoreMLLoadOptions {
  readonly computeUnits: CoreMLComputeUnits;
  /** The ML Program function to call (`main`, or a method's function of a multifunction package). */
  readonly functionName: string;
}

/**
 * The bridge to Core ML that an application's native side implements on Apple platforms (a
 * Node-API addon on macOS, a React Native module, a WebView bridge): the backend reads and checks
 * the payload, then hands the package to the host. Handles are the host's own values.
 *
 * The semantics follow ExecuTorch's Core ML delegate: write the package's files to a directory,
 * `MLModel.compileModel(at:)` (cache by identifier), load with an `MLModelConfiguration` of the
 * compute units (and `functionName` for multifunction packages, iOS 18 / macOS 15), predict with
 * `MLMultiArray` features named as the model's description names them.
 *
 * `referenceHost()` implements it with the TypeScript reference interpreter, on any platform.
 */
export interface CoreMLHost {
  /** A short name for messages (`reference`, `coreml-node`). */
  readonly name: string;
  /** Whether this host can run models here, and why not. */
  isAvailable(): Availability | Promise<Availability>;
  /** Compiles the package (Core ML: `.mlpackage` to `.mlmodelc`); returns a handle for {@link load}. */
  compile(model: CoreMLHostModel): unknown | Promise<unknown>;
  /** Loads a compiled model; returns a handle for {@link predict}. */
  load(compiled: unknown, options: CoreMLLoadOptions): unknown | Promise<unknown>;
  /** Runs the loaded model on named inputs; resolves with the outputs by name (any order). */
  predict(
    loaded: unknown,
    inputs: readonly CoreMLHostTensor[],
  ): readonly CoreMLHostTensor[] | Promise<readonly CoreMLHostTensor[]>;
  /** Releases a handle {@link compile} or {@link load} returned. */
  release(handle: unknown): void;
}
