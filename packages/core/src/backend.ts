import type { EValue } from './evalue.js';
import type { ScalarType } from './scalar-type.js';

/** A compile spec of a delegate, as stored in the program: a key and opaque bytes. */
export interface CompileSpec {
  readonly key: string;
  readonly value: Uint8Array;
}

/** Layout of a tensor stored in a named data map (`.ptd` files carry one per key). */
export interface TensorLayout {
  readonly scalarType: ScalarType;
  readonly sizes: readonly number[];
  readonly dimOrder: readonly number[];
}

/**
 * Read-only access to named blobs: a program's `named_data` (weights that backends own, keyed by
 * SHA-256 for XNNPACK) merged with any external `.ptd` files given at load time.
 */
export interface NamedDataMap {
  /** Every key. */
  keys(): readonly string[];
  /** True when `key` exists. */
  has(key: string): boolean;
  /** The bytes of `key` (a view, not a copy). Throws a `KindlingError` (`NotFound`) for an unknown key. */
  get(key: string): Uint8Array;
  /** The tensor layout of `key`, when the map stores one (`.ptd` files do; in-program named data does not). */
  layout(key: string): TensorLayout | undefined;
}

/** An optional profiler; see the runtime's event tracer. */
export interface EventTracer {
  /** Start timing an event; returns a token for {@link EventTracer.end}. */
  begin(name: string, kind: 'instruction' | 'delegate' | 'method' | 'init', detail?: Record<string, unknown>): number;
  /** End the event started with `token`. */
  end(token: number): void;
}

/** What a backend receives when a delegate of a method is initialised. */
export interface BackendInitContext {
  /** The method being loaded. */
  readonly methodName: string;
  /** The delegate's index in the method's delegate table. */
  readonly delegateIndex: number;
  /** Named data: program `named_data` merged with external `.ptd` files. */
  readonly namedData: NamedDataMap;
  /** Load-time options the application gave for this backend (see {@link BackendOptionsMap}). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly eventTracer?: EventTracer;
}

/** What a backend receives when a delegate call executes. */
export interface BackendExecutionContext {
  readonly methodName: string;
  readonly eventTracer?: EventTracer;
}

/** A backend's own state for one delegate; opaque to the runtime. */
export type DelegateHandle = unknown;

/**
 * The runtime interface every backend (delegate) implements, version 1. Semantics follow ExecuTorch's
 * `BackendInterface`: the runtime matches a delegate's id in the program to a backend's
 * {@link Backend.id} exactly (case-sensitive), calls {@link Backend.init} once per delegate when a
 * method loads, {@link Backend.execute} for each `DelegateCall`, and {@link Backend.destroy} when the
 * method is disposed.
 *
 * A backend is a value passed to `Module.load({ backends: [...] })`; nothing registers itself.
 */
export interface Backend {
  /** The interface version this backend implements. */
  readonly specificationVersion: 'v1';
  /** The delegate id this backend executes, exactly as written in programs (e.g. `XnnpackBackend`). */
  readonly id: string;
  /** A short human-readable name for messages (e.g. `xnnpack`). */
  readonly name?: string;
  /** Whether the backend can run here (e.g. WebGPU present). Unavailable backends are skipped. */
  isAvailable(): boolean | Promise<boolean>;
  /**
   * Prepare one delegate: parse and validate `processed` (the payload the AOT `preprocess` wrote),
   * pack weights, compile. Throw a `KindlingError` for a bad or unsupported payload.
   */
  init(
    context: BackendInitContext,
    processed: Uint8Array,
    compileSpecs: readonly CompileSpec[],
  ): DelegateHandle | Promise<DelegateHandle>;
  /**
   * Run one delegate call. `args` are the call's values, inputs then outputs as the program lists
   * them; outputs are tensors to write in place (resize them if their shapes are dynamic).
   */
  execute(context: BackendExecutionContext, handle: DelegateHandle, args: EValue[]): void | Promise<void>;
  /** Release what {@link Backend.init} allocated. */
  destroy?(handle: DelegateHandle): void;
}

/**
 * Typed per-backend load options, filled by backend packages through declaration merging:
 *
 * ```ts
 * declare module '@kindling/core' {
 *   interface BackendOptionsMap { XnnpackBackend: { threads?: number } }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging in backend packages.
export interface BackendOptionsMap {}

/** Options per backend id, typed where a backend package declared them. */
export type BackendOptions = { [K in keyof BackendOptionsMap]?: BackendOptionsMap[K] } & {
  [id: string]: Readonly<Record<string, unknown>> | undefined;
};
