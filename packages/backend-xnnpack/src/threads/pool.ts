/**
 * A pool of workers that run the WebAssembly kernels over one shared `WebAssembly.Memory`.
 *
 * The main thread posts a job (a kernel of {@link KERNEL_NAMES}, its arguments, a number of
 * parts) in the control block ({@link ./protocol.ts}), wakes the workers with `Atomics.notify`,
 * takes parts itself like any worker, and waits until every part is done, so {@link ThreadPool.run}
 * is synchronous. Parts are disjoint output tiles computed exactly as the whole call computes them,
 * so results do not depend on the number of threads or on which thread took which part.
 *
 * Node runs workers from `worker_threads` (an eval worker); browsers from a Blob URL, only when
 * `crossOriginIsolated` (SharedArrayBuffer). Nothing here imports `node:` statically.
 *
 * A worker that fails is never waited for forever. One whose kernel throws marks the control block
 * (the waiting main thread sees it at once); one that exits, is terminated or hangs while holding a
 * part is caught by a watchdog: the job fails once no part has finished for {@link WATCHDOG_MIN_MS}
 * (or four times as long as the calling thread spent on its own parts, if that is longer). Either
 * way the job throws a `KindlingError` and the pool closes (its workers are terminated). A worker
 * that dies between jobs ('error' / 'exit' events) closes the pool too, and the next job throws
 * that failure once. Whoever owns the pool then runs on the calling thread.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { KernelHeap } from '../wasm/kernels.js';
import {
  ARGS_OFFSET,
  CLAIM,
  CONTROL_BYTES,
  DONE,
  FAILED,
  FAULT,
  FAULT_MODES,
  GENERATION_MASK,
  KERNEL,
  KERNEL_NAMES,
  MAX_ARGS,
  MAX_PARTS,
  NARGS,
  PARTS,
  type PoolKernel,
  QUIT,
  SCRATCH_ARG,
  SCRATCH_STRIDE,
  SEQ,
  WORKER_SOURCE,
} from './protocol.js';

export { CONTROL_BYTES, type PoolKernel } from './protocol.js';

/**
 * Shortest time without progress after which a job's missing parts count as lost (their worker
 * died). Longer than any scheduling hiccup of a live thread, short enough that a call fails well
 * within a second.
 */
const WATCHDOG_MIN_MS = 500;

interface AnyWorker {
  postMessage(message: unknown): void;
  terminate(): unknown;
}

interface NodeWorker extends AnyWorker {
  on(event: string, listener: (value: unknown) => void): void;
  unref(): void;
}

interface NodeWorkerThreads {
  Worker: new (code: string, options: { eval: true }) => NodeWorker;
}

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

async function nodeWorkerThreads(): Promise<NodeWorkerThreads> {
  // Built at run time so that bundlers for the browser never see (or try to resolve) the module.
  const specifier = ['node', 'worker_threads'].join(':');
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as NodeWorkerThreads;
}

/**
 * Threads the hardware runs at once: `os.availableParallelism()` in Node, `navigator.hardwareConcurrency`
 * elsewhere (unknown: no bound).
 */
export async function hardwareThreads(): Promise<number> {
  if (isNode()) {
    const specifier = ['node', 'os'].join(':');
    const os = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as {
      availableParallelism?: () => number;
      cpus(): unknown[];
    };
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  }
  const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof n === 'number' && n >= 1 ? n : Number.POSITIVE_INFINITY;
}

/**
 * Whether worker threads over a shared memory are possible here: SharedArrayBuffer and Atomics
 * exist and, in browsers, the page is cross-origin isolated and has `Worker`.
 */
export function threadsAvailable(): boolean {
  return threadsUnavailableReason() === undefined;
}

/**
 * Why worker threads are not possible here ({@link threadsAvailable} is false), in words a user can
 * act on; undefined when they are possible.
 */
export function threadsUnavailableReason(): string | undefined {
  const g = globalThis as { crossOriginIsolated?: boolean; Worker?: unknown; Blob?: unknown };
  const browser = !isNode();
  if (browser && g.crossOriginIsolated !== true) {
    return 'the page is not cross-origin isolated (serve it with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)';
  }
  if (typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') {
    return 'this engine has no SharedArrayBuffer or Atomics';
  }
  if (browser && (typeof g.Worker !== 'function' || typeof g.Blob !== 'function')) {
    return 'this context cannot start workers';
  }
  return undefined;
}

/** Whether this thread may block in `Atomics.wait` (not a browser's main thread). */
function canBlock(ctl: Int32Array): boolean {
  try {
    Atomics.wait(ctl, QUIT, 1, 0); // QUIT is 0: returns 'not-equal' at once where waiting is allowed
    return true;
  } catch {
    return false;
  }
}

/** A started pool (see the module comment). Create with {@link ThreadPool.start}. */
export class ThreadPool {
  /** Threads that compute: the workers and the calling thread. */
  readonly threads: number;
  readonly #heap: KernelHeap;
  readonly #ctl: Int32Array;
  readonly #args: Float64Array;
  readonly #workers: AnyWorker[];
  readonly #block: boolean;
  readonly #call: number[] = [];
  #seq = 0;
  #closed = false;
  #exited: Promise<void> = Promise.resolve();
  /** Why the pool stopped, when a worker failed; thrown once (by the job that met it, or the next). */
  #failure: KindlingError | undefined;
  #failureThrown = false;

  private constructor(heap: KernelHeap, control: number, workers: AnyWorker[]) {
    this.#heap = heap;
    this.#ctl = new Int32Array(heap.buffer, control, ARGS_OFFSET / 4);
    this.#args = new Float64Array(heap.buffer, control + ARGS_OFFSET, MAX_ARGS);
    this.#workers = workers;
    this.threads = workers.length + 1;
    this.#block = canBlock(this.#ctl);
    // Between jobs the event loop runs: a worker that dies then is reported by these.
    workers.forEach((w, i) => {
      const name = `kernel worker ${i + 1}`;
      if (isNode()) {
        const n = w as NodeWorker;
        n.on('error', (e) => this.#lost(`${name} failed: ${e instanceof Error ? e.message : String(e)}`, e));
        n.on('exit', (code) => this.#lost(`${name} exited (code ${String(code)})`));
      } else {
        (w as Worker).addEventListener('error', (e) => this.#lost(`${name} failed: ${e.message}`, e));
      }
    });
  }

  /** Records a worker's failure (the first one) and closes the pool. */
  #lost(why: string, cause?: unknown): KindlingError {
    if (!this.#failure && !this.#closed) {
      this.#failure = new KindlingError(
        ErrorCode.Internal,
        `XNNPACK thread pool: ${why}; the pool was stopped and the delegate now runs on the calling thread`,
        { context: { backend: 'XnnpackBackend', threads: this.threads }, ...(cause !== undefined ? { cause } : {}) },
      );
      void this.close();
    }
    return this.#failure ?? new KindlingError(ErrorCode.Internal, 'the thread pool is closed');
  }

  /**
   * The failure that stopped the pool, if one did and no job has thrown it yet; marks it thrown.
   * Whoever owns the pool calls this when it finds the pool closed, so that every failure is
   * reported once, as a rejected call, before the owner goes on without the pool.
   */
  takeFailure(): KindlingError | undefined {
    if (!this.#failure || this.#failureThrown) return undefined;
    this.#failureThrown = true;
    return this.#failure;
  }

  /** Resolves once the workers have exited after {@link close} (at once where that is not reported). */
  get exited(): Promise<void> {
    return this.#exited;
  }

  /**
   * Makes worker `worker` (1-based) misbehave right after it claims its next part: throw, exit
   * its thread, or hang (as a worker killed mid-part looks to the pool).
   * @internal Test hook.
   */
  injectFault(worker: number, mode: (typeof FAULT_MODES)[number]): void {
    Atomics.store(this.#ctl, FAULT, ((FAULT_MODES.indexOf(mode) + 1) << 8) | worker);
  }

  /** Terminates worker `worker` (1-based) as the platform might. @internal Test hook. */
  terminateWorker(worker: number): void {
    void this.#workers[worker - 1]?.terminate();
  }

  /**
   * Starts `threads - 1` workers over `heap`'s shared memory, with the control block at `control`
   * ({@link CONTROL_BYTES}, zeroed). Resolves once every worker has instantiated the kernels;
   * `null` where threads are unavailable or a worker fails to start.
   */
  static async start(heap: KernelHeap, control: number, requested: number): Promise<ThreadPool | null> {
    if (requested < 2 || !heap.shared || !threadsAvailable()) return null;
    // More threads than the hardware runs at once only take turns: bound them by it.
    const threads = Math.min(requested, await hardwareThreads());
    if (threads < 2) return null;
    const workers: AnyWorker[] = [];
    const ready: Promise<void>[] = [];
    try {
      if (isNode()) {
        const { Worker } = await nodeWorkerThreads();
        for (let i = 1; i < threads; i++) {
          const w = new Worker(WORKER_SOURCE, { eval: true });
          workers.push(w);
          ready.push(
            new Promise<void>((resolve, reject) => {
              w.on('message', () => {
                // Started: from now on an idle worker must not keep the process alive.
                w.unref();
                resolve();
              });
              w.on('error', reject);
              w.on('exit', () => reject(new Error('a kernel worker exited while starting')));
            }),
          );
        }
      } else {
        const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
        try {
          for (let i = 1; i < threads; i++) {
            const w = new Worker(url);
            workers.push(w);
            ready.push(
              new Promise<void>((resolve, reject) => {
                w.onmessage = () => resolve();
                w.onerror = (e) => reject(new Error(e.message));
              }),
            );
          }
        } finally {
          URL.revokeObjectURL(url);
        }
      }
      workers.forEach((w, i) => {
        w.postMessage({ module: heap.module, memory: heap.memory, control, index: i + 1 });
      });
      await Promise.all(ready);
    } catch {
      for (const w of workers) w.terminate();
      return null;
    }
    return new ThreadPool(heap, control, workers);
  }

  /**
   * Runs `kernel(...args, part, parts)` for every part in `[0, parts)` across the pool and returns
   * when all are done. Argument `scratchArg` (when >= 0) is offset by `participant * scratchStride`.
   */
  run(kernel: PoolKernel, args: readonly number[], parts: number, scratchArg = -1, scratchStride = 0): void {
    if (this.#closed) throw this.takeFailure() ?? new Error('the thread pool is closed');
    const ctl = this.#ctl;
    const n = args.length;
    if (n > MAX_ARGS) throw new Error(`a pool job takes at most ${MAX_ARGS} arguments`);
    parts = Math.max(1, Math.min(parts, MAX_PARTS));
    const id = KERNEL_NAMES.indexOf(kernel);
    const fn = this.#heap.exports[kernel] as (...a: number[]) => void;
    for (let i = 0; i < n; i++) this.#args[i] = args[i] as number;
    ctl[KERNEL] = id;
    ctl[NARGS] = n;
    ctl[PARTS] = parts;
    ctl[SCRATCH_ARG] = scratchArg;
    ctl[SCRATCH_STRIDE] = scratchStride;
    Atomics.store(ctl, DONE, 0);
    const started = performance.now();
    this.#seq = (this.#seq + 1) | 0;
    const gen = this.#seq & GENERATION_MASK;
    Atomics.store(ctl, CLAIM, gen << 12);
    Atomics.store(ctl, SEQ, this.#seq);
    Atomics.notify(ctl, SEQ);
    // The calling thread is participant 0: its scratch is the first.
    const call = this.#call;
    call.length = n + 2;
    for (let i = 0; i < n; i++) call[i] = args[i] as number;
    call[n + 1] = parts;
    for (;;) {
      const cur = Atomics.load(ctl, CLAIM);
      if (cur >>> 12 !== gen) break;
      const p = cur & 0xfff;
      if (p >= parts) break;
      if (Atomics.compareExchange(ctl, CLAIM, cur, cur + 1) !== cur) continue;
      call[n] = p;
      fn(...call);
      Atomics.add(ctl, DONE, 1);
    }
    // Wait for the parts the workers hold, with a watchdog (see the module comment).
    let last = -1;
    let since = performance.now();
    const stallMs = Math.max(WATCHDOG_MIN_MS, 4 * (since - started));
    for (;;) {
      const done = Atomics.load(ctl, DONE);
      if (done >= parts) break;
      const failed = Atomics.load(ctl, FAILED);
      if (failed !== 0) {
        this.#failureThrown = true;
        throw this.#lost(`kernel worker ${failed} threw while computing a part of ${kernel}`);
      }
      const now = performance.now();
      if (done !== last) {
        last = done;
        since = now;
      } else if (now - since > stallMs) {
        this.#failureThrown = true;
        throw this.#lost(
          `${parts - done} of ${parts} parts of ${kernel} were not finished ${Math.round(now - since)} ms after the last one (a worker exited, was terminated or hangs)`,
        );
      }
      if (this.#block) Atomics.wait(ctl, DONE, done, 20);
    }
  }

  /**
   * Stops the workers (idempotent). The returned promise settles once they have exited where the
   * platform reports it (Node); nothing needs to await it.
   */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    Atomics.store(this.#ctl, QUIT, 1);
    this.#seq = (this.#seq + 1) | 0;
    Atomics.store(this.#ctl, SEQ, this.#seq);
    Atomics.notify(this.#ctl, SEQ);
    const exits = this.#workers.map((w) => Promise.resolve(w.terminate()).then(() => undefined));
    this.#exited = Promise.all(exits).then(() => undefined);
    return this.#exited;
  }

  /** Whether {@link close} has been called. */
  get closed(): boolean {
    return this.#closed;
  }
}
