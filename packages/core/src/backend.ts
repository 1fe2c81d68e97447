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
 * A quantization scheme a backend executes, named after how the program was quantized:
 *
 * - `'int8-static'`: int8 activations and weights with scales fixed at export (PT2E calibration);
 * - `'int8-dynamic'`: int8 activations quantized at run time per row, int8 weights per channel;
 * - `'int4-weight-blockwise'`: int8 dynamic activations with int4 weights in groups along the
 *   reduction dimension ("8da4w");
 * - `'int4-weight-per-channel'`: the same with one int4 scale per output channel.
 *
 * Other strings are allowed for schemes of a vendor's own.
 */
export type QuantizationScheme =
  | 'int8-static'
  | 'int8-dynamic'
  | 'int4-weight-blockwise'
  | 'int4-weight-per-channel'
  | (string & {});

/**
 * What a backend declares it can execute. The backend test suite (`@kindling/backend-test-suite`)
 * chooses its cases from this declaration alone: a case runs when everything it needs is declared.
 */
export interface BackendCapabilities {
  /**
   * Operators, by the graph IR's namespaced names with overload (`aten.convolution.default`,
   * `aten.add.Tensor`): the operators of a model the backend can execute once they are delegated.
   */
  readonly operators: readonly string[];
  /** Element types of the tensors a delegate call receives and returns, as dtype names (`float32`, `int8`). */
  readonly dtypes: readonly string[];
  /** Quantization schemes the backend executes (none when absent). */
  readonly quantization?: readonly QuantizationScheme[];
  /** True when delegates accept tensors whose shapes change between calls (within their bounds). */
  readonly dynamicShapes?: boolean;
  /**
   * True when the backend can run one delegate on several threads; its factory then takes a
   * `threads` option (the backend test suite runs its cases again on two threads).
   */
  readonly threads?: boolean;
}

/** Whether a backend can run here; when it cannot, why (a missing GPU adapter, no native host, ...). */
export type Availability = { readonly available: true } | { readonly available: false; readonly reason: string };

/**
 * The runtime interface every backend (delegate) implements, version 1. Semantics follow ExecuTorch's
 * `BackendInterface`: the runtime matches a delegate's id in the program to a backend's
 * {@link BackendV1.id} exactly (case-sensitive), calls {@link BackendV1.init} once per delegate when a
 * method loads, {@link BackendV1.execute} for each `DelegateCall`, and {@link BackendV1.destroy} when
 * the method is disposed.
 *
 * A backend is a value passed to `Module.load({ backends: [...] })`; nothing registers itself. A
 * backend package's `.` entry exports a factory of it as its default export (see the guide
 * "Writing a backend").
 */
export interface BackendV1 {
  /** The interface version this backend implements. */
  readonly specificationVersion: 'v1';
  /** The delegate id this backend executes, exactly as written in programs (e.g. `XnnpackBackend`). */
  readonly id: string;
  /** A short human-readable name for messages (e.g. `xnnpack`). */
  readonly name?: string;
  /** What the backend executes (operators, dtypes, quantization, dynamic shapes, threads). */
  readonly capabilities?: BackendCapabilities;
  /**
   * Whether the backend can run here (e.g. WebGPU present): `true`/`false`, or an
   * {@link Availability} that says why not. Unavailable backends are skipped.
   */
  isAvailable(): boolean | Availability | Promise<boolean | Availability>;
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
  /** Release what {@link BackendV1.init} allocated. */
  destroy?(handle: DelegateHandle): void;
}

/** The current runtime backend interface ({@link BackendV1}). */
export type Backend = BackendV1;

/**
 * Reads an answer of {@link BackendV1.isAvailable} as an {@link Availability}: a plain `false` gets a
 * generic reason, and anything that is neither a boolean nor an `Availability` counts as unavailable.
 */
export function toAvailability(backend: BackendV1, answer: unknown): Availability {
  const who = backend.name ?? backend.id;
  if (answer === true) return { available: true };
  if (answer === false) return { available: false, reason: `${who} reports that it cannot run here` };
  if (typeof answer === 'object' && answer !== null && typeof (answer as Availability).available === 'boolean') {
    const a = answer as { available: boolean; reason?: unknown };
    if (a.available) return { available: true };
    return { available: false, reason: typeof a.reason === 'string' && a.reason ? a.reason : `${who} gave no reason` };
  }
  return { available: false, reason: `${who}: isAvailable() returned neither a boolean nor an Availability` };
}

/**
 * Asks `backend` whether it can run here, as an {@link Availability}; an `isAvailable` that throws
 * counts as unavailable, with the error's message as the reason.
 */
export async function availabilityOf(backend: BackendV1): Promise<Availability> {
  try {
    return toAvailability(backend, await backend.isAvailable());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { available: false, reason: `${backend.name ?? backend.id}: isAvailable() threw: ${detail}` };
  }
}

/** True when `x` looks like a runtime backend of interface version 1. */
export function isBackendV1(x: unknown): x is BackendV1 {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    o.specificationVersion === 'v1' &&
    typeof o.id === 'string' &&
    typeof o.isAvailable === 'function' &&
    typeof o.init === 'function' &&
    typeof o.execute === 'function'
  );
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
