import { type Backend, ErrorCode, errorCodeName, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { lower } from '@kindling/partitioner';
import { Module, portableKernels } from '@kindling/runtime';
import { parseArgs } from '../args.js';
import {
  type BackendPluginOptions,
  backendNames,
  loadBackendLowering,
  loadRuntimeBackend,
} from '../backend-plugins.js';
import { checkDelegates } from '../backends.js';
import { readRegularFile } from '../file-source.js';
import { type CliIo, errorLine, escapeControls, safeIo, safeJson } from '../io.js';
import { createProgress, type Progress } from '../progress.js';
import { buildInputs } from './run.js';

const BENCH_USAGE = `usage: kindling bench FILE.pte [--backend LIST] [--threads LIST] [--warmup N] [--runs N]
                      [--method NAME] [--inputs SPEC] [--json]

Times a method of a program: untimed warm-up runs, then timed runs, and prints the 10th, 50th and
90th percentile latencies (and mean, min, max) of each configuration, side by side. A quick look
on your own machine; the project's published figures come from its bench/ harness.

  --backend LIST   the configurations to compare, comma-separated (or repeated): portable (the
                   portable kernels alone), xnnpack (@kindling/backend-xnnpack), or the name of a
                   backend package installed in your project. A program with no delegate calls
                   is lowered in memory for each backend first (as kindling lower does); one with
                   delegate calls runs as it is (portable cannot run it).
                   Default: portable and xnnpack (when @kindling/backend-xnnpack is installed),
                   or xnnpack alone for a program with delegate calls
  --threads LIST   thread counts to compare for each backend but portable, comma-separated
                   (each passed to the backend's factory as { threads: N }; default: its own)
  --warmup N       untimed runs before timing (default 3)
  --runs N         timed runs (default 20)
  --method NAME    the method to time (default: forward, or the only method)
  --inputs SPEC    as for kindling run: zeros, ones, random:SEED, FILE.json or FILE.npy.
                   Default: random:0 (seeded random values of each input's dtype and shape)
  --json           print the results as JSON (latencies in milliseconds)

A progress line is shown on standard error when it is a terminal, never when it is piped.`;

function fail(message: string): never {
  throw new KindlingError(ErrorCode.InvalidArgument, message);
}

/**
 * The `p`-th percentile (0-100) of `sorted` (ascending), interpolating linearly between the two
 * nearest ranks (the definition NumPy and spreadsheets use by default).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (rank - lo);
}

/** Latency statistics of one configuration, in milliseconds. */
export interface LatencyStats {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
}

/** {@link LatencyStats} of `samples` (milliseconds, in the order measured). */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    p10: percentile(s, 10),
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    min: s[0] as number,
    max: s[s.length - 1] as number,
  };
}

function count(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    fail(`--${name} must be an integer from ${min} to ${max}, got "${escapeControls(text)}"`);
  return n;
}

/** One configuration: a backend (or the portable kernels) and a thread count. */
interface Config {
  backend: string;
  threads: number | undefined;
}

/** What one configuration measured, or why it could not run. */
interface ConfigResult extends Config {
  /** Whether the program was lowered in memory for this backend before running. */
  lowered: boolean;
  /** Delegate calls in the program that ran. */
  delegateCalls: number;
  ms?: LatencyStats;
  samples?: number[];
  error?: { code: string; message: string };
}

function delegateCalls(file: PteFile): number {
  let n = 0;
  for (const m of file.methodNames) n += file.plan(m).delegates.length;
  return n;
}

/**
 * The configurations without `--backend`: portable and xnnpack (when installed) for a program
 * with no delegate calls; for a delegated one, xnnpack alone (portable could not run it).
 */
async function defaultBackends(options: BackendPluginOptions | undefined, delegated: boolean): Promise<string[]> {
  try {
    await loadRuntimeBackend('xnnpack', undefined, options);
    return delegated ? ['xnnpack'] : ['portable', 'xnnpack'];
  } catch {
    return ['portable'];
  }
}

/** Options for tests and embedders. */
export interface BenchCommandOptions {
  /** How `--backend` packages are found (working directory, CLI-side import). */
  plugins?: BackendPluginOptions;
  /** The progress line (default: on standard error when it is a terminal). */
  progress?: Progress;
}

interface Plan {
  bytes: Uint8Array;
  method: string;
  inputSpecs: string[];
  warmup: number;
  runs: number;
}

async function measure(
  plan: Plan,
  config: Config,
  program: { bytes: Uint8Array; lowered: boolean; delegateCalls: number },
  progress: Progress,
  plugins: BackendPluginOptions | undefined,
): Promise<ConfigResult> {
  const label = `${config.backend}${config.threads === undefined ? '' : ` (${config.threads} threads)`}`;
  const backends: Backend[] =
    config.backend === 'portable'
      ? []
      : [
          await loadRuntimeBackend(
            config.backend,
            config.threads === undefined ? undefined : { threads: config.threads },
            plugins,
          ),
        ];
  progress.update(`bench ${label}: loading`);
  checkDelegates(PteFile.read(program.bytes), backends);
  const module = await Module.load(program.bytes, { kernels: portableKernels, backends });
  try {
    const method = plan.method;
    const inputs = await buildInputs(module, module.methodMeta(method), plan.inputSpecs);
    await module.loadMethod(method);
    for (let i = 0; i < plan.warmup; i++) {
      progress.update(`bench ${label}: warm-up ${i + 1}/${plan.warmup}`);
      await module.execute(method, inputs);
    }
    const samples: number[] = [];
    for (let i = 0; i < plan.runs; i++) {
      progress.update(`bench ${label}: run ${i + 1}/${plan.runs}`);
      const start = performance.now();
      await module.execute(method, inputs);
      samples.push(performance.now() - start);
    }
    return {
      ...config,
      lowered: program.lowered,
      delegateCalls: program.delegateCalls,
      ms: latencyStats(samples),
      samples,
    };
  } finally {
    await module.dispose();
  }
}

const fmt = (ms: number) => ms.toFixed(3);

function table(results: readonly ConfigResult[]): string[] {
  const head = ['backend', 'threads', 'p10 ms', 'p50 ms', 'p90 ms', 'mean ms', 'min ms', 'max ms'];
  const rows = results.map((r) => {
    const name = `${escapeControls(r.backend)}${r.lowered ? ' (lowered)' : ''}`;
    const threads = r.backend === 'portable' ? '-' : r.threads === undefined ? 'default' : String(r.threads);
    if (!r.ms) return [name, threads, `error: ${r.error?.code}: ${escapeControls(r.error?.message ?? '')}`];
    const { p10, p50, p90, mean, min, max } = r.ms;
    return [name, threads, ...[p10, p50, p90, mean, min, max].map(fmt)];
  });
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.filter((r) => r.length > 3).map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        if (cells.length === 3 && i === 2) return c;
        return i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number);
      })
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

/**
 * `kindling bench`: times a method per backend configuration and prints percentiles. Returns the
 * exit code: 1 when the arguments or the program are wrong, or any configuration failed (the others
 * are still measured and printed).
 */
export async function benchCommand(argv: string[], output: CliIo, options: BenchCommandOptions = {}): Promise<number> {
  const io = safeIo(output);
  try {
    const args = parseArgs(argv, ['backend', 'threads', 'warmup', 'runs', 'method', 'inputs'], ['json']);
    if (args.flags.has('help')) {
      io.out(BENCH_USAGE);
      return 0;
    }
    if (args.positional.length === 0) fail('missing the program to time (kindling bench FILE.pte)');
    if (args.positional.length > 1) fail(`expected one program file, got ${args.positional.length}`);
    const path = args.positional[0] as string;
    const warmup = count('warmup', args.options.get('warmup')?.at(-1), 3, 0, 1_000_000);
    const runs = count('runs', args.options.get('runs')?.at(-1), 20, 1, 1_000_000);
    const threadList = backendNames(args.options.get('threads')).map((t) => count('threads', t, 0, 1, 1024));
    const bytes = readRegularFile(path);
    const file = PteFile.read(bytes);
    const methods = file.methodNames;
    const method =
      args.options.get('method')?.at(-1) ??
      (methods.includes('forward') || methods.length !== 1 ? 'forward' : (methods[0] as string));
    file.plan(method);
    const inputSpecs = args.options.get('inputs') ?? ['random:0'];
    const calls = delegateCalls(file);
    const names = args.options.has('backend')
      ? [...new Set(backendNames(args.options.get('backend')))]
      : await defaultBackends(options.plugins, calls > 0);
    if (names.length === 0) fail('--backend names no backend');
    // Unknown or broken backend packages stop the command before anything is timed.
    for (const name of names) if (name !== 'portable') await loadRuntimeBackend(name, undefined, options.plugins);
    const plan: Plan = { bytes, method, inputSpecs, warmup, runs };
    const progress = options.progress ?? createProgress();
    const results: ConfigResult[] = [];
    try {
      for (const backend of names) {
        const threads = backend === 'portable' || threadList.length === 0 ? [undefined] : threadList;
        let program: { bytes: Uint8Array; lowered: boolean; delegateCalls: number } | undefined;
        let setupError: unknown;
        try {
          program = { bytes, lowered: false, delegateCalls: calls };
          if (backend !== 'portable' && calls === 0) {
            // The program has no delegate calls: give this backend its part first, as `lower` does.
            const lowering = await loadBackendLowering(backend, options.plugins);
            const shown = escapeControls(backend);
            const result = await lower(file, {
              backends: [lowering],
              onProgress: (p) => progress.update(`bench ${shown}: lowering (${p.stage} ${p.done}/${p.total})`),
            });
            const loweredFile = PteFile.read(result.bytes);
            program = { bytes: result.bytes, lowered: true, delegateCalls: delegateCalls(loweredFile) };
          }
        } catch (e) {
          setupError = e;
        }
        for (const t of threads) {
          const config: Config = { backend, threads: t };
          try {
            if (setupError !== undefined || !program) throw setupError;
            results.push(await measure(plan, config, program, progress, options.plugins));
          } catch (e) {
            // A configuration that cannot run (e.g. portable for a delegated program) is reported
            // in its row; an argument error (an unknown method, bad --inputs) stops the command.
            if (KindlingError.isInstance(e) && e.code === ErrorCode.InvalidArgument) throw e;
            const code = KindlingError.isInstance(e) ? errorCodeName(e.code) : 'Internal';
            const message = e instanceof Error ? e.message : String(e);
            results.push({ ...config, lowered: false, delegateCalls: calls, error: { code, message } });
          }
        }
      }
    } finally {
      progress.done();
    }
    const failed = results.some((r) => r.error);
    if (args.flags.has('json')) {
      io.out(
        safeJson(
          {
            file: path,
            method,
            inputs: inputSpecs,
            warmup,
            runs,
            runtime: `node ${process.version}`,
            results: results.map((r) => ({ ...r, threads: r.threads ?? null })),
          },
          2,
        ),
      );
    } else {
      io.out(
        `${escapeControls(path)} ${escapeControls(method)}: ${warmup} warm-up run(s), ${runs} timed run(s), inputs ${escapeControls(inputSpecs.join(' '))}`,
      );
      for (const l of table(results)) io.out(l);
    }
    return failed ? 1 : 0;
  } catch (e) {
    io.err(errorLine(e));
    return 1;
  }
}
