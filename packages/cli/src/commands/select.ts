import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ErrorCode, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { parseArgs } from '../args.js';
import { loadDelegateTools } from '../backend-plugins.js';
import { FileSource } from '../file-source.js';
import { type CliIo, escapeControls } from '../io.js';
import { importedKernelNames, renderKernelModule, selectKernels } from '../select.js';

const WASM_BUILDS = ['simd', 'relaxed-simd', 'simd-shared', 'relaxed-simd-shared'];

const SELECT_USAGE = `usage: kindling select FILE.pte [FILE.pte ...] [-o kernels.gen.ts] [--wasm kernels.wasm] [--check]

Reads the operators of the programs and writes a TypeScript module that imports exactly the
portable kernels they call from @kindling/runtime/kernels and exports them as \`kernels\`:

  import { kernels } from './kernels.gen.js';
  const module = await Module.load(bytes, { kernels, backends: [xnnpack()] });

A bundler then leaves every other kernel out of the app. Operators with no portable kernel (custom
ops) are listed; pass your own kernels for them. The node types of each delegate's payloads are
listed too (for backend packages that can read them).

With --wasm, also writes the CPU delegate's WebAssembly kernels (@kindling/backend-xnnpack) with
only the kernels the programs' XNNPACK payloads use, for the app to serve:

  xnnpack({ wasm: new URL('./kernels.wasm', import.meta.url) })

  -o, --out FILE       the module to write (replaced only when complete)
  --wasm FILE          the pruned kernel build to write (replaced only when complete)
  --wasm-build NAME    which build to prune: simd (default: every engine with WebAssembly SIMD),
                       relaxed-simd (faster where the engine has relaxed SIMD), or either with
                       -shared (for threads > 1; run select once per build and give
                       xnnpack({ wasm: ({ name }) => ... }) a function of the build's name)
  --check              write nothing; exit 1 when FILE (or the --wasm FILE) lacks a kernel the
                       programs need`;

interface ReadProgram {
  readonly path: string;
  readonly file: PteFile;
}

/** The delegates of the programs, by id: each payload with its program's named data. */
function delegatePayloads(programs: readonly ReadProgram[]) {
  const byId = new Map<string, { processed: Uint8Array; namedData: ReturnType<PteFile['namedData']> }[]>();
  for (const { file } of programs) {
    const namedData = file.namedData();
    for (const method of file.methodNames) {
      for (const d of file.plan(method).delegates) {
        const list = byId.get(d.id) ?? [];
        list.push({ processed: file.delegatePayload(d), namedData });
        byId.set(d.id, list);
      }
    }
  }
  return byId;
}

type NodeTypesOf = (processed: Uint8Array) => string[];

interface WasmTools {
  buildKernelWasm(
    payloads: readonly { processed: Uint8Array; namedData: unknown }[],
    build: string,
  ): Promise<{ bytes: Uint8Array; exports: readonly string[]; fullSize: number }>;
  xnnpackKernelExports(
    payloads: readonly { processed: Uint8Array; namedData: unknown }[],
    variant: string,
  ): Promise<string[]>;
  wasmFunctionExports(bytes: Uint8Array): string[];
}

function isWasmTools(m: Record<string, unknown> | undefined): m is Record<string, unknown> & WasmTools {
  return (
    !!m &&
    typeof m.buildKernelWasm === 'function' &&
    typeof m.xnnpackKernelExports === 'function' &&
    typeof m.wasmFunctionExports === 'function'
  );
}

/** `kindling select`: the portable kernels a set of programs needs, as a module to import. */
export async function selectCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['out', 'wasm', 'wasm-build'], ['check', 'help'], { o: 'out' });
  if (parsed.flags.has('help')) {
    io.out(SELECT_USAGE);
    return 0;
  }
  const outs = parsed.options.get('out') ?? [];
  const wasmOuts = parsed.options.get('wasm') ?? [];
  const builds = parsed.options.get('wasm-build') ?? [];
  const usage = '(kindling select --help shows the usage)';
  if (parsed.positional.length === 0)
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `missing the programs to read (kindling select FILE.pte ...) ${usage}`,
    );
  if (outs.length + wasmOuts.length === 0)
    throw new KindlingError(ErrorCode.InvalidArgument, `missing required option -o FILE (or --wasm FILE) ${usage}`);
  if (outs.length > 1 || wasmOuts.length > 1)
    throw new KindlingError(ErrorCode.InvalidArgument, `-o and --wasm each take one file ${usage}`);
  const build = builds.at(-1) ?? 'simd';
  if (!WASM_BUILDS.includes(build)) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `--wasm-build must be one of ${WASM_BUILDS.join(', ')}, got "${escapeControls(build)}"`,
    );
  }
  if (builds.length > 0 && wasmOuts.length === 0)
    throw new KindlingError(ErrorCode.InvalidArgument, '--wasm-build needs --wasm FILE');
  // The files stay open while delegate payloads (which may live in segments) are read.
  const sources: FileSource[] = [];
  try {
    const programs: ReadProgram[] = parsed.positional.map((path) => {
      const source = new FileSource(path);
      sources.push(source);
      return { path, file: PteFile.read(source) };
    });
    return await selectPrograms(
      programs,
      parsed.positional,
      outs[0],
      wasmOuts[0],
      build,
      parsed.flags.has('check'),
      io,
    );
  } finally {
    for (const s of sources) s.close();
  }
}

async function selectPrograms(
  programs: readonly ReadProgram[],
  paths: readonly string[],
  out: string | undefined,
  wasmOut: string | undefined,
  build: string,
  check: boolean,
  io: CliIo,
): Promise<number> {
  const selection = selectKernels(programs.map((p) => p.file));
  const missing = selection.missing.length > 0 ? `; no portable kernel for ${selection.missing.join(', ')}` : '';
  const delegates = selection.delegates.length > 0 ? `; delegates: ${selection.delegates.join(', ')}` : '';
  const payloads = delegatePayloads(programs);
  const tools = new Map<string, Record<string, unknown> | undefined>();
  for (const id of payloads.keys()) tools.set(id, await loadDelegateTools(id));

  let status = 0;
  if (out !== undefined) status = Math.max(status, writeOrCheckModule(out, selection, paths, check, io));
  if (out !== undefined && status === 0) {
    const summary = check
      ? `${escapeControls(out)}: all ${selection.kernels.length} kernel(s) the programs need`
      : `${escapeControls(out)}: ${selection.kernels.length} kernel(s) for ${selection.operators.length} operator(s) of ${programs.length} program(s)`;
    io.out(`${summary}${missing}${delegates}`);
  }
  // What each delegate's payloads contain, from its backend package's tools.
  for (const [id, list] of payloads) {
    const nodeTypes = tools.get(id)?.delegateNodeTypes as NodeTypesOf | undefined;
    if (typeof nodeTypes !== 'function') continue;
    const types = [...new Set(list.flatMap((p) => nodeTypes(p.processed)))].sort();
    io.out(`${escapeControls(id)}: ${list.length} payload(s), node types: ${types.join(', ') || 'none'}`);
  }
  if (wasmOut !== undefined)
    status = Math.max(status, await writeOrCheckWasm(wasmOut, build, payloads, tools, check, io));
  return status;
}

function writeOrCheckModule(
  out: string,
  selection: ReturnType<typeof selectKernels>,
  sources: readonly string[],
  check: boolean,
  io: CliIo,
): number {
  if (check) {
    if (!existsSync(out)) throw new KindlingError(ErrorCode.InvalidArgument, `${out} does not exist`);
    const have = importedKernelNames(readFileSync(out, 'utf8'));
    const lacking = selection.kernels.filter((k) => !have.has(k.name));
    if (lacking.length > 0) {
      io.err(
        `error: OperatorMissing: ${escapeControls(out)} lacks ${lacking.length} kernel(s) the programs need: ${lacking
          .map((k) => `${k.name} (${k.op})`)
          .join(', ')}. Run kindling select again.`,
      );
      return 1;
    }
    return 0;
  }
  writeAtomically(out, renderKernelModule(selection, sources));
  return 0;
}

/** Write beside the target, then rename: a failed write never leaves a partial file behind. */
function writeAtomically(out: string, data: string | Uint8Array): void {
  const partial = `${out}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, out);
}

async function writeOrCheckWasm(
  out: string,
  build: string,
  payloads: ReturnType<typeof delegatePayloads>,
  tools: ReadonlyMap<string, Record<string, unknown> | undefined>,
  check: boolean,
  io: CliIo,
): Promise<number> {
  const list = payloads.get('XnnpackBackend') ?? [];
  if (list.length === 0) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      '--wasm builds the CPU delegate kernels for XnnpackBackend payloads, and the programs have none',
    );
  }
  const xnn = tools.get('XnnpackBackend');
  if (!isWasmTools(xnn)) {
    throw new KindlingError(
      ErrorCode.NotFound,
      '--wasm needs @kindling/backend-xnnpack with kernel selection (its ./partitioner entry exports buildKernelWasm); install or update it in your project',
    );
  }
  const name = escapeControls(out);
  if (check) {
    if (!existsSync(out)) throw new KindlingError(ErrorCode.InvalidArgument, `${out} does not exist`);
    const have = new Set(xnn.wasmFunctionExports(new Uint8Array(readFileSync(out))));
    const need = await xnn.xnnpackKernelExports(list, build.replace(/-shared$/, ''));
    const lacking = need.filter((n) => !have.has(n));
    if (lacking.length > 0) {
      io.err(
        `error: OperatorMissing: ${name} lacks ${lacking.length} kernel(s) the XNNPACK payloads use: ${lacking.join(', ')}. Run kindling select --wasm again.`,
      );
      return 1;
    }
    io.out(`${name}: all ${need.length} kernel(s) the XNNPACK payloads use`);
    return 0;
  }
  const selection = await xnn.buildKernelWasm(list, build);
  writeAtomically(out, selection.bytes);
  io.out(
    `${name}: the ${build} kernel build with ${selection.exports.length} kernel(s) for ${list.length} XNNPACK payload(s), ${selection.bytes.length} bytes (the full build: ${selection.fullSize})`,
  );
  return 0;
}
