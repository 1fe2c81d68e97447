import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import {
  type BackendCapabilities,
  type BackendV1,
  ErrorCode,
  isBackendV1,
  type KernelDescriptor,
  KindlingError,
} from '@kindling/core';
import { CALL_DELEGATE, type Graph, importProgram, PteFile } from '@kindling/ir';
import { type BackendLoweringV1, lower } from '@kindling/partitioner';
import { portableKernels } from '@kindling/runtime';
import { declaredRequirements, type Requirement, THREADS, unmet } from './capabilities.js';
import { runConformance } from './conformance.js';
import { type CaseRequirements, delegatedRequirements, loweredRequirements } from './requirements.js';
import { concurrencyCheck, destroyCheck, payloadMutationCheck, type RobustnessOptions } from './robustness.js';

/** Options a backend factory receives from the suite. */
export interface SuiteBackendOptions {
  /** Threads to run on (the suite asks for 2 in its threads checks, when the backend declares threads). */
  readonly threads?: number;
}

/** A backend factory: called for the conformance runs and again with `threads` for the threads checks. */
export type BackendFactory = (options: SuiteBackendOptions) => BackendV1;

/** What {@link planBackendSuite} and the runners take. */
export interface BackendSuiteOptions {
  /** The backend under test, or its factory (needed for the threads checks). */
  readonly backend: BackendV1 | BackendFactory;
  /** Its lowering: the zoo's portable programs are lowered with it, run, and compared. */
  readonly lowering?: BackendLoweringV1;
  /** What the backend declares (default: its own `capabilities`). Cases are chosen from this alone. */
  readonly capabilities?: BackendCapabilities;
  /** The zoo (default: the one `@kindling/conformance-zoo` ships). */
  readonly zoo?: ConformanceZoo;
  /** Also run the large programs generated on demand into the zoo's cache folder (default false). */
  readonly includeLarge?: boolean;
  /** Kernels for what stays outside the delegates (default: the portable kernels). */
  readonly kernels?: Iterable<KernelDescriptor>;
  /** The robustness checks (default: on, with their default sizes); `false` leaves them out. */
  readonly robustness?: boolean | RobustnessOptions;
  /** Time limit of one check, in milliseconds (default 120 000). */
  readonly timeoutMs?: number;
  /**
   * In the threads checks, also require outputs bit-identical to the single-threaded run (for
   * backends that split work so that threads never change the arithmetic; default false).
   */
  readonly threadsBitIdentical?: boolean;
  /** Receives every program the lowering wrote (e.g. to run them in ExecuTorch too). */
  readonly onLowered?: (c: ManifestCase, bytes: Uint8Array) => void;
}

/** The kinds of checks. */
export type CheckGroup = 'delegated' | 'lowered' | 'threads' | 'robustness';

/** One check of the suite. */
export interface SuiteCheck {
  /** Unique within the plan: `<group>/<case id>` or `robustness/<name>`. */
  readonly id: string;
  readonly group: CheckGroup;
  /** The zoo case it runs, if any. */
  readonly caseId?: string;
  /** What it needs from the backend. */
  readonly requires: readonly Requirement[];
  /** Why it does not run (a requirement the backend does not declare, or nothing for it to do). */
  readonly skip?: string;
  /** Runs the check: resolves with a one-line summary, rejects with the reason it failed. */
  run(): Promise<string>;
}

/** The checks of one backend. */
export interface SuitePlan {
  readonly backendId: string;
  readonly name: string;
  readonly capabilities: BackendCapabilities;
  readonly checks: readonly SuiteCheck[];
}

/** Resolved options shared by the checks. */
export interface SuiteContext {
  readonly backendId: string;
  readonly zoo: ConformanceZoo;
  readonly kernels: readonly KernelDescriptor[];
  readonly lowering: BackendLoweringV1 | undefined;
  /** A backend instance for single-threaded runs (created once, shared by the checks). */
  backend(): BackendV1;
  /** A fresh backend instance (threads > 1 only where the backend declares threads). */
  create(threads: number): BackendV1;
}

/** A program the backend runs: a delegated zoo case as it is, or a portable one after lowering. */
export interface SuiteProgram {
  readonly case: ManifestCase;
  readonly lowered: boolean;
  /** The program to load (lowering runs on first use). */
  bytes(): Promise<Uint8Array>;
}

function delegateIds(graphs: readonly Graph[]): Set<string> {
  const ids = new Set<string>();
  for (const g of graphs) for (const n of g.nodes) if (n.op === CALL_DELEGATE && n.delegate) ids.add(n.delegate.id);
  return ids;
}

function fail(message: string): never {
  throw new KindlingError(ErrorCode.InvalidArgument, `backend test suite: ${message}`);
}

/**
 * Plans the suite for one backend: a check per zoo case the backend runs (programs ExecuTorch
 * delegated to it, and portable programs lowered with its lowering), the same again on two threads
 * when it declares threads, and the robustness checks. A case whose requirements are not all
 * declared is kept as a skipped check naming what is missing; which cases run never depends on
 * their names.
 */
export function planBackendSuite(options: BackendSuiteOptions): SuitePlan {
  const factory: BackendFactory | undefined = typeof options.backend === 'function' ? options.backend : undefined;
  const probe = factory ? factory({}) : (options.backend as BackendV1);
  if (!isBackendV1(probe)) fail('`backend` is not a BackendV1 (or a factory of one)');
  const capabilities = options.capabilities ?? probe.capabilities;
  if (!capabilities) fail(`${probe.id} declares no capabilities; pass \`capabilities\``);
  const lowering = options.lowering;
  if (lowering && lowering.id !== probe.id) {
    fail(`the lowering writes delegate id "${lowering.id}", the backend executes "${probe.id}"`);
  }
  const zoo = options.zoo ?? ConformanceZoo.open();
  const declared = declaredRequirements(capabilities);
  const kernels = [...(options.kernels ?? portableKernels)];
  let shared: BackendV1 | undefined = factory ? undefined : probe;
  const ctx: SuiteContext = {
    backendId: probe.id,
    zoo,
    kernels,
    lowering,
    backend: () => {
      shared ??= factory ? factory({}) : probe;
      return shared;
    },
    create: (threads) => (factory ? factory(threads > 1 ? { threads } : {}) : probe),
  };
  const timeoutMs = options.timeoutMs ?? 120_000;
  const checks: SuiteCheck[] = [];
  const runnable: SuiteProgram[] = [];
  const graphCache = new Map<string, Graph[]>();
  const graphsOf = (c: ManifestCase): Graph[] => {
    let g = graphCache.get(c.id);
    if (!g) {
      g = importProgram(PteFile.read(zoo.programBytes(c)));
      graphCache.set(c.id, g);
    }
    return g;
  };

  const add = (
    group: CheckGroup,
    c: ManifestCase,
    req: CaseRequirements,
    program: SuiteProgram,
    extra: readonly Requirement[],
    skip: string | undefined,
    threads: number,
  ) => {
    const requires = [...req.requires, ...extra];
    const missing = unmet(requires, declared);
    const why = skip ?? (missing.length > 0 ? `not declared: ${missing.join(', ')}` : undefined);
    checks.push({
      id: `${group}/${c.id}`,
      group,
      caseId: c.id,
      requires,
      ...(why ? { skip: why } : {}),
      run: () =>
        withTimeout(
          runConformance(ctx, program, threads, !!options.threadsBitIdentical),
          timeoutMs,
          `${group}/${c.id}`,
        ),
    });
    if (!why && threads === 1) runnable.push(program);
  };

  for (const c of zoo.available({ includeLarge: !!options.includeLarge })) {
    const graphs = graphsOf(c);
    const ids = delegateIds(graphs);
    if (ids.size === 0) {
      if (!lowering) continue;
      const req = loweredRequirements(c, graphs, lowering);
      let loweredBytes: Promise<Uint8Array> | undefined;
      const program: SuiteProgram = {
        case: c,
        lowered: true,
        bytes: () => {
          loweredBytes ??= lowerProgram(zoo.programBytes(c), lowering).then((bytes) => {
            options.onLowered?.(c, bytes);
            return bytes;
          });
          return loweredBytes;
        },
      };
      add('lowered', c, req, program, [], req.nodes === 0 ? 'the lowering takes none of its nodes' : undefined, 1);
      continue;
    }
    if (!ids.has(probe.id)) continue;
    const portable = zoo.portableOf(c);
    const req = delegatedRequirements(c, graphs, portable ? graphsOf(portable) : undefined, probe.id);
    const others = [...ids].filter((id) => id !== probe.id);
    const skip = others.length > 0 ? `also delegates to ${others.join(', ')}` : undefined;
    const program: SuiteProgram = { case: c, lowered: false, bytes: async () => zoo.programBytes(c) };
    add('delegated', c, req, program, [], skip, 1);
    if (factory) add('threads', c, req, program, [THREADS], skip, 2);
  }

  if (options.robustness !== false) {
    const ro: RobustnessOptions = typeof options.robustness === 'object' ? options.robustness : {};
    const none =
      runnable.length === 0 ? 'no zoo program of this backend runs with its declared capabilities' : undefined;
    const robust = (name: string, requires: Requirement[], run: () => Promise<string>) => {
      const missing = unmet(requires, declared);
      const skip = none ?? (missing.length > 0 ? `not declared: ${missing.join(', ')}` : undefined);
      checks.push({
        id: `robustness/${name}`,
        group: 'robustness',
        requires,
        ...(skip ? { skip } : {}),
        run: () => withTimeout(run(), timeoutMs * 4, `robustness/${name}`),
      });
    };
    robust('truncated and bit-flipped payloads give KindlingError', [], () => payloadMutationCheck(ctx, runnable, ro));
    robust('destroy releases every delegate', [], () => destroyCheck(ctx, runnable, 1, ro));
    if (factory)
      robust('destroy releases every delegate on two threads', [THREADS], () => destroyCheck(ctx, runnable, 2, ro));
    robust('concurrent methods are safe', [], () => concurrencyCheck(ctx, runnable, ro));
  }

  return { backendId: probe.id, name: probe.name ?? probe.id, capabilities, checks };
}

async function lowerProgram(bytes: Uint8Array, lowering: BackendLoweringV1): Promise<Uint8Array> {
  return (await lower(bytes, { backends: [lowering] })).bytes;
}

/** Rejects when `promise` has not settled after `ms` (the work itself cannot be stopped). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
