import { ErrorCode, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import {
  type BackendLowering,
  formatPartitionReport,
  type LowerProgress,
  lower,
  partitionReportJson,
} from '@kindling/partitioner';
import { parseArgs, requireOption } from '../args.js';
import { type BackendPluginOptions, backendNames, loadBackendLowering } from '../backend-plugins.js';
import { readRegularFile, writeFile } from '../file-source.js';
import { type CliIo, escapeControls, escapeStrings, safeIo, safeJson } from '../io.js';
import { createProgress } from '../progress.js';

export const LOWER_USAGE = `usage: kindling lower IN.pte --backend BACKEND[,BACKEND] -o OUT.pte [--report text|json]

Lowers a program ahead of time: partitions every method over the backends (first = highest
priority), replaces each partition by one delegate call, re-plans memory and writes OUT.pte.

  --backend BACKENDS  comma-separated (or repeated): portable (no delegation: re-plan and
                      re-emit), xnnpack (@kindling/backend-xnnpack), webgpu
                      (@kindling/backend-webgpu: the GPU; webgpu,xnnpack gives the CPU what the
                      GPU does not take), coreml (@kindling/backend-coreml: an fp16 Core ML
                      ML Program; coreml,xnnpack likewise), or the name of a backend package
                      installed in your project (@acme/kindling-backend-npu); its "./partitioner"
                      entry's default export makes the lowering
  -o, --output OUT    where to write the lowered program
  --report FORMAT     print the partition report: text (one line per node) or json`;

/** Options for tests and embedders. */
export interface LowerCommandOptions {
  /** Lowerings by `--backend` name, used before any package is looked up. */
  backends?: Readonly<Record<string, BackendLowering>>;
  /** How backend packages are found (working directory, CLI-side import). */
  plugins?: BackendPluginOptions;
  /** `false`: no progress line even on a terminal (default: shown when stderr is a terminal). */
  tty?: boolean;
}

/** `kindling lower`: returns the exit code. */
export async function lowerCommand(args: string[], ioOut: CliIo, options: LowerCommandOptions = {}): Promise<number> {
  const io = safeIo(ioOut);
  const parsed = parseArgs(args, ['backend', 'output', 'report'], ['help'], { o: 'output' });
  if (parsed.flags.has('help')) {
    io.out(LOWER_USAGE);
    return 0;
  }
  const [input, ...extra] = parsed.positional;
  if (!input)
    throw new KindlingError(ErrorCode.InvalidArgument, 'missing the program to lower (kindling lower IN.pte ...)');
  if (extra.length > 0)
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `expected one program to lower, got ${parsed.positional.length}`,
    );
  requireOption(parsed, 'backend', 'BACKEND[,BACKEND]', 'lower');
  const output = requireOption(parsed, 'output', '(-o) OUT.pte', 'lower');
  const names = backendNames(parsed.options.get('backend'));
  if (names.length === 0) throw new KindlingError(ErrorCode.InvalidArgument, '--backend names no backend');
  const reportFormat = parsed.options.get('report')?.at(-1);
  if (reportFormat !== undefined && reportFormat !== 'text' && reportFormat !== 'json') {
    throw new KindlingError(ErrorCode.InvalidArgument, `--report must be text or json, not "${reportFormat}"`);
  }
  const backends: BackendLowering[] = [];
  for (const name of names) {
    if (name === 'portable') continue;
    backends.push(options.backends?.[name] ?? (await loadBackendLowering(name, options.plugins)));
  }

  const bytes = readRegularFile(input);
  const file = PteFile.read(bytes);
  const nodeCount = file.program.executionPlan.reduce((n, p) => n + (p.chains[0]?.instructions.length ?? 0), 0);
  // A progress line on a terminal for programs big enough to take a while (nothing when piped).
  const progress = options.tty === false || nodeCount < 200 ? undefined : createProgress();
  const onProgress = (p: LowerProgress) => {
    progress?.update(`lowering: ${p.stage}${p.method ? ` ${escapeControls(p.method)}` : ''} ${p.done}/${p.total}`);
  };
  let result: Awaited<ReturnType<typeof lower>>;
  try {
    result = await lower(file, { backends, onProgress });
  } finally {
    progress?.done();
  }
  writeFile(output, result.bytes);

  if (reportFormat === 'json') {
    const planned = Object.fromEntries(
      [...result.plans].map(([m, p]) => [m, { bytes: p.totalBytes, algorithm: p.algorithm }]),
    );
    io.out(
      safeJson(
        { output, size: result.bytes.byteLength, memory: planned, methods: partitionReportJson(result.report) },
        2,
      ),
    );
    return 0;
  }
  if (reportFormat === 'text' && result.report.length > 0) io.out(formatPartitionReport(escapeStrings(result.report)));
  const delegated = result.report.reduce((n, m) => n + m.partitions.length, 0);
  for (const [m, p] of result.plans) {
    const before =
      file.program.executionPlan
        .find((e) => e.name === m)
        ?.nonConstBufferSizes.slice(1)
        .reduce((a, b) => a + b, 0n) ?? 0n;
    io.out(
      `${escapeControls(m)}: planned memory ${p.totalBytes.toLocaleString('en-US')} B (was ${before.toLocaleString('en-US')} B, ${p.algorithm})`,
    );
  }
  io.out(
    `wrote ${escapeControls(output)} (${result.bytes.byteLength.toLocaleString('en-US')} B, ${delegated} delegate call(s))`,
  );
  return 0;
}
