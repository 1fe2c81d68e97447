import { seededRandom } from '@kindling/backend-utils';
import {
  type BackendExecutionContext,
  type BackendInitContext,
  type BackendV1,
  type CompileSpec,
  type DelegateHandle,
  type EValue,
  KindlingError,
} from '@kindling/core';
import { type MethodOutput, Module } from '@kindling/runtime';
import { runProgram, sameOutput } from './conformance.js';
import type { SuiteContext, SuiteProgram } from './suite.js';

/** Sizes of the robustness checks. */
export interface RobustnessOptions {
  /** Seed of the choices and mutations (default 1). */
  readonly seed?: number;
  /** Programs whose payloads are mutated (default 12). */
  readonly programs?: number;
  /** Bit flips per payload (default 8); truncations are at fixed points (empty, 1 byte, 8 bytes, half, all but one). */
  readonly bitFlips?: number;
  /** Programs loaded and disposed in the destroy checks, and run at once in the concurrency check (default 6). */
  readonly concurrent?: number;
  /** Longest one mutated payload may take to be refused or run, in milliseconds (default 10 000). */
  readonly mutationTimeMs?: number;
}

/** Picks up to `n` programs, spread over the list by a seeded shuffle, preferring programs with fewer steps. */
function pick(programs: readonly SuiteProgram[], n: number, seed: number): SuiteProgram[] {
  const random = seededRandom(seed);
  const order = programs.map((p) => ({ p, key: random() }));
  order.sort((a, b) => a.key - b.key);
  return order.slice(0, n).map((x) => x.p);
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.split('\n')[0]}`;
  return String(e);
}

/** A backend that forwards to `inner`, lets a hook rewrite payloads, and records what `inner` throws. */
class ProxyBackend implements BackendV1 {
  readonly specificationVersion = 'v1' as const;
  readonly id: string;
  readonly name: string;
  /** Errors `inner` threw from init, execute or destroy. */
  readonly thrown: unknown[] = [];
  /** Handles `inner.init` returned, in order. */
  readonly handles: DelegateHandle[] = [];
  /** How often `destroy` was called per handle. */
  readonly destroyed = new Map<DelegateHandle, number>();
  /** Payload sizes, in init order. */
  readonly payloadSizes: number[] = [];
  #inner: BackendV1;
  #rewrite: ((processed: Uint8Array, init: number) => Uint8Array) | undefined;

  constructor(inner: BackendV1, rewrite?: (processed: Uint8Array, init: number) => Uint8Array) {
    this.#inner = inner;
    this.#rewrite = rewrite;
    this.id = inner.id;
    this.name = `${inner.name ?? inner.id} (under test)`;
  }

  isAvailable() {
    return this.#inner.isAvailable();
  }

  async init(context: BackendInitContext, processed: Uint8Array, specs: readonly CompileSpec[]) {
    const index = this.payloadSizes.length;
    this.payloadSizes.push(processed.byteLength);
    const bytes = this.#rewrite ? this.#rewrite(processed, index) : processed;
    try {
      const handle = await this.#inner.init(context, bytes, specs);
      this.handles.push(handle);
      return handle;
    } catch (e) {
      this.thrown.push(e);
      throw e;
    }
  }

  async execute(context: BackendExecutionContext, handle: DelegateHandle, args: EValue[]) {
    try {
      await this.#inner.execute(context, handle, args);
    } catch (e) {
      this.thrown.push(e);
      throw e;
    }
  }

  destroy(handle: DelegateHandle) {
    this.destroyed.set(handle, (this.destroyed.get(handle) ?? 0) + 1);
    try {
      this.#inner.destroy?.(handle);
    } catch (e) {
      this.thrown.push(e);
      throw e;
    }
  }
}

/** Loads `bytes` with `backend` and runs every step; errors are returned, not thrown. */
async function tryRun(ctx: SuiteContext, program: SuiteProgram, backend: BackendV1): Promise<unknown> {
  let module: Module | undefined;
  try {
    module = await Module.load(await program.bytes(), { backends: [backend], kernels: ctx.kernels });
    for (const [s, step] of program.case.steps.entries())
      await module.execute(step.method, ctx.zoo.inputs(program.case, s));
    return undefined;
  } catch (e) {
    return e;
  } finally {
    await module?.dispose().catch(() => undefined);
  }
}

/** The mutations of one payload: truncations at fixed points, then seeded single-bit flips. */
function mutations(size: number, flips: number, random: () => number): ((p: Uint8Array) => Uint8Array)[] {
  const cuts = [...new Set([0, 1, 8, Math.floor(size / 2), size - 1])].filter((n) => n >= 0 && n < size);
  const out: ((p: Uint8Array) => Uint8Array)[] = cuts.map((n) => (p) => p.slice(0, n));
  for (let i = 0; i < flips && size > 0; i++) {
    // Half the flips land in the first 64 bytes, where headers and root tables live.
    const at = i % 2 === 0 ? Math.floor(random() * Math.min(size, 64)) : Math.floor(random() * size);
    const bit = 1 << Math.floor(random() * 8);
    out.push((p) => {
      const copy = p.slice();
      copy[at] = (copy[at] as number) ^ bit;
      return copy;
    });
  }
  return out;
}

/**
 * Every delegate payload of a sample of the backend's programs is truncated and bit-flipped; each
 * mutated program must then run or fail with a `KindlingError`, and whatever the backend itself
 * throws must be a `KindlingError` (the runtime wraps other errors, so they are caught at the
 * backend's boundary), within the time bound.
 */
export async function payloadMutationCheck(
  ctx: SuiteContext,
  runnable: readonly SuiteProgram[],
  options: RobustnessOptions,
): Promise<string> {
  const random = seededRandom((options.seed ?? 1) * 7919);
  const limit = options.mutationTimeMs ?? 10_000;
  let mutated = 0;
  let refused = 0;
  const problems: string[] = [];
  for (const program of pick(runnable, options.programs ?? 12, options.seed ?? 1)) {
    const probe = new ProxyBackend(ctx.backend());
    const error = await tryRun(ctx, program, probe);
    if (error) throw new Error(`${program.case.id} fails before any mutation: ${describeError(error)}`);
    for (const [target, size] of probe.payloadSizes.entries()) {
      for (const mutate of mutations(size, options.bitFlips ?? 8, random)) {
        const proxy = new ProxyBackend(ctx.backend(), (p, i) => (i === target ? mutate(p) : p));
        const started = performance.now();
        const outcome = await tryRun(ctx, program, proxy);
        const ms = performance.now() - started;
        mutated++;
        if (outcome !== undefined) refused++;
        const where = `${program.case.id}, delegate ${target} (${size} bytes)`;
        if (outcome !== undefined && !KindlingError.isInstance(outcome)) {
          problems.push(`${where}: the call failed with ${describeError(outcome)}, not a KindlingError`);
        }
        for (const e of proxy.thrown) {
          if (!KindlingError.isInstance(e)) problems.push(`${where}: the backend threw ${describeError(e)}`);
        }
        if (ms > limit) problems.push(`${where}: took ${ms.toFixed(0)} ms (limit ${limit} ms)`);
        if (problems.length >= 10) break;
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`${problems.length} mutated payload(s) misbehaved:\n  ${problems.join('\n  ')}`);
  return `${mutated} mutated payloads: ${refused} refused with KindlingError, ${mutated - refused} ran`;
}

/** Worker threads alive in this process, where Node's diagnostic report can tell. */
function liveWorkers(): number | undefined {
  const report = (globalThis as { process?: { report?: { getReport?: () => { workers?: unknown[] } } } }).process
    ?.report;
  const workers = report?.getReport?.().workers;
  return Array.isArray(workers) ? workers.length : undefined;
}

/**
 * Programs are loaded, run and disposed with one backend instance: every handle `init` returned
 * must be destroyed exactly once, and (in Node) every worker thread the backend started must be
 * gone within two seconds.
 */
export async function destroyCheck(
  ctx: SuiteContext,
  runnable: readonly SuiteProgram[],
  threads: number,
  options: RobustnessOptions,
): Promise<string> {
  const before = liveWorkers();
  const proxy = new ProxyBackend(ctx.create(threads));
  const chosen = pick(runnable, options.concurrent ?? 6, (options.seed ?? 1) + 1);
  for (const program of chosen) {
    const error = await tryRun(ctx, program, proxy);
    if (error) throw new Error(`${program.case.id} failed: ${describeError(error)}`);
  }
  const problems: string[] = [];
  for (const [i, h] of proxy.handles.entries()) {
    const n = proxy.destroyed.get(h) ?? 0;
    if (n !== 1) problems.push(`handle ${i} was destroyed ${n} times`);
  }
  for (const h of proxy.destroyed.keys())
    if (!proxy.handles.includes(h)) problems.push('destroy got an unknown handle');
  for (const e of proxy.thrown) problems.push(`the backend threw ${describeError(e)}`);
  let after = liveWorkers();
  for (let waited = 0; before !== undefined && after !== undefined && after > before && waited < 2000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    after = liveWorkers();
  }
  if (before !== undefined && after !== undefined && after > before) {
    problems.push(`${after - before} worker thread(s) still alive after every module was disposed`);
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  const workers = before === undefined ? '' : `, worker threads back to ${before}`;
  return `${chosen.length} programs, ${proxy.handles.length} delegates initialised and destroyed once${workers}`;
}

/**
 * Several programs loaded with one backend instance run at once, each program twice (two modules),
 * for three rounds of fresh modules: every output must equal, bit for bit, what the same program
 * gave when it ran alone (which itself matched ExecuTorch). Steps of one module run in order.
 */
export async function concurrencyCheck(
  ctx: SuiteContext,
  runnable: readonly SuiteProgram[],
  options: RobustnessOptions,
): Promise<string> {
  const backend = ctx.create(1);
  const chosen = pick(runnable, options.concurrent ?? 6, (options.seed ?? 1) + 2);
  const alone: MethodOutput[][][] = [];
  for (const program of chosen) alone.push((await runProgram(ctx, program, backend)).outputs);
  const problems = new Set<string>();
  const runSteps = async (p: SuiteProgram, i: number, m: Module) => {
    for (const [s, step] of p.case.steps.entries()) {
      const got = await m.execute(step.method, ctx.zoo.inputs(p.case, s));
      const want = alone[i]?.[s] ?? [];
      if (got.length !== want.length || got.some((o, k) => !sameOutput(o, want[k] as MethodOutput))) {
        problems.add(`${p.case.id} step ${s} differs from its run alone`);
      }
    }
  };
  for (let round = 0; round < 3; round++) {
    const jobs = chosen.flatMap((p, i) => [
      { p, i },
      { p, i },
    ]);
    const modules = await Promise.all(
      jobs.map(async ({ p }) => Module.load(await p.bytes(), { backends: [backend], kernels: ctx.kernels })),
    );
    try {
      await Promise.all(jobs.map(({ p, i }, j) => runSteps(p, i, modules[j] as Module)));
    } finally {
      await Promise.all(modules.map((m) => m.dispose()));
    }
  }
  if (problems.size > 0) throw new Error([...problems].join('; '));
  return `${chosen.length} programs, two modules each on one backend instance, 3 rounds at once, bit-identical to separate runs`;
}
