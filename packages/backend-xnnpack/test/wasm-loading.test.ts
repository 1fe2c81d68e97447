// How the delegate gets its kernels' WebAssembly (xnnpack({ wasm }), the shipped files), the errors
// when it cannot, and builds pruned to what programs call (buildKernelWasm, `kindling select
// --wasm`): every committed XNNPACK program of the zoo runs on its own pruned build, on one and on
// two threads, and matches ExecuTorch's recorded outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { ErrorCode, KindlingError } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { type XnnpackDelegateInfo, type XnnpackFactoryOptions, xnnpack } from '../src/index.js';
import { buildKernelWasm, delegateNodeTypes, xnnpackKernelExports, xnnpackPayloadsOf } from '../src/partitioner.js';
import { threadsAvailable } from '../src/threads/pool.js';
import { pruneWasm, wasmFunctionExports } from '../src/tooling/wasm-prune.js';
import { embeddedKernels, type KernelBuild } from '../src/wasm/index.js';

const zoo = ConformanceZoo.open();
const byId = (id: string) => zoo.cases.find((c) => c.id === id) as ManifestCase;
const shippedUrl = (name: string) => new URL(`../src/wasm/generated/kernels-${name}.wasm`, import.meta.url);
const shippedBytes = (name: string) => new Uint8Array(readFileSync(shippedUrl(name)));

/** Runs every step of `c` with `options`, comparing with ExecuTorch's outputs; returns the delegates' infos. */
async function run(c: ManifestCase, options: XnnpackFactoryOptions): Promise<XnnpackDelegateInfo[]> {
  const infos: XnnpackDelegateInfo[] = [];
  const backend = xnnpack({ ...options, onDelegateReady: (i) => infos.push(i) });
  const module = await Module.load(zoo.programBytes(c), { backends: [backend], kernels: portableKernels });
  try {
    for (const [s, step] of c.steps.entries()) {
      const got = await module.execute(step.method, zoo.inputs(c, s));
      for (const [i, want] of step.outputs.entries()) {
        const r = zoo.compare(c, got[i], want);
        if (!r.ok) throw new Error(`${c.id} step ${s} output ${i}: ${r.message}`);
      }
    }
  } finally {
    await module.dispose();
  }
  return infos;
}

async function loadError(c: ManifestCase, options: XnnpackFactoryOptions): Promise<KindlingError> {
  try {
    await run(c, options);
  } catch (e) {
    if (KindlingError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('the load succeeded');
}

const payloadsOf = (bytes: Uint8Array) => xnnpackPayloadsOf([bytes]);

const digits = byId('digits/xnnpack');

describe('where the kernels come from', () => {
  const sources: [string, () => NonNullable<XnnpackFactoryOptions['wasm']>][] = [
    ['a file: URL', () => shippedUrl('simd')],
    ['a URL string', () => shippedUrl('simd').href],
    [
      'a path relative to the working directory (Node)',
      () => relative(process.cwd(), fileURLToPath(shippedUrl('simd'))),
    ],
    [
      'a Response served as application/wasm (compileStreaming)',
      () => new Response(shippedBytes('simd'), { headers: { 'content-type': 'application/wasm' } }),
    ],
    ['a Response of another type', () => new Response(shippedBytes('simd'))],
    ['an ArrayBuffer', () => shippedBytes('simd').buffer],
    ['a Uint8Array', () => shippedBytes('simd')],
    ['a WebAssembly.Module', () => new WebAssembly.Module(shippedBytes('simd'))],
    ['a function of the build', () => (b: KernelBuild) => shippedUrl(b.name)],
    ['embeddedKernels', () => embeddedKernels],
  ];
  test.each(sources)('%s: digits runs on the SIMD128 kernels', async (_, source) => {
    const infos = await run(digits, { wasm: source() });
    expect(infos.map((i) => i.kernels)).toEqual(['simd']);
  });

  test('by default the shipped file of the build the engine runs', async () => {
    const infos = await run(digits, {});
    expect(infos.map((i) => i.kernels)).toEqual(['simd']);
  });

  test('a function is asked for the build it needs, once per process and build', async () => {
    const asked: string[] = [];
    const wasm = (b: KernelBuild) => {
      asked.push(b.name);
      return shippedBytes(b.name);
    };
    await run(digits, { wasm });
    await run(digits, { wasm, threads: 2 });
    await run(digits, { wasm, threads: 2 });
    expect(asked).toEqual(threadsAvailable() ? ['simd', 'simd-shared'] : ['simd']);
  });

  test('a single non-shared build with threads: 2 runs on one thread', async () => {
    const infos = await run(digits, { wasm: shippedBytes('simd'), threads: 2 });
    expect(infos.map((i) => i.threads)).toEqual([1]);
  });
});

describe('kernels that cannot be used give a KindlingError at load time', () => {
  test('a file that does not exist: AccessFailed', async () => {
    const e = await loadError(digits, { wasm: new URL('./no-such-kernels.wasm', import.meta.url) });
    expect(e.code).toBe(ErrorCode.AccessFailed);
    expect(e.message).toMatch(/cannot read .*no-such-kernels\.wasm/);
    expect(e.context.wasm).toMatch(/no-such-kernels\.wasm$/);
  });

  test('an HTTP error: AccessFailed', async () => {
    const e = await loadError(digits, { wasm: new Response('not found', { status: 404 }) });
    expect(e.code).toBe(ErrorCode.AccessFailed);
    expect(e.message).toMatch(/HTTP 404/);
  });

  test('bytes that are not WebAssembly: InvalidArgument', async () => {
    const e = await loadError(digits, { wasm: new TextEncoder().encode('<!doctype html><title>404</title>') });
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/not WebAssembly/);
  });

  test('WebAssembly that is not a kernel build: InvalidArgument', async () => {
    const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    const e = await loadError(digits, { wasm: empty });
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/not a build of Kindling's XNNPACK kernels/);
  });

  test('a function that returns another build than asked: InvalidArgument', async () => {
    const e = await loadError(digits, { wasm: () => shippedBytes('simd-shared') });
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/returned the simd-shared build for the simd build/);
  });

  test('a build without a kernel the graph takes: OperatorMissing, naming the node and the kernels', async () => {
    const full = shippedBytes('simd');
    const wasm = pruneWasm(
      full,
      wasmFunctionExports(full).filter((n) => n !== 'conv2d' && n !== 'conv2d_part'),
    );
    const e = await loadError(digits, { wasm });
    expect(e.code).toBe(ErrorCode.OperatorMissing);
    expect(e.message).toMatch(/XNNPACK Conv2d \(node \d+\): .*lacks conv2d, conv2d_part/);
    expect(e.context.exports).toEqual(['conv2d', 'conv2d_part']);
    expect(e.context.operator).toBe('Conv2d');
  });
});

describe('the pruner', () => {
  test('keeping every export keeps the module as it is; keeping some keeps only what they reach', () => {
    for (const name of ['simd', 'relaxed-simd', 'simd-shared', 'relaxed-simd-shared']) {
      const full = shippedBytes(name);
      const all = wasmFunctionExports(full);
      expect(all.length).toBeGreaterThan(40);
      expect(pruneWasm(full, all)).toEqual(full);
      const some = pruneWasm(full, ['gemm', 'clampf']);
      expect(wasmFunctionExports(some).sort()).toEqual(['clampf', 'gemm']);
      expect(some.length).toBeLessThan(full.length / 3);
      if (name.startsWith('simd')) expect(WebAssembly.validate(some)).toBe(true);
    }
  });

  test('an export the module lacks is NotFound; an unreadable module is InvalidArgument', () => {
    expect(() => pruneWasm(shippedBytes('simd'), ['no_such_kernel'])).toThrow(/does not export no_such_kernel/);
    const cut = shippedBytes('simd').slice(0, 2000);
    expect(() => pruneWasm(cut, ['gemm'])).toThrow(KindlingError);
  });
});

describe('builds pruned to the programs they run', () => {
  const cases = zoo
    .available()
    .filter((c) => c.committed && c.delegates.length > 0 && c.delegates.every((d) => d === 'XnnpackBackend'));

  test('the zoo has XNNPACK programs of every flavour', () => {
    expect(new Set(cases.map((c) => c.flavour))).toEqual(
      new Set(['xnnpack', 'xnnpack-8da4w', 'xnnpack-8da4w-pc', 'xnnpack-dq', 'xnnpack-int8']),
    );
  });

  test('digits: the node types of its payload, and the kernels its build keeps', async () => {
    const payloads = payloadsOf(zoo.programBytes(digits));
    const types = payloads.flatMap((p) => delegateNodeTypes(p.processed));
    // The nodes the delegate reports when it runs the program, each type once.
    const infos = await run(digits, {});
    expect(types).toEqual([...new Set(infos.flatMap((i) => i.nodes))].sort());
    expect(types).toContain('Conv2d');
    expect(types).toContain('FullyConnected');
    const selection = await buildKernelWasm(payloads);
    expect(selection.exports).toContain('conv2d');
    expect(selection.exports).toContain('conv2d_part');
    expect(selection.exports).not.toContain('qs8_conv2d');
    expect(selection.bytes.length).toBeLessThan(selection.fullSize / 2);
  });

  test('the batched matrix multiply takes the fused kernel for relaxed SIMD, the exact one for SIMD128', async () => {
    const c = cases.find((x) => x.id.startsWith('ops/bmm') || x.id.startsWith('ops/matmul'));
    expect(c, 'a zoo case with a batched matrix multiply').toBeDefined();
    const payloads = payloadsOf(zoo.programBytes(c as ManifestCase));
    expect(await xnnpackKernelExports(payloads, 'relaxed-simd')).toContain('bmm_part');
    expect(await xnnpackKernelExports(payloads, 'simd')).toContain('bmm_exact_part');
    expect(await xnnpackKernelExports(payloads, 'simd')).not.toContain('bmm_part');
  });

  test(`every committed XNNPACK program runs on its pruned build (${cases.length} programs, 1 and 2 threads)`, async () => {
    let smaller = 0;
    for (const c of cases) {
      const payloads = payloadsOf(zoo.programBytes(c));
      const plain = await buildKernelWasm(payloads, 'simd');
      const shared = await buildKernelWasm(payloads, 'simd-shared');
      expect(shared.exports).toEqual(plain.exports);
      if (plain.bytes.length < plain.fullSize) smaller++;
      const wasm = (b: KernelBuild) => (b.shared ? shared.bytes : plain.bytes);
      for (const threads of [1, 2]) {
        const infos = await run(c, { wasm, threads }).catch((e: unknown) => {
          throw new Error(`${c.id} on ${threads} thread(s) with the pruned build: ${(e as Error).message}`);
        });
        expect(infos.every((i) => i.kernels === 'simd')).toBe(true);
      }
    }
    expect(smaller).toBe(cases.length);
  }, 120_000);

  // Large enough for the pool to split its kernels (the `_part` exports); in the cache of large
  // models (KINDLING_CONFORMANCE_CACHE, tools/conformance).
  const large = ['mobilenet_v2/xnnpack', 'mobilenet_v2/xnnpack-int8'].map(byId).filter((c) => c && zoo.isAvailable(c));
  test.skipIf(large.length === 0 || !threadsAvailable())(
    'MobileNetV2 (fp32, int8) runs on its pruned build on a pool of two threads',
    async () => {
      for (const c of large) {
        const payloads = payloadsOf(zoo.programBytes(c));
        const plain = await buildKernelWasm(payloads, 'simd');
        const shared = await buildKernelWasm(payloads, 'simd-shared');
        const infos = await run(c, { wasm: (b) => (b.shared ? shared.bytes : plain.bytes), threads: 2 });
        expect(infos.map((i) => i.threads)).toEqual([2]);
        expect(shared.bytes.length).toBeLessThan(shared.fullSize);
      }
    },
    120_000,
  );
});

test('steps call the kernels only through what they take with heap.kernels (so each graph knows the exports it needs)', () => {
  const dir = new URL('../src/runtime/steps/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(15);
  for (const f of files) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    expect(text.match(/\.exports\s*[.[]/g), f).toBeNull();
  }
});
