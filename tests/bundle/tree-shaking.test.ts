// What an app bundles: the built @kindling/runtime (its `dist`, as an app installs it) bundled by
// esbuild from a small entry, then searched for the portable kernels it carries. Each kernel names
// its operator in a string of its own (`"aten::add.out"`); the program reader's operator schemas
// spell them otherwise (`aten.add.Tensor`, `aten::add.out(Tensor self, ...)`), so a kernel is in the
// bundle exactly when its quoted name is.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildKernelWasm, xnnpackKernelExports, xnnpackPayloadsOf } from '@kindling/backend-xnnpack/partitioner';
import { portableKernels } from '@kindling/runtime/kernels';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUDGET } from './budgets.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../packages/runtime/dist/kernels.js', import.meta.url));
const xnnpackDist = fileURLToPath(new URL('../../packages/backend-xnnpack/dist/', import.meta.url));
const zooCase = (path: string) => new URL(`../../packages/conformance-zoo/cases/${path}`, import.meta.url);

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

async function bundle(
  source: string,
  conditions: string[] = [],
): Promise<{ code: string; gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['node:*'],
    conditions,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

/** The kernel builds an app of `code` fetches: the files its `new URL('./generated/…', import.meta.url)` name. */
function fetchedBuilds(code: string): string[] {
  return [...code.matchAll(/new URL\("\.\/generated\/(kernels-[a-z-]+\.wasm)",\s*import\.meta\.url\)/g)].map(
    (m) => m[1] as string,
  );
}

/**
 * The programs MobileNetV2's XNNPACK payload is made of, as committed zoo cases (the model itself
 * is too large to commit): its stem, its inverted residual block, its pooling and classifier.
 */
const MOBILENET_PARTS = [
  'blocks/conv_bn_relu/xnnpack.pte',
  'blocks/inverted_residual/xnnpack.pte',
  'ops/adaptive_avg_pool2d/1x1/xnnpack.pte',
  'ops/linear/bias_2d/xnnpack.pte',
];
const mobilenet = fileURLToPath(
  new URL(
    'mobilenet_v2/xnnpack.pte',
    `file://${process.env.KINDLING_CONFORMANCE_CACHE ?? fileURLToPath(new URL('../../.cache/conformance/', import.meta.url))}/`,
  ),
);

const ops = [...new Set(portableKernels.map((k) => k.op))];
const carried = (code: string) => ops.filter((op) => code.includes(`"${op}"`));

describe('tree shaking of the portable kernels (esbuild, minified)', () => {
  it('needs the built packages', () => {
    expect(existsSync(dist), `${dist} is missing: run pnpm build first`).toBe(true);
  });

  it('an app that imports Module and passes no kernels bundles none', async () => {
    const { code, gzip } = await bundle(`import { Module } from '@kindling/runtime'; export { Module };`);
    expect(code).toContain('Module');
    expect(carried(code)).toEqual([]);
    expect(gzip).toBeLessThan(BUDGET.moduleOnly);
  });

  it('an app that imports three kernels bundles those three', async () => {
    const { code, gzip } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { add, mul, relu } from '@kindling/runtime/kernels';
       export const load = (bytes) => Module.load(bytes, { kernels: [add, mul, relu] });`,
    );
    expect(carried(code).sort()).toEqual(['aten::add.out', 'aten::mul.out', 'aten::relu.out']);
    expect(gzip).toBeLessThan(BUDGET.threeKernels);
  });

  it('the digits app: Module and the five kernels kindling select names for its program', async () => {
    const { code, gzip } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { addmm, convolution, maxPool2dWithIndices, permuteCopy, relu } from '@kindling/runtime/kernels';
       export const load = (bytes) =>
         Module.load(bytes, { kernels: [addmm, convolution, maxPool2dWithIndices, permuteCopy, relu] });`,
    );
    expect(carried(code)).toHaveLength(5);
    expect(gzip).toBeLessThan(BUDGET.digitsApp);
  });

  it('an app of the CPU delegate alone (a program fully delegated, as MobileNetV2 is): no portable kernel, one kernel build fetched', async () => {
    const app = `import { Module } from '@kindling/runtime';
       import { xnnpack } from '@kindling/backend-xnnpack';
       export const load = (bytes) => Module.load(bytes, { kernels: [], backends: [xnnpack()] });`;
    const { code, gzip: js } = await bundle(app);
    expect(carried(code)).toEqual([]);
    // The kernels are assets it fetches (one, picked at run time), not base64 in the code.
    expect(code).not.toContain('AGFzbQ');
    expect(fetchedBuilds(code).sort()).toEqual([
      'kernels-relaxed-simd-shared.wasm',
      'kernels-relaxed-simd.wasm',
      'kernels-simd-shared.wasm',
      'kernels-simd.wasm',
    ]);
    // The largest build a single-threaded app fetches.
    const wasm = Math.max(
      ...['kernels-simd.wasm', 'kernels-relaxed-simd.wasm'].map((f) =>
        gzip(readFileSync(`${xnnpackDist}generated/${f}`)),
      ),
    );
    expect(js + wasm).toBeLessThan(BUDGET.xnnpackApp);
    // Only the runtime parts of the backend: no lowering, partitioner, tools or embedded builds.
    const { inputs } = await bundle(app, ['@kindling/source']);
    const backend = inputs.filter((f) => f.includes('packages/backend-xnnpack/'));
    expect(backend.length).toBeGreaterThan(20);
    expect(
      backend.filter((f) => /\/(lowering|partition|tooling)\/|partitioner\.ts|embedded|kernels-wasm/.test(f)),
    ).toEqual([]);
  });

  it('the MobileNetV2 app: the CPU delegate with the kernel build kindling select --wasm writes for it', async () => {
    const { code, gzip: js } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { xnnpack } from '@kindling/backend-xnnpack';
       const wasm = new URL('./mobilenet.wasm', import.meta.url);
       export const load = (bytes) => Module.load(bytes, { kernels: [], backends: [xnnpack({ wasm })] });`,
    );
    expect(carried(code)).toEqual([]);
    const payloads = xnnpackPayloadsOf(MOBILENET_PARTS.map((p) => new Uint8Array(readFileSync(zooCase(p)))));
    if (existsSync(mobilenet)) {
      // The parts need exactly the kernels of the whole model.
      const model = xnnpackPayloadsOf([new Uint8Array(readFileSync(mobilenet))]);
      expect(await xnnpackKernelExports(payloads, 'relaxed-simd')).toEqual(
        await xnnpackKernelExports(model, 'relaxed-simd'),
      );
    }
    // The larger of its two single-threaded builds.
    const builds = await Promise.all((['simd', 'relaxed-simd'] as const).map((b) => buildKernelWasm(payloads, b)));
    expect(builds[0]?.exports).toContain('dwconv2d');
    const wasm = Math.max(...builds.map((b) => gzip(b.bytes)));
    expect(js + wasm).toBeLessThan(BUDGET.mobilenetApp);
  });

  it('portableKernels brings every kernel (the check above would see them)', async () => {
    const { code } = await bundle(
      `import { portableKernels } from '@kindling/runtime/kernels'; export { portableKernels };`,
    );
    // Most kernels name their operator in a literal; a few build the name (prim ops): 80% is plenty
    // to show that the search finds kernels when they are there.
    expect(carried(code).length).toBeGreaterThan(ops.length * 0.8);
  });
});
