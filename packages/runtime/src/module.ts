import {
  type Backend,
  type BackendOptions,
  ErrorCode,
  type EValue,
  type EventTracer,
  type KernelDescriptor,
  KindlingError,
  type NamedDataMap,
} from '@kindling/core';
import { asKindlingError } from './errors.js';
import { type KernelRegistry, toKernelRegistry } from './kernel-registry.js';
import { type BytesSource, type LoadBytesOptions, loadBytes } from './load-source.js';
import { abortError, type ExecuteLimits, type Method, type MethodExecuteOptions } from './method.js';
import {
  captureInputEValue,
  fromOutputEValue,
  type MethodInput,
  type MethodOutput,
  type MethodOutputs,
  methodOutputs,
} from './method-io.js';
import type { MethodMeta } from './method-meta.js';
import { Program } from './program.js';

/**
 * Options for {@link Module.load}. The {@link ExecuteLimits} (`maxInstructions`, `maxExecuteMs`)
 * apply to every execute of every method; {@link ExecuteOptions} can override them per call.
 * The {@link LoadBytesOptions} (`signal`, `onProgress`, `fetchOptions`) apply to reading the
 * program: `signal` aborts the load only, not later executes (give those their own).
 */
export interface ModuleLoadOptions extends ExecuteLimits, LoadBytesOptions {
  /** Backends for the program's delegates (matched by exact id, e.g. `XnnpackBackend`). */
  backends?: readonly Backend[];
  /** Kernels for the program's operators: a list (e.g. `portableKernels`) or a registry. */
  kernels?: KernelRegistry | Iterable<KernelDescriptor>;
  /**
   * External tensor data holding the program's EXTERNAL constants, as named data maps: read each
   * `.ptd` file with `await loadDataFile(source)` (bytes, a URL or a file path) or `readDataFile(bytes)`.
   */
  dataFiles?: readonly NamedDataMap[];
  /** Load-time options per backend id. */
  backendOptions?: BackendOptions;
  /** Receives timings of every instruction and delegate call (see `createEventTracer`). */
  eventTracer?: EventTracer;
  /** Cap on each method's tensor memory, in bytes (default 4 GiB). */
  maxPlannedBytes?: number;
}

/**
 * Options for {@link Module.execute}: `maxInstructions` and `maxExecuteMs` override the load-time
 * limits for this call; `signal` aborts it (see {@link MethodExecuteOptions.signal}: observed
 * between instructions and at asynchronous delegate calls; a call still waiting for an earlier call
 * of the same method rejects when its turn comes, without running).
 */
export interface ExecuteOptions extends MethodExecuteOptions {
  /**
   * Return output tensors that alias the method's memory instead of copies. Faster, but such a view
   * is valid only until the next call of the same method starts running, whether that call
   * succeeds or fails: a failed call may have overwritten it partly. Copy what must outlive the
   * next call. Outputs returned without `zeroCopy` (the default) are copies that no later call,
   * failed or not, ever changes.
   */
  zeroCopy?: boolean;
}

// `Symbol.asyncDispose` where the engine has it, else the key TypeScript's `await using` falls back
// to: a module is disposable with `await using` everywhere, and engines without the symbol still work.
const asyncDispose: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ?? (Symbol.for('Symbol.asyncDispose') as typeof Symbol.asyncDispose);

/**
 * A program ready to run: the API most applications use.
 *
 * ```ts
 * const m = await Module.load('model.pte', { kernels: portableKernels, backends: [xnnpack()] });
 * const [y] = await m.forward([x]);
 * ```
 *
 * Methods are loaded on first use (or with {@link Module.loadMethod}) and kept until
 * {@link Module.dispose}. Calls of one method run one after another. A module is
 * `AsyncDisposable`: `await using m = await Module.load(...)` disposes it at the end of the scope.
 */
export class Module {
  /** The loaded program. */
  readonly program: Program;
  readonly #options: ModuleLoadOptions;
  readonly #kernels: KernelRegistry;
  readonly #methods = new Map<string, Promise<Method>>();
  readonly #queues = new Map<string, Promise<unknown>>();
  #disposed = false;

  private constructor(program: Program, options: ModuleLoadOptions, kernels: KernelRegistry) {
    this.program = program;
    this.#options = options;
    this.#kernels = kernels;
  }

  /**
   * Loads a program from its bytes, a URL (fetched, with `fetchOptions`), in Node a file path, a
   * fetch `Response` or a `Blob` / `File`, with its external data (see `dataFiles`). `onProgress`
   * reports bytes read (and the total when known); `signal` aborts the load. Throws a
   * `KindlingError` for an unreadable or invalid program (see {@link loadBytes}).
   *
   * ```ts
   * const m = await Module.load('model.pte', { kernels: portableKernels });
   * const fromInput = await Module.load(fileInput.files[0], { kernels, onProgress: (n, total) => {} });
   * ```
   */
  static async load(source: BytesSource, options: ModuleLoadOptions = {}): Promise<Module> {
    try {
      const bytes = await loadBytes(source, options);
      const program = Program.load(bytes, options.dataFiles ? { dataFiles: options.dataFiles } : {});
      return new Module(program, options, toKernelRegistry(options.kernels));
    } catch (e) {
      throw asKindlingError(e, ErrorCode.Internal);
    }
  }

  /** Names of the program's methods. */
  get methodNames(): string[] {
    return this.program.methodNames;
  }

  /** Metadata of method `name` (inputs, outputs, backends, planned memory), without loading it. */
  methodMeta(name: string): MethodMeta {
    return this.program.methodMeta(name);
  }

  /** True when method `name` has been loaded (or is loading). */
  isMethodLoaded(name: string): boolean {
    return this.#methods.has(name);
  }

  #checkOpen(): void {
    if (this.#disposed) throw new KindlingError(ErrorCode.InvalidState, 'this module was disposed');
  }

  /**
   * Loads method `name` (once; later calls return the same method). Fails with `OperatorMissing`
   * naming every missing kernel, or `NotFound` naming a missing backend and its package.
   */
  loadMethod(name: string): Promise<Method> {
    this.#checkOpen();
    let loading = this.#methods.get(name);
    if (!loading) {
      // The module's options hold the method's (kernels as a registry, made once per module).
      loading = this.program.loadMethod(name, { ...this.#options, kernels: this.#kernels }).catch((e: unknown) => {
        this.#methods.delete(name);
        throw asKindlingError(e, ErrorCode.Internal, { method: name });
      });
      this.#methods.set(name, loading);
    }
    return loading;
  }

  /** Runs `forward` (see {@link Module.execute}). */
  forward(inputs: readonly MethodInput[] = [], options: ExecuteOptions = {}): Promise<MethodOutputs> {
    return this.execute('forward', inputs, options);
  }

  /**
   * Runs method `name` on `inputs` (loading it first if needed). Inputs are checked against the
   * method's metadata: a wrong count, dtype or shape fails with `InvalidArgument` naming the input.
   * Inputs are captured (copied) when this is called, so changing an input array afterwards,
   * even before the call runs, does not change its result; a failed call never writes into them.
   * Output tensors are copies that later calls do not overwrite, unless `zeroCopy` is set.
   * Calls of one method run one after another, in call order. `options.signal` aborts the call
   * (`InvalidState`, `context.aborted`, the signal's reason as `cause`).
   *
   * The result is an array of the outputs with a typed accessor: `outputs.tensor(i)` returns
   * output `i` as a `Tensor` (an `InvalidType` error if it is not one), no narrowing needed:
   *
   * ```ts
   * const logits = (await m.forward([x])).tensor(0).toArray();
   * ```
   */
  execute(name: string, inputs: readonly MethodInput[] = [], options: ExecuteOptions = {}): Promise<MethodOutputs> {
    let values: EValue[];
    try {
      this.#checkOpen();
      const signal = options.signal;
      if (signal?.aborted) throw abortError(name, signal, 'before it started');
      values = this.#captureInputs(name, inputs);
    } catch (e) {
      return Promise.reject(asKindlingError(e, ErrorCode.Internal, { method: name }));
    }
    const previous = this.#queues.get(name) ?? Promise.resolve();
    const run = previous.then(
      () => this.#run(name, values, options),
      () => this.#run(name, values, options),
    );
    const settled = run.catch(() => undefined);
    this.#queues.set(name, settled);
    void settled.then(() => {
      if (this.#queues.get(name) === settled) this.#queues.delete(name);
    });
    return run;
  }

  /** Checks and converts the inputs of a call, copying every tensor (see {@link Module.execute}). */
  #captureInputs(name: string, inputs: readonly MethodInput[]): EValue[] {
    const meta = this.methodMeta(name);
    if (!Array.isArray(inputs))
      throw new KindlingError(ErrorCode.InvalidArgument, `inputs of method "${name}" must be an array`);
    if (inputs.length !== meta.inputs.length) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `method "${name}" takes ${meta.inputs.length} input${meta.inputs.length === 1 ? '' : 's'}, got ${inputs.length}`,
        { context: { method: name } },
      );
    }
    return inputs.map((v, i) => captureInputEValue(v, meta.inputs[i] as MethodMeta['inputs'][number], i, name));
  }

  async #run(name: string, values: readonly EValue[], options: ExecuteOptions): Promise<MethodOutputs> {
    try {
      this.#checkOpen();
      const method = await this.loadMethod(name);
      for (let i = 0; i < values.length; i++) method.setInput(i, values[i] as EValue);
      // Its signal and limits; `zeroCopy` is this module's and ignored there.
      await method.execute(options);
      const zeroCopy = options.zeroCopy === true;
      const outputs = method.outputs();
      const res = new Array<MethodOutput>(outputs.length);
      for (let i = 0; i < outputs.length; i++) res[i] = fromOutputEValue(outputs[i] as EValue, zeroCopy);
      return methodOutputs(res, name);
    } catch (e) {
      throw asKindlingError(e, ErrorCode.Internal, { method: name });
    }
  }

  /** Disposes every loaded method (destroying their delegates). The module cannot be used afterwards. */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    await Promise.allSettled([...this.#queues.values()]);
    const errors: unknown[] = [];
    for (const loading of this.#methods.values()) {
      const method = await loading.catch(() => undefined);
      try {
        method?.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    this.#methods.clear();
    if (errors.length > 0) throw asKindlingError(errors[0], ErrorCode.Internal);
  }

  /** {@link Module.dispose}, for `await using`. */
  [asyncDispose](): Promise<void> {
    return this.dispose();
  }
}
