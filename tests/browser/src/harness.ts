/**
 * Runs conformance cases (programs exported by ExecuTorch, with ExecuTorch's recorded outputs) in a
 * browser page or worker, and reports what the tests assert: the comparison with ExecuTorch, a digest
 * of the outputs' bytes (to check bit-identical results across thread counts and contexts), and
 * what each XNNPACK delegate ran on (threads, kernel build).
 *
 * Files are fetched relative to the script's own URL: `fixtures/` is `packages/conformance-zoo/cases/`,
 * `generated/` the programs the runner builds (generate.mjs).
 */
import { webgpu } from '@kindling/backend-webgpu';
import { type XnnpackDelegateInfo, xnnpack } from '@kindling/backend-xnnpack';
import { kernelModule, kernelModuleBytes, sharedKernelModule } from '@kindling/backend-xnnpack/kernels';
import { compareValue, copyLogical, type ManifestValue } from '@kindling/conformance-zoo/values';
import { parseScalarType, type ScalarType, Tensor } from '@kindling/core';
import { type MethodInput, type MethodOutput, Module, portableKernels } from '@kindling/runtime';

interface ManifestCase {
  id: string;
  file: string;
  committed: boolean;
  tolerance: { atol: number; rtol: number };
  steps: { method: string; inputs: ManifestValue[]; outputs: ManifestValue[] }[];
}

/** One case to run: a manifest id, with the portable kernels only or with the XNNPACK or WebGPU backend too. */
export interface CaseRequest {
  id: string;
  backend: 'portable' | 'xnnpack' | 'webgpu';
  /** `xnnpack({ threads })` (default: the backend's default). */
  threads?: number;
  /** How the program reaches `Module.load`: a relative URL string (fetched by the runtime) or bytes. */
  source?: 'url' | 'bytes';
}

/** What each XNNPACK delegate reported through `onDelegateReady` (threads, kernel build). */
export interface DelegateInfo {
  threads: number;
  kernels: string;
  /** Why it runs on one thread although more were asked for (absent otherwise). */
  singleThreadReason?: string;
}

export interface CaseResult {
  id: string;
  /** Every output of every step within the manifest's tolerance of ExecuTorch's recorded output. */
  ok: boolean;
  message?: string;
  /** Largest absolute difference from ExecuTorch over floating outputs. */
  maxAbs: number;
  steps: number;
  /** SHA-256 of every output's dtype, sizes, dim order and bytes, step by step. */
  digest: string;
  delegates: DelegateInfo[];
  /** `Worker`s constructed while the module loaded (the XNNPACK thread pools). */
  workersStarted: number;
  /** Kindling's `console.warn` messages in this context so far (all cases, not only this one). */
  warnings: string[];
  /** `Atomics.notify` calls while the steps executed: jobs a thread pool handed to its workers. */
  poolJobs: number;
  ms: number;
}

export interface Environment {
  context: 'window' | 'worker';
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  /** The kernel build the backend picks here (`kernelModule().variant`), null: none (TypeScript kernels). */
  kernelVariant: string | null;
  /** The shared-memory build used by thread pools, null where none can be compiled. */
  sharedKernelVariant: string | null;
  /** Whether this engine validates the relaxed-SIMD build. */
  relaxedSimdValid: boolean;
  userAgent: string;
}

// Record Kindling's console warnings (they still reach the console).
const warnings: string[] = [];
const nativeWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[kindling]')) warnings.push(args[0]);
  nativeWarn(...args);
};

// Count Worker constructions: the backend's thread pool starts its workers with `new Worker(...)`.
let workersStarted = 0;
const NativeWorker = (globalThis as { Worker?: typeof Worker }).Worker;
if (typeof NativeWorker === 'function') {
  (globalThis as { Worker: typeof Worker }).Worker = class CountedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workersStarted++;
    }
  };
}

// Count Atomics.notify calls: a thread pool wakes its workers with one for every job it hands out.
let notifications = 0;
const nativeNotify = Atomics.notify.bind(Atomics) as (array: Int32Array, index: number, count?: number) => number;
(Atomics as unknown as { notify: typeof nativeNotify }).notify = (array, index, count) => {
  notifications++;
  return nativeNotify(array, index, count);
};

/** The worker constructor as the page found it (for starting the test's own module worker uncounted). */
export const OriginalWorker = NativeWorker;

export function environment(): Environment {
  const g = globalThis as { crossOriginIsolated?: boolean; document?: unknown };
  return {
    context: typeof g.document === 'object' ? 'window' : 'worker',
    crossOriginIsolated: g.crossOriginIsolated === true,
    sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
    kernelVariant: kernelModule()?.variant ?? null,
    sharedKernelVariant: sharedKernelModule()?.variant ?? null,
    relaxedSimdValid: WebAssembly.validate(kernelModuleBytes('relaxed-simd')),
    userAgent: navigator.userAgent,
  };
}

/** Where manifests live, relative to the script: the committed zoo and the runner's generated programs. */
const MANIFEST_ROOTS = ['fixtures/', 'generated/'];

let manifestPromise: Promise<Map<string, ManifestCase>> | undefined;

function fileUrl(path: string): URL {
  return new URL(path, self.location.href);
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(fileUrl(path));
  if (!response.ok) throw new Error(`GET ${fileUrl(path).pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Every case of every manifest by id; a case's `file`s are made relative to the script. */
function manifest(): Promise<Map<string, ManifestCase>> {
  manifestPromise ??= (async () => {
    const cases = new Map<string, ManifestCase>();
    for (const root of MANIFEST_ROOTS) {
      const m = JSON.parse(new TextDecoder().decode(await fetchBytes(`${root}manifest.json`))) as {
        schema: number;
        cases: ManifestCase[];
      };
      if (m.schema !== 1) throw new Error(`${root}manifest.json: schema ${m.schema}, expected 1`);
      const rebase = (v: ManifestValue): ManifestValue => (v.kind === 'tensor' ? { ...v, file: root + v.file } : v);
      for (const c of m.cases) {
        cases.set(c.id, {
          ...c,
          file: root + c.file,
          steps: c.steps.map((st) => ({ ...st, inputs: st.inputs.map(rebase), outputs: st.outputs.map(rebase) })),
        });
      }
    }
    return cases;
  })();
  return manifestPromise;
}

function dtypeOf(name: string): ScalarType {
  const dtype = parseScalarType(name);
  if (dtype === undefined) throw new Error(`unknown dtype ${name}`);
  return dtype;
}

async function readTensor(v: Extract<ManifestValue, { kind: 'tensor' }>): Promise<Tensor> {
  const t = new Tensor({ dtype: dtypeOf(v.dtype), sizes: v.shape, bytes: await fetchBytes(v.file) });
  if (!v.dim_order) return t;
  const out = new Tensor({ dtype: t.dtype, sizes: t.sizes, dimOrder: v.dim_order });
  copyLogical(t, out);
  return out;
}

async function toInput(v: ManifestValue): Promise<MethodInput> {
  switch (v.kind) {
    case 'tensor':
      return readTensor(v);
    case 'int':
    case 'float':
    case 'bool':
      return v.value;
    case 'none':
      return null;
  }
}

/**
 * Compares one output with ExecuTorch's (the zoo's rules: floating tensors within
 * `|a - e| <= atol + rtol * |e|`, NaN matching NaN, integers, bools and scalars exactly). Returns an
 * error message or the largest floating difference.
 */
async function compare(
  actual: MethodOutput,
  expected: ManifestValue,
  tol: { atol: number; rtol: number },
): Promise<{ error?: string; maxAbs: number }> {
  const want =
    expected.kind === 'tensor' ? await readTensor({ ...expected, dim_order: undefined } as typeof expected) : null;
  const r = compareValue(actual, expected, want, tol);
  return r.ok ? { maxAbs: r.maxAbs } : { error: r.message ?? 'mismatch', maxAbs: r.maxAbs };
}

/** Bytes that identify an output exactly: dtype, sizes, dim order, then the storage in use. */
function outputBytes(out: MethodOutput): Uint8Array {
  if (out instanceof Tensor) {
    const head = new TextEncoder().encode(`T${out.dtype}[${out.sizes}]<${out.dimOrder}>`);
    const body = out.bytes.subarray(0, out.nbytes);
    const all = new Uint8Array(head.length + body.length);
    all.set(head);
    all.set(body, head.length);
    return all;
  }
  return new TextEncoder().encode(`S${typeof out}:${String(out)}`);
}

async function sha256(chunks: readonly Uint8Array[]): Promise<string> {
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Uint8Array(n);
  n = 0;
  for (const c of chunks) {
    all.set(c, n);
    n += c.length;
  }
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { codeName?: string }).codeName;
    return `${code ? `${code}: ` : ''}${error.message}`;
  }
  return String(error);
}

/** Loads and runs one case, every recorded step, and compares with ExecuTorch's outputs. */
export async function runCase(request: CaseRequest): Promise<CaseResult> {
  const started = performance.now();
  const result: CaseResult = {
    id: request.id,
    ok: false,
    maxAbs: 0,
    steps: 0,
    digest: '',
    delegates: [],
    workersStarted: 0,
    warnings,
    poolJobs: 0,
    ms: 0,
  };
  let module: Module | undefined;
  try {
    const c = (await manifest()).get(request.id);
    if (!c) throw new Error(`no case ${request.id} in the manifest`);
    if (!c.committed) throw new Error(`case ${request.id} is not committed`);
    // Each delegate reports what it runs on through the public onDelegateReady option.
    const reports: XnnpackDelegateInfo[] = [];
    const onDelegateReady = (info: XnnpackDelegateInfo) => reports.push(info);
    const backends =
      request.backend === 'xnnpack'
        ? [xnnpack(request.threads === undefined ? { onDelegateReady } : { threads: request.threads, onDelegateReady })]
        : request.backend === 'webgpu'
          ? [webgpu()]
          : [];
    const source = request.source === 'bytes' ? await fetchBytes(c.file) : fileUrl(c.file).href;
    const workersBefore = workersStarted;
    module = await Module.load(source, {
      kernels: portableKernels,
      backends,
    });
    for (const step of c.steps) await module.loadMethod(step.method);
    result.workersStarted = workersStarted - workersBefore;
    result.delegates = reports.map((info) => ({
      threads: info.threads,
      kernels: info.kernels,
      ...(info.singleThreadReason === undefined ? {} : { singleThreadReason: info.singleThreadReason }),
    }));
    const chunks: Uint8Array[] = [];
    const errors: string[] = [];
    const notificationsBefore = notifications;
    for (const [s, step] of c.steps.entries()) {
      const inputs = await Promise.all(step.inputs.map(toInput));
      const outputs = await module.execute(step.method, inputs);
      if (outputs.length !== step.outputs.length) {
        errors.push(`step ${s}: ${outputs.length} outputs, expected ${step.outputs.length}`);
        continue;
      }
      for (const [i, want] of step.outputs.entries()) {
        const out = outputs[i] as MethodOutput;
        chunks.push(outputBytes(out));
        const r = await compare(out, want, c.tolerance);
        if (r.error) errors.push(`step ${s} output ${i}: ${r.error}`);
        else result.maxAbs = Math.max(result.maxAbs, r.maxAbs);
      }
      result.steps++;
    }
    result.poolJobs = notifications - notificationsBefore;
    result.digest = await sha256(chunks);
    result.ok = errors.length === 0;
    if (errors.length > 0) result.message = errors.slice(0, 3).join('; ');
  } catch (error) {
    result.ok = false;
    result.message = describeError(error);
  } finally {
    try {
      await module?.dispose();
    } catch (error) {
      result.ok = false;
      result.message = `${result.message ? `${result.message}; ` : ''}dispose: ${describeError(error)}`;
    }
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** Runs cases one after the other (pools of one case are stopped before the next starts). */
export async function runCases(requests: readonly CaseRequest[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const r of requests) results.push(await runCase(r));
  return results;
}
