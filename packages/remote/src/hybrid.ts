/**
 * Routing between the device and a server: `hybrid({ local, remote, policy })` runs each call on
 * one side and falls back to the other as the policy says, and reports which side served it.
 *
 * Data goes to a server only when the app configured a `remote`; a `'local'` route (per call or as
 * the policy) never sends anything, even then.
 */
import { ErrorCode, KindlingError, type Tensor, type TypedArray } from '@kindling/core';
import { remoteError, remoteErrorKind } from './errors.js';
import { RemoteGeneration } from './openai/generation.js';
import type {
  GenerationLike,
  GenerationResult,
  GeneratorLike,
  RemoteGenerateInput,
  RemoteGenerateOptions,
} from './openai/types.js';

/** A side of a hybrid. */
export type Side = 'local' | 'remote';

/**
 * How a call is routed:
 * - `'prefer-local'` (default): the device; the server when the device fails or is unavailable
 *   (its loader failed: no WebGPU, a backend missing, the model too large for memory), or, with
 *   `latencyBudgetMs`, when the device has not answered within the budget.
 * - `'prefer-remote'`: the server; the device when the server fails or the app is offline.
 * - `'local'`: the device only. `'remote'`: the server only.
 */
export type RoutePolicy = 'prefer-local' | 'prefer-remote' | 'local' | 'remote';

/** What happened to one call: handed to `onCall` when it settles. */
export interface CallRecord {
  /** Sequence number of the call on this hybrid, from 1. */
  call: number;
  /** `forward` / `execute(name)` method, or `generate`. */
  method: string;
  /** The route it took. */
  policy: RoutePolicy;
  /** The side that served it; `undefined` when it failed on every side tried. */
  side: Side | undefined;
  /** True when the side that served it was not the first one tried (or a budget hedge won). */
  fallback: boolean;
  /** Why the first side did not serve it: `unavailable`, `failed`, `offline`, `latency-budget`. */
  reason?: 'unavailable' | 'failed' | 'offline' | 'latency-budget';
  /** The errors of the sides that failed, in the order tried. */
  errors: unknown[];
  /** Milliseconds from the call to its outcome. */
  durationMs: number;
}

/** A side given lazily: a value, or a loader (called once, on first use; a failure marks it unavailable). */
export type Lazy<T> = T | (() => T | Promise<T>);

/** Options shared by both kinds of hybrid. */
export interface HybridCommonOptions {
  /** The route of every call (default `'prefer-local'`); a call can override it. */
  policy?: RoutePolicy;
  /**
   * With `'prefer-local'`: when the device has not answered within this many milliseconds, the
   * server is asked too and the first answer wins (for a generation: when the device has produced
   * no text by then, it is stopped and the server generates instead).
   */
  latencyBudgetMs?: number;
  /** Whether the app is online (default: `navigator.onLine` where there is one, else true). */
  isOnline?: () => boolean;
  /** Receives the record of every call (for the app's telemetry). */
  onCall?: (record: CallRecord) => void;
}

/** Per-call options of a hybrid. */
export interface HybridCallOptions {
  /** This call's route (overrides the hybrid's policy). */
  route?: RoutePolicy;
  signal?: AbortSignal;
}

/** An input both sides take: a `Tensor`, or a typed array / number array shaped by the model. */
export type HybridInput = Tensor | TypedArray | readonly number[];

/** What a tensor model side must offer: `Module` and `RemoteModule` both do. */
export interface TensorModelLike {
  execute(name: string, inputs: readonly HybridInput[], options?: { signal?: AbortSignal }): Promise<TensorOutputsLike>;
}

/** Outputs with a typed tensor accessor: `MethodOutputs` and `RemoteOutputs` both are. */
export interface TensorOutputsLike extends ReadonlyArray<unknown> {
  tensor(index?: number): Tensor;
}

function defaultOnline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return nav?.onLine !== false;
}

/** A side resolved once. */
class SideSlot<T> {
  #value: Promise<T> | undefined;
  readonly #given: Lazy<T> | undefined;
  constructor(given: Lazy<T> | undefined) {
    this.#given = given;
  }
  get configured(): boolean {
    return this.#given !== undefined;
  }
  get(): Promise<T> {
    if (this.#value === undefined) {
      const g = this.#given;
      this.#value = Promise.resolve().then(() => (typeof g === 'function' ? (g as () => T | Promise<T>)() : (g as T)));
      this.#value.catch(() => undefined);
    }
    return this.#value;
  }
}

function unavailable(side: Side, why: string): KindlingError {
  return remoteError(ErrorCode.NotFound, 'unavailable', `no ${side} side: ${why}`, { side });
}

function isAbort(e: unknown, signal: AbortSignal | undefined): boolean {
  return (
    signal?.aborted === true ||
    remoteErrorKind(e) === 'aborted' ||
    (KindlingError.isInstance(e) && e.context.aborted !== undefined)
  );
}

/** The order of sides a route tries, and whether the remote may be used at all. */
function plan(
  route: RoutePolicy,
  hasLocal: boolean,
  hasRemote: boolean,
  online: boolean,
): { order: Side[]; skipped?: CallRecord['reason'] } {
  switch (route) {
    case 'local':
      return { order: ['local'] };
    case 'remote':
      return { order: ['remote'] };
    case 'prefer-remote':
      if (!hasRemote) return { order: ['local'], skipped: 'unavailable' };
      if (!online) return { order: hasLocal ? ['local'] : ['remote'], skipped: 'offline' };
      return { order: hasLocal ? ['remote', 'local'] : ['remote'] };
    default:
      if (!hasLocal) return { order: ['remote'], skipped: 'unavailable' };
      return { order: hasRemote ? ['local', 'remote'] : ['local'] };
  }
}

const POLICIES: ReadonlySet<string> = new Set(['prefer-local', 'prefer-remote', 'local', 'remote']);

function checkPolicy(p: unknown): RoutePolicy {
  if (typeof p !== 'string' || !POLICIES.has(p))
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `route must be one of ${[...POLICIES].join(', ')}, got ${String(p)}`,
      {
        context: { option: 'route' },
      },
    );
  return p as RoutePolicy;
}

/** Routing state shared by both kinds of hybrid. */
class Router<L, R> {
  readonly local: SideSlot<L>;
  readonly remote: SideSlot<R>;
  readonly policy: RoutePolicy;
  readonly budget: number | undefined;
  readonly #online: () => boolean;
  readonly #onCall: ((r: CallRecord) => void) | undefined;
  #calls = 0;

  constructor(local: Lazy<L> | undefined, remote: Lazy<R> | undefined, options: HybridCommonOptions) {
    if (local === undefined && remote === undefined)
      throw new KindlingError(ErrorCode.InvalidArgument, 'hybrid() needs a local side, a remote side, or both', {
        context: { option: 'local' },
      });
    this.local = new SideSlot(local);
    this.remote = new SideSlot(remote);
    this.policy = checkPolicy(options.policy ?? 'prefer-local');
    const b = options.latencyBudgetMs;
    if (b !== undefined && (typeof b !== 'number' || !(b >= 0)))
      throw new KindlingError(ErrorCode.InvalidArgument, `latencyBudgetMs must be a number >= 0, got ${String(b)}`, {
        context: { option: 'latencyBudgetMs' },
      });
    this.budget = b;
    this.#online = options.isOnline ?? defaultOnline;
    this.#onCall = options.onCall;
  }

  begin(method: string, route: RoutePolicy | undefined) {
    const policy = route === undefined ? this.policy : checkPolicy(route);
    const p = plan(policy, this.local.configured, this.remote.configured, this.#online());
    return { call: ++this.#calls, method, policy, ...p, start: performance.now() };
  }

  /** Resolves a side; a side that was not configured (or whose loader failed) is unavailable. */
  async side<S extends Side>(side: S): Promise<S extends 'local' ? L : R> {
    const slot = side === 'local' ? this.local : this.remote;
    if (!slot.configured)
      throw unavailable(side, side === 'remote' ? 'no remote was configured' : 'no local model was configured');
    try {
      return (await slot.get()) as S extends 'local' ? L : R;
    } catch (e) {
      throw remoteError(
        ErrorCode.NotFound,
        'unavailable',
        `the ${side} side is unavailable: ${e instanceof Error ? e.message : String(e)}`,
        { side },
        e,
      );
    }
  }

  record(r: Omit<CallRecord, 'durationMs'> & { start: number }): void {
    const record: CallRecord = {
      call: r.call,
      method: r.method,
      policy: r.policy,
      side: r.side,
      fallback: r.fallback,
      ...(r.reason === undefined ? {} : { reason: r.reason }),
      errors: r.errors,
      durationMs: performance.now() - r.start,
    };
    try {
      this.#onCall?.(record);
    } catch {
      // A telemetry callback must not change the call's outcome.
    }
  }
}

function failureReason(e: unknown): CallRecord['reason'] {
  return remoteErrorKind(e) === 'unavailable' ? 'unavailable' : 'failed';
}

function allFailed(method: string, errors: unknown[]): KindlingError {
  const last = errors[errors.length - 1];
  if (errors.length === 1 && KindlingError.isInstance(last)) return last;
  const words = errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
  return remoteError(
    ErrorCode.NotFound,
    'unavailable',
    `${method}: no side could serve the call: ${words}`,
    { method },
    new AggregateError(errors),
  );
}

/** Options of a hybrid of tensor models. */
export interface HybridModuleOptions<L, R> extends HybridCommonOptions {
  /** The on-device model (`Module`), or a loader of it: `() => Module.load(bytes, { backends: [webgpu()] })`. */
  local?: Lazy<L>;
  /** The server's model (`remote({...})`). Without it, nothing is ever sent anywhere. */
  remote?: Lazy<R>;
}

/**
 * A model that runs on the device or on a server, with `Module`'s `forward` / `execute` shape.
 *
 * ```ts
 * const model = hybrid({
 *   local: () => Module.load('digits.pte', { kernels: portableKernels, backends: [webgpu()] }),
 *   remote: remote({ url: 'https://models.example.com', model: 'digits' }),
 *   policy: 'prefer-local',
 *   onCall: (r) => telemetry.push(r.side),
 * });
 * const logits = (await model.forward([x])).tensor(0);
 * ```
 */
export class HybridModule<L extends TensorModelLike = TensorModelLike, R extends TensorModelLike = TensorModelLike> {
  readonly #router: Router<L, R>;

  /** @internal Use {@link hybrid}. */
  constructor(options: HybridModuleOptions<L, R>) {
    this.#router = new Router(options.local, options.remote, options);
  }

  /** Runs `forward` (see {@link HybridModule.execute}). */
  forward(inputs: readonly HybridInput[], options: HybridCallOptions = {}): Promise<TensorOutputsLike> {
    return this.execute('forward', inputs, options);
  }

  /** Runs method `name` on the side the route picks, falling back as it says. */
  async execute(
    name: string,
    inputs: readonly HybridInput[],
    options: HybridCallOptions = {},
  ): Promise<TensorOutputsLike> {
    const r = this.#router;
    const c = r.begin(name, options.route);
    const errors: unknown[] = [];
    let reason = c.skipped;
    const run = async (side: Side, signal: AbortSignal | undefined) => {
      const m: TensorModelLike = await r.side(side);
      return m.execute(name, inputs, signal ? { signal } : {});
    };
    for (const [i, side] of c.order.entries()) {
      const next = c.order[i + 1];
      try {
        const hedge = side === 'local' && next === 'remote' && c.policy === 'prefer-local' && r.budget !== undefined;
        if (hedge) {
          const won = await this.#hedged(run, r.budget as number, options.signal);
          const reason = won.errors.length > 0 ? failureReason(won.errors[0]) : 'latency-budget';
          r.record({
            ...c,
            side: won.side,
            fallback: won.side !== 'local',
            ...(won.side !== 'local' ? { reason } : {}),
            errors: won.errors,
          });
          return won.value;
        }
        const value = await run(side, options.signal);
        r.record({ ...c, side, fallback: i > 0 || reason !== undefined, ...(reason ? { reason } : {}), errors });
        return value;
      } catch (e) {
        if (isAbort(e, options.signal)) {
          r.record({ ...c, side: undefined, fallback: false, errors: [e] });
          throw e;
        }
        if (KindlingError.isInstance(e) && Array.isArray(e.context.errors))
          errors.push(...(e.context.errors as unknown[]));
        else errors.push(e);
        reason ??= failureReason(e);
        if (next === undefined) break;
      }
    }
    r.record({ ...c, side: undefined, fallback: false, ...(reason ? { reason } : {}), errors });
    throw allFailed(name, errors);
  }

  /**
   * Runs locally; if no answer came within `budget` ms, asks the server too; the first success
   * wins, and the other side's call is aborted.
   */
  #hedged(
    run: (side: Side, signal: AbortSignal | undefined) => Promise<TensorOutputsLike>,
    budget: number,
    signal: AbortSignal | undefined,
  ): Promise<{ side: Side; value: TensorOutputsLike; errors: unknown[] }> {
    return new Promise((resolve, reject) => {
      const errors: unknown[] = [];
      const remoteAbort = new AbortController();
      const localAbort = new AbortController();
      const onAbort = () => {
        remoteAbort.abort(signal?.reason);
        localAbort.abort(signal?.reason);
      };
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let settled = false;
      let pending = 1;
      let remoteStarted = false;
      const done = (f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        f();
      };
      const fail = (e: unknown) => {
        errors.push(e);
        if (isAbort(e, signal)) return done(() => reject(e));
        if (--pending === 0 && remoteStarted)
          done(() =>
            reject(
              remoteError(
                ErrorCode.NotFound,
                'unavailable',
                'both sides failed',
                { errors },
                new AggregateError(errors),
              ),
            ),
          );
        else if (!remoteStarted) startRemote();
      };
      const startRemote = () => {
        if (remoteStarted || settled) return;
        remoteStarted = true;
        pending++;
        run('remote', remoteAbort.signal).then(
          (value) =>
            done(() => {
              localAbort.abort(new Error('the server answered first'));
              resolve({ side: 'remote', value, errors });
            }),
          fail,
        );
      };
      const timer = setTimeout(startRemote, budget);
      run('local', localAbort.signal).then(
        (value) =>
          done(() => {
            remoteAbort.abort(new Error('the device answered first'));
            resolve({ side: 'local', value, errors });
          }),
        fail,
      );
    });
  }
}

/** Options of a hybrid of text generators. */
export interface HybridGeneratorOptions<L, R> extends HybridCommonOptions {
  /** The on-device generator (`TextGenerator`), or a loader of it. */
  local?: Lazy<L>;
  /** The server's generator (`remoteGenerator({...})`). Without it, nothing is ever sent anywhere. */
  remote?: Lazy<R>;
}

/** Generation options of a hybrid generator: the generators' own plus the route. */
export type HybridGenerateOptions<O> = O & { route?: RoutePolicy };

/**
 * A text generator that runs on the device or on a server, with `generate()`'s streaming shape. A
 * side that fails before producing any text falls back to the other (as the route says); text
 * already streamed is never taken back, so a failure after it is reported as the error it is.
 */
export class HybridGenerator<O extends { signal?: AbortSignal }> {
  readonly #router: Router<GeneratorLike<RemoteGenerateInput, O>, GeneratorLike<RemoteGenerateInput, O>>;

  /** @internal Use {@link hybrid}. */
  constructor(
    options: HybridGeneratorOptions<GeneratorLike<RemoteGenerateInput, O>, GeneratorLike<RemoteGenerateInput, O>>,
  ) {
    this.#router = new Router(options.local, options.remote, options);
  }

  /** Generates on the side the route picks (see the class). */
  generate(
    input: RemoteGenerateInput,
    options: HybridGenerateOptions<O> = {} as HybridGenerateOptions<O>,
  ): GenerationLike {
    const r = this.#router;
    const { route, ...rest } = options;
    const c = r.begin('generate', route);
    const signal = options.signal;
    return new RemoteGeneration(async (sink) => {
      const errors: unknown[] = [];
      let reason = c.skipped;
      for (const [i, side] of c.order.entries()) {
        const next = c.order[i + 1];
        let emitted = false;
        const stop = new AbortController();
        const onOuter = () => stop.abort(signal?.reason);
        signal?.addEventListener('abort', onOuter, { once: true });
        sink.cancelled.addEventListener('abort', onOuter, { once: true });
        let budgetHit = false;
        const timer =
          side === 'local' && next === 'remote' && c.policy === 'prefer-local' && r.budget !== undefined
            ? setTimeout(() => {
                if (!emitted) {
                  budgetHit = true;
                  stop.abort(new Error('latency budget'));
                }
              }, r.budget)
            : undefined;
        try {
          const g = await r.side(side);
          const gen = g.generate(input, { ...(rest as O), signal: stop.signal });
          let result: GenerationResult;
          const it = gen[Symbol.asyncIterator]();
          // A side stopped by the latency budget is not waited for (it may be in a long model call).
          const budgetStop = new Promise<'budget'>((resolve) => {
            if (budgetHit) resolve('budget');
            else stop.signal.addEventListener('abort', () => budgetHit && resolve('budget'), { once: true });
          });
          try {
            for (;;) {
              const n = await Promise.race([it.next(), budgetStop]);
              if (n === 'budget' || (n.done && budgetHit && !emitted))
                throw remoteError(
                  ErrorCode.AccessFailed,
                  'timeout',
                  `the local side produced no text within ${r.budget} ms`,
                  {},
                );
              if (n.done) break;
              emitted = true;
              sink.emit(n.value);
            }
            result = await gen.result;
          } finally {
            if (budgetHit && !emitted) void it.return?.()?.catch(() => undefined);
            else await it.return?.();
          }
          r.record({
            ...c,
            side,
            fallback: i > 0 || reason !== undefined,
            ...(reason ? { reason } : {}),
            errors,
            start: c.start,
          });
          return result;
        } catch (e) {
          if (!budgetHit && (isAbort(e, signal) || emitted || next === undefined)) {
            errors.push(e);
            r.record({ ...c, side: undefined, fallback: false, ...(reason ? { reason } : {}), errors, start: c.start });
            throw errors.length > 1 ? allFailed('generate', errors) : e;
          }
          errors.push(e);
          reason ??= budgetHit ? 'latency-budget' : failureReason(e);
        } finally {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onOuter);
          sink.cancelled.removeEventListener('abort', onOuter);
        }
      }
      r.record({ ...c, side: undefined, fallback: false, ...(reason ? { reason } : {}), errors, start: c.start });
      throw allFailed('generate', errors);
    });
  }
}

/**
 * Routes calls between the device and a server. Given tensor models (`Module`, `RemoteModule`) it
 * returns a {@link HybridModule}; given text generators (`TextGenerator`, `RemoteGenerator`) a
 * {@link HybridGenerator}. Pass `kind: 'generator'` when both sides are loaders (functions).
 */
export function hybrid<L extends TensorModelLike, R extends TensorModelLike>(
  options: HybridModuleOptions<L, R> & { kind?: 'module' },
): HybridModule<L, R>;
export function hybrid<O extends { signal?: AbortSignal } = RemoteGenerateOptions>(
  options: HybridGeneratorOptions<GeneratorLike<RemoteGenerateInput, O>, GeneratorLike<RemoteGenerateInput, O>> & {
    kind?: 'generator';
  },
): HybridGenerator<O>;
export function hybrid(
  options: (HybridModuleOptions<unknown, unknown> | HybridGeneratorOptions<unknown, unknown>) & {
    kind?: 'module' | 'generator';
  },
): unknown {
  const given = [options.local, options.remote].find((s) => s !== undefined && typeof s !== 'function');
  const isGenerator =
    options.kind === 'generator' ||
    (options.kind === undefined && typeof (given as { generate?: unknown } | undefined)?.generate === 'function');
  if (isGenerator)
    return new HybridGenerator(
      options as HybridGeneratorOptions<
        GeneratorLike<RemoteGenerateInput, { signal?: AbortSignal }>,
        GeneratorLike<RemoteGenerateInput, { signal?: AbortSignal }>
      >,
    );
  return new HybridModule(options as HybridModuleOptions<TensorModelLike, TensorModelLike>);
}
