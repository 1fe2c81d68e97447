import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xnnpack } from '@kindling/backend-xnnpack';
import { type Backend, errorCodeName, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { type MethodInput, type MethodMeta, Module, portableKernels, readDataFile } from '@kindling/runtime';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A program of the corpus: its bytes and the `.ptd` data file beside it, if any. */
export interface Seed {
  /** Path relative to the repository root. */
  name: string;
  bytes: Uint8Array;
  data?: Uint8Array;
  /** True for the reproducers of fixtures/robustness/, which are also named regression cases. */
  regression: boolean;
}

function listFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return recursive ? listFiles(p, true) : [];
    return e.isFile() ? [p] : [];
  });
}

/** Every committed program: fixtures/upstream, fixtures/robustness and the conformance zoo. */
export function loadCorpus(): Seed[] {
  const programs = /\.(pte|bpte)$/;
  const files = [
    ...listFiles(join(ROOT, 'fixtures/upstream'), false).filter((p) => programs.test(p)),
    ...listFiles(join(ROOT, 'fixtures/robustness'), false).filter((p) => programs.test(p)),
    ...listFiles(join(ROOT, 'packages/conformance-zoo/cases'), true).filter((p) => p.endsWith('.pte')),
  ].sort();
  return files.map((p) => {
    const ptd = p.replace(/\.b?pte$/, '.ptd');
    const name = relative(ROOT, p);
    return {
      name,
      bytes: new Uint8Array(readFileSync(p)),
      ...(existsSync(ptd) ? { data: new Uint8Array(readFileSync(ptd)) } : {}),
      regression: name.startsWith('fixtures/robustness/'),
    };
  });
}

/** Limits of one case. */
export const LIMITS = {
  /** Wall time of one case (load, every method loaded and run once). */
  caseMs: Number(process.env.KINDLING_FUZZ_CASE_MS ?? 1000),
  /** `maxPlannedBytes` given to `Module.load`: the runtime refuses plans above it. */
  maxPlannedBytes: 64 * 1024 * 1024,
  /** Heap + ArrayBuffer growth allowed per input byte, on top of the planned-memory cap and a constant. */
  bytesPerInputByte: 64,
  constantBytes: 32 * 1024 * 1024,
  /** Inputs larger than this are not built (the harness's own allocation, not the runtime's). */
  maxInputBytes: 64 * 1024 * 1024,
};

/** How a case ended. `failure` is set when one of the job's assertions does not hold. */
export interface CaseResult {
  /** `ran` (every method executed), `error:<CodeName>@<stage>`, or `failure:<class>`. */
  outcome: string;
  failure?: string;
  ms: number;
  /** Heap + ArrayBuffer growth while the module was alive, in bytes. */
  growth: number;
  methodsRun: number;
}

function onesOrZeros(t: Tensor, ones: boolean): void {
  if (!ones) return;
  const data = t.data as unknown as { fill(v: unknown): void };
  switch (t.dtype) {
    case ScalarType.Long:
    case ScalarType.UInt64:
      data.fill(1n);
      break;
    case ScalarType.Half:
      data.fill(0x3c00);
      break;
    case ScalarType.BFloat16:
      data.fill(0x3f80);
      break;
    default:
      data.fill(1);
  }
}

/** Inputs from the method's metadata: tensors of zeros or ones, scalars from the program's values. */
function inputsFor(module: Module, meta: MethodMeta, ones: boolean): MethodInput[] | undefined {
  const plan = module.program.plan(meta.name);
  const out: MethodInput[] = [];
  for (const [i, im] of meta.inputs.entries()) {
    if (im.tag === Tag.Tensor) {
      if (im.nbytes > LIMITS.maxInputBytes || !Number.isSafeInteger(im.nbytes)) return undefined;
      const t = Tensor.zeros(im.dtype, im.sizes, im.dimOrder);
      onesOrZeros(t, ones);
      out.push(t);
      continue;
    }
    const v = plan.values[plan.inputs[i] as number];
    if (v?.type === 'Int') out.push(Number(v.value));
    else if (v?.type === 'Bool' || v?.type === 'Double' || v?.type === 'String') out.push(v.value as MethodInput);
    else out.push(null);
  }
  return out;
}

/** The first value in `error`'s `cause` chain (itself included) that is not a `KindlingError`. */
function foreignInCauseChain(error: unknown): unknown {
  let e: unknown = error;
  for (let depth = 0; depth < 64 && e !== undefined; depth++) {
    if (!KindlingError.isInstance(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const describe = (e: unknown) =>
  e instanceof Error ? `${e.name}: ${e.message.slice(0, 160)}` : `${typeof e}: ${String(e).slice(0, 160)}`;

function memoryNow(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** One shared XNNPACK backend (one pool and kernel memory per instance, as applications hold it). */
let backend: Backend | undefined;

/**
 * Runs `bytes` through the full path: `Module.load` with the portable kernels and XNNPACK,
 * `loadMethod` and `execute` of every method on zeros or ones, and checks the assertions:
 * (i) any throw is a `KindlingError`; (ii) its `cause` chain holds only `KindlingError`s;
 * (iii) the case takes at most {@link LIMITS.caseMs}; (iv) memory growth is at most
 * 64 x input bytes + the planned-memory cap + 32 MiB; (v) static outputs have their declared shapes.
 */
export async function runCase(bytes: Uint8Array, data: Uint8Array | undefined, ones: boolean): Promise<CaseResult> {
  backend ??= xnnpack();
  const before = memoryNow();
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, memoryNow());
  };
  const start = performance.now();
  let outcome = 'ran';
  let failure: string | undefined;
  let stage = 'load';
  let methodsRun = 0;
  let module: Module | undefined;
  try {
    module = await Module.load(bytes, {
      kernels: portableKernels,
      backends: [backend],
      maxPlannedBytes: LIMITS.maxPlannedBytes,
      ...(data ? { dataFiles: [readDataFile(data)] } : {}),
    });
    sample();
    for (const name of module.methodNames) {
      stage = 'methodMeta';
      const meta = module.methodMeta(name);
      stage = 'loadMethod';
      await module.loadMethod(name);
      sample();
      const inputs = inputsFor(module, meta, ones);
      if (!inputs) continue;
      stage = 'execute';
      const outputs = await module.execute(name, inputs);
      sample();
      methodsRun++;
      for (const [i, o] of outputs.entries()) {
        const om = meta.outputs[i];
        if (!(o instanceof Tensor) || om?.tag !== Tag.Tensor || om.dynamism !== 'static') continue;
        if (o.sizes.length !== om.sizes.length || o.sizes.some((s, d) => s !== om.sizes[d])) {
          failure ??= `shape: ${name} output ${i} is [${o.sizes.join(',')}], declared static [${om.sizes.join(',')}]`;
        }
      }
    }
  } catch (e) {
    const foreign = foreignInCauseChain(e);
    if (!KindlingError.isInstance(e)) {
      outcome = 'failure:not-a-KindlingError';
      failure = `(i) ${stage} threw ${describe(e)}`;
    } else if (foreign !== undefined) {
      outcome = 'failure:foreign-cause';
      failure = `(ii) ${stage}: ${errorCodeName(e.code)} "${e.message.slice(0, 120)}" has cause ${describe(foreign)}`;
    } else {
      outcome = `error:${errorCodeName(e.code)}@${stage}`;
    }
  } finally {
    sample();
    try {
      await module?.dispose();
    } catch (e) {
      if (!KindlingError.isInstance(e)) failure ??= `(i) dispose threw ${describe(e)}`;
    }
  }
  const ms = performance.now() - start;
  const growth = Math.max(0, peak - before);
  if (!failure && ms > LIMITS.caseMs) failure = `(iii) took ${ms.toFixed(0)} ms`;
  const allowed = LIMITS.bytesPerInputByte * bytes.byteLength + LIMITS.maxPlannedBytes + LIMITS.constantBytes;
  if (!failure && growth > allowed) failure = `(iv) memory grew ${growth} B for a ${bytes.byteLength}-byte input`;
  if (failure && !outcome.startsWith('failure:')) outcome = `failure:${/^\((\w+)\)/.exec(failure)?.[1] ?? 'shape'}`;
  if (failure?.startsWith('shape')) outcome = 'failure:static-shape';
  return { outcome, ...(failure ? { failure } : {}), ms, growth, methodsRun };
}

/** The short name of a seed for reports. */
export const seedLabel = (s: Seed) => basename(s.name);
