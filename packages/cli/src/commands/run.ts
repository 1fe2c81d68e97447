import { floatToBfloat16, floatToHalf, seededRandom } from '@kindling/backend-utils';
import {
  type Backend,
  dtypeName,
  ErrorCode,
  isFloatingType,
  KindlingError,
  numelOf,
  parseScalarType,
  ScalarType,
  Tag,
  Tensor,
} from '@kindling/core';
import { isBundledProgram, PteFile } from '@kindling/ir';
import {
  createEventTracer,
  formatEventSummary,
  type MethodInput,
  type MethodMeta,
  type MethodOutput,
  Module,
  portableKernels,
  readDataFile,
  runBundledProgram,
  tensorElements,
  type ValueMeta,
} from '@kindling/runtime';
import { parseArgs } from '../args.js';
import type { BackendPluginOptions } from '../backend-plugins.js';
import { checkDelegates, runtimeBackends } from '../backends.js';
import { readRegularFile } from '../file-source.js';
import { type CliIo, errorLine, escapeControls, escapeStrings, safeIo, safeJson } from '../io.js';

/** Help text of `kindling run`. */
const RUN_USAGE = `usage: kindling run FILE [--method NAME] [--inputs SPEC ...] [--data FILE.ptd ...]
                    [--backend BACKEND[,BACKEND]] [--threads N] [--repeat N] [--profile] [--json]
       kindling run --bundled FILE.bpte [--backend BACKEND[,BACKEND]] [--threads N]

Executes a method of a program (.pte) with the portable kernels and the backends its delegates
need, and prints its outputs.

  --method NAME    the method to run (default: forward, or the only method)
  --inputs SPEC    zeros | ones | random:SEED (every input), FILE.json (a JSON array with one entry
                   per input: a number, a boolean, nested arrays, or {"dtype","shape","data"}), or
                   FILE.npy (the next input; repeat --inputs for several). Default: zeros
  --data FILE.ptd  external tensor data (repeatable)
  --backend NAMES  the backends for delegate calls, comma-separated (or repeated): xnnpack
                   (@kindling/backend-xnnpack), webgpu (@kindling/backend-webgpu; in Node.js with
                   the webgpu package installed), portable (none), or the name of a backend package
                   installed in your project (@acme/kindling-backend-npu), whose default export
                   makes the backend. Default: @kindling/backend-xnnpack when installed
  --threads N      passed to each backend's factory as { threads: N }
  --repeat N       run N times and print the median latency
  --profile        print a per-operator timing table
  --json           print outputs (and timings) as JSON
  --bundled        run the test cases of a bundled program; exit 1 if any fails (a .bpte given
                   as FILE is recognised too)`;

const MAX_PRINTED = 16;

function fail(message: string): never {
  throw new KindlingError(ErrorCode.InvalidArgument, message);
}

/** Writes plain numbers into a tensor of any numeric dtype (half/bfloat16 encoded). */
function fillTensor(t: Tensor, values: ArrayLike<number>): void {
  const data = t.data as unknown as { [i: number]: number | bigint; length: number };
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    switch (t.dtype) {
      case ScalarType.Long:
      case ScalarType.UInt64:
        data[i] = BigInt(Math.trunc(v));
        break;
      case ScalarType.Half:
        data[i] = floatToHalf(v);
        break;
      case ScalarType.BFloat16:
        data[i] = floatToBfloat16(v);
        break;
      case ScalarType.Bool:
        data[i] = v ? 1 : 0;
        break;
      default:
        data[i] = v;
    }
  }
}

function programValue(module: Module, method: string, input: number): unknown {
  const plan = module.program.plan(method);
  const v = plan.values[plan.inputs[input] as number];
  if (!v) return undefined;
  if (v.type === 'Int') return Number(v.value);
  if (v.type === 'Bool' || v.type === 'Double' || v.type === 'String') return v.value;
  return undefined;
}

function generatedInputs(module: Module, meta: MethodMeta, spec: string): MethodInput[] {
  let gen: (dtype: ScalarType) => number;
  if (spec === 'zeros') gen = () => 0;
  else if (spec === 'ones') gen = () => 1;
  else {
    const m = /^random:(\d+)$/.exec(spec);
    if (!m) fail(`--inputs: expected zeros, ones, random:SEED, FILE.json or FILE.npy, got "${spec}"`);
    const rand = seededRandom(Number(m[1]));
    gen = (dtype) => {
      if (dtype === ScalarType.Bool) return rand() < 0.5 ? 0 : 1;
      if (isFloatingType(dtype)) return rand() * 2 - 1;
      return Math.floor(rand() * 10);
    };
  }
  return meta.inputs.map((im, i) => {
    if (im.tag === Tag.Tensor) {
      const t = Tensor.zeros(im.dtype, im.sizes, im.dimOrder);
      fillTensor(
        t,
        Array.from({ length: numelOf(im.sizes) }, () => gen(im.dtype)),
      );
      return t;
    }
    if (im.tag === Tag.None) return null;
    const v = programValue(module, meta.name, i);
    if (v === undefined)
      fail(`input ${i} of method "${meta.name}" is a ${Tag[im.tag]}, which --inputs ${spec} cannot generate`);
    return v as MethodInput;
  });
}

function flatten(value: unknown, out: number[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (typeof value === 'number') out.push(value);
  else if (typeof value === 'boolean') out.push(value ? 1 : 0);
  else fail(`JSON inputs: expected numbers, got ${JSON.stringify(value)}`);
}

function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return shape;
}

function jsonInput(entry: unknown, im: ValueMeta | undefined, i: number): MethodInput {
  if (!im) fail(`JSON inputs: the method has no input ${i}`);
  if (im.tag !== Tag.Tensor) {
    if (typeof entry === 'number' || typeof entry === 'boolean' || typeof entry === 'string' || entry === null)
      return entry;
    fail(`JSON inputs: input ${i} must be a scalar`);
  }
  let dtype = im.dtype;
  let shape: number[] | undefined;
  let data: unknown = entry;
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const o = entry as { dtype?: unknown; shape?: unknown; data?: unknown };
    if (o.dtype !== undefined) {
      const d = typeof o.dtype === 'string' ? parseScalarType(o.dtype) : undefined;
      if (d === undefined) fail(`JSON inputs: input ${i} has unknown dtype ${JSON.stringify(o.dtype)}`);
      dtype = d;
    }
    if (o.shape !== undefined) {
      if (!Array.isArray(o.shape) || !o.shape.every((s) => Number.isSafeInteger(s) && s >= 0))
        fail(`JSON inputs: input ${i} has an invalid shape`);
      shape = o.shape as number[];
    }
    data = o.data;
  }
  const values: number[] = [];
  flatten(data, values);
  if (!shape) shape = Array.isArray(data) && shapeOf(data).length === im.sizes.length ? shapeOf(data) : [...im.sizes];
  if (numelOf(shape) !== values.length)
    fail(`JSON inputs: input ${i} has ${values.length} values for shape [${shape.join(', ')}]`);
  const t = Tensor.zeros(dtype, shape, im.dimOrder.length === shape.length ? im.dimOrder : undefined);
  fillTensor(t, values);
  return t;
}

const NPY_DTYPES: Record<string, ScalarType> = {
  '<f4': ScalarType.Float,
  '<f8': ScalarType.Double,
  '<f2': ScalarType.Half,
  '<i8': ScalarType.Long,
  '<i4': ScalarType.Int,
  '<i2': ScalarType.Short,
  '|i1': ScalarType.Char,
  '|u1': ScalarType.Byte,
  '|b1': ScalarType.Bool,
  '<u2': ScalarType.UInt16,
  '<u4': ScalarType.UInt32,
  '<u8': ScalarType.UInt64,
};

/** Parses a NumPy `.npy` file (versions 1-3, little-endian, C order) into a tensor. */
export function parseNpy(bytes: Uint8Array, name = 'npy file'): Tensor {
  const bad = (why: string): never => fail(`${name}: ${why}`);
  if (bytes.byteLength < 10 || bytes[0] !== 0x93 || new TextDecoder().decode(bytes.subarray(1, 6)) !== 'NUMPY')
    bad('not a .npy file');
  const major = bytes[6] as number;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen =
    major === 1
      ? view.getUint16(8, true)
      : major === 2 || major === 3
        ? view.getUint32(8, true)
        : bad(`unsupported .npy version ${major}`);
  const start = major === 1 ? 10 : 12;
  if (start + headerLen > bytes.byteLength) bad('truncated header');
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) bad('malformed header');
  if (fortran === 'True') bad('Fortran-ordered arrays are not supported; save with C order');
  const dtype = NPY_DTYPES[descr as string] ?? bad(`unsupported dtype ${descr}`);
  const shape = (shapeText as string)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : bad(`invalid shape (${shapeText})`)));
  const t = Tensor.zeros(dtype, shape);
  const body = bytes.subarray(start + headerLen);
  if (body.byteLength < t.nbytes)
    bad(`holds ${body.byteLength} data bytes, shape [${shape.join(', ')}] needs ${t.nbytes}`);
  t.bytes.set(body.subarray(0, t.nbytes));
  return t;
}

async function readInputFile(path: string): Promise<Uint8Array> {
  return readRegularFile(path);
}

export async function buildInputs(module: Module, meta: MethodMeta, specs: readonly string[]): Promise<MethodInput[]> {
  if (specs.length === 0) return generatedInputs(module, meta, 'zeros');
  if (specs.length === 1 && !/\.(json|npy)$/i.test(specs[0] as string))
    return generatedInputs(module, meta, specs[0] as string);
  const inputs: MethodInput[] = [];
  for (const spec of specs) {
    if (/\.json$/i.test(spec)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder().decode(await readInputFile(spec)));
      } catch (e) {
        if (KindlingError.isInstance(e)) throw e;
        fail(`${spec} is not valid JSON`);
      }
      if (!Array.isArray(parsed)) fail(`${spec}: expected a JSON array with one entry per input`);
      for (const entry of parsed) inputs.push(jsonInput(entry, meta.inputs[inputs.length], inputs.length));
    } else if (/\.npy$/i.test(spec)) {
      inputs.push(parseNpy(await readInputFile(spec), spec));
    } else {
      fail(`--inputs ${spec}: zeros, ones and random:SEED cannot be combined with input files`);
    }
  }
  return inputs;
}

function describeOutput(v: MethodOutput): string {
  if (v instanceof Tensor) {
    const values = tensorElements(v);
    const shown = values
      .slice(0, MAX_PRINTED)
      .map((x) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x)));
    const more = values.length > MAX_PRINTED ? `, ... (${values.length} values)` : '';
    return `${dtypeName(v.dtype)}[${v.sizes.join(', ')}] = [${shown.join(', ')}${more}]`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => describeOutput(x as MethodOutput)).join(', ')}]`;
  return JSON.stringify(v);
}

function jsonOutput(v: MethodOutput): unknown {
  if (v instanceof Tensor) return { dtype: dtypeName(v.dtype), shape: [...v.sizes], data: tensorElements(v) };
  if (Array.isArray(v)) return v.map((x) => jsonOutput(x as MethodOutput));
  return v;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function runBundled(bytes: Uint8Array, json: boolean, backends: Backend[], io: CliIo): Promise<number> {
  const report = await runBundledProgram(bytes, { kernels: portableKernels, backends });
  if (json) {
    io.out(
      safeJson({
        passed: report.passed,
        cases: report.cases.map((c) => ({
          method: c.method,
          index: c.index,
          passed: c.passed,
          maxAbsError: Number.isFinite(c.maxAbsError) ? c.maxAbsError : null,
          ...(c.message ? { message: c.message } : {}),
        })),
      }),
    );
  } else {
    for (const c of report.cases) {
      const err = Number.isFinite(c.maxAbsError) ? c.maxAbsError.toExponential(2) : 'n/a';
      io.out(
        `${c.passed ? 'PASS' : 'FAIL'} ${escapeControls(c.method)}[${c.index}]  max abs error ${err}${c.message ? `  ${escapeControls(c.message)}` : ''}`,
      );
    }
    const passed = report.cases.filter((c) => c.passed).length;
    io.out(`${passed} passed, ${report.cases.length - passed} failed`);
  }
  return report.passed ? 0 : 1;
}

async function runProgram(
  bytes: Uint8Array,
  args: ReturnType<typeof parseArgs>,
  backends: Backend[],
  io: CliIo,
): Promise<number> {
  const repeatText = args.options.get('repeat')?.at(-1);
  const repeat = repeatText === undefined ? 1 : Number(repeatText);
  if (!Number.isSafeInteger(repeat) || repeat < 1 || repeat > 1_000_000)
    fail(`--repeat must be a positive integer, got "${repeatText}"`);
  const profile = args.flags.has('profile');
  const json = args.flags.has('json');
  const tracer = profile ? createEventTracer() : undefined;
  const dataFiles = await Promise.all(
    (args.options.get('data') ?? []).map(async (path) => readDataFile(await readInputFile(path), path)),
  );
  const module = await Module.load(bytes, {
    kernels: portableKernels,
    backends,
    dataFiles,
    ...(tracer ? { eventTracer: tracer } : {}),
  });
  try {
    const names = module.methodNames;
    const method =
      args.options.get('method')?.at(-1) ??
      (names.includes('forward') || names.length !== 1 ? 'forward' : (names[0] as string));
    const meta = module.methodMeta(method);
    const inputs = await buildInputs(module, meta, args.options.get('inputs') ?? []);
    await module.loadMethod(method);
    tracer?.reset();
    const times: number[] = [];
    let outputs: MethodOutput[] = [];
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      outputs = await module.execute(method, inputs);
      times.push(performance.now() - start);
    }
    const rows = tracer?.summary();
    if (json) {
      io.out(
        safeJson({
          method,
          outputs: outputs.map(jsonOutput),
          ...(repeat > 1
            ? { latencyMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: repeat } }
            : {}),
          ...(rows ? { profile: rows } : {}),
        }),
      );
      return 0;
    }
    outputs.forEach((o, i) => {
      io.out(`output ${i}: ${describeOutput(o)}`);
    });
    if (repeat > 1) {
      io.out(
        `latency: median ${median(times).toFixed(3)} ms over ${repeat} runs (min ${Math.min(...times).toFixed(3)}, max ${Math.max(...times).toFixed(3)})`,
      );
    }
    if (rows) io.out(formatEventSummary(escapeStrings(rows)));
    return 0;
  } finally {
    await module.dispose();
  }
}

/** Options for tests and embedders. */
export interface RunCommandOptions {
  /** How `--backend` packages are found (working directory, CLI-side import). */
  plugins?: BackendPluginOptions;
}

/**
 * `kindling run`: executes a method of a program with the portable kernels and prints its outputs,
 * or (`--bundled`) runs a bundled program's test cases. Returns the exit code; every failure is one
 * line on `io.err`, `error: <CodeName>: <message>`, with exit code 1.
 */
export async function runCommand(argv: string[], output: CliIo, options: RunCommandOptions = {}): Promise<number> {
  const io = safeIo(output);
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(RUN_USAGE);
      return 0;
    }
    const args = parseArgs(
      argv,
      ['method', 'inputs', 'data', 'repeat', 'bundled', 'backend', 'threads'],
      ['profile', 'json'],
    );
    const threadsText = args.options.get('threads')?.at(-1);
    const threads = threadsText === undefined ? undefined : Number(threadsText);
    if (threads !== undefined && (!Number.isSafeInteger(threads) || threads < 1 || threads > 1024))
      fail(`--threads must be a positive integer, got "${threadsText}"`);
    const bundled = args.options.get('bundled');
    if (bundled && (bundled.length !== 1 || args.positional.length > 0)) fail('--bundled takes exactly one FILE.bpte');
    if (!bundled && args.positional.length !== 1)
      fail('expected one program file (kindling run --help shows the usage)');
    const path = (bundled?.[0] ?? args.positional[0]) as string;
    const bytes = await readInputFile(path);
    const backendArgs = args.options.get('backend');
    const backends = await runtimeBackends(backendArgs, threads, options.plugins);
    if (threads !== undefined && backendArgs !== undefined && backends.length === 0)
      io.err('note: --threads applies to delegate backends; the portable kernels run on one thread');
    if (bundled || isBundledProgram(bytes)) return await runBundled(bytes, args.flags.has('json'), backends, io);
    checkDelegates(PteFile.read(bytes), backends);
    return await runProgram(bytes, args, backends, io);
  } catch (e) {
    io.err(errorLine(e));
    return 1;
  }
}
