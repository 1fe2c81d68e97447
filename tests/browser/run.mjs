#!/usr/bin/env node
/**
 * Browser tests: bundles src/page.ts and src/worker.ts (esbuild, from the packages' built `dist`),
 * serves them with the conformance fixtures (server.mjs) and drives headless Chromium (playwright-core,
 * the system's Chromium: never a downloaded one) through the runtime and the XNNPACK backend in
 * pages and module workers, cross-origin isolated or not, and the WebGPU backend on Chromium's
 * software adapter (`--enable-unsafe-webgpu`: SwiftShader); then runs the size test's apps as Vite
 * and webpack build them (apps.mjs), the documentation site's playground (playground.mjs), and the
 * app of the guide "Running in the browser", made from the page's code blocks and built and served
 * every way the page shows: Vite (build and dev server), webpack (build and dev server), esbuild,
 * nginx, embedded kernels (guide-app.mjs), and the site's chat page with the tiny Llama of packages/llm in its worker (chat.mjs).
 *
 * Chromium: `KINDLING_CHROMIUM`, else /usr/bin/chromium. Without one the run is skipped (exit 0),
 * unless `KINDLING_REQUIRE_BROWSER=1`. Ends with `browser: N passed, N failed, N skipped`.
 */
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareApps, runAppTests } from './apps.mjs';
import { prepareChat, runChatTests } from './chat.mjs';
import { generatePrograms } from './generate.mjs';
import { runGuideAppTest } from './guide-app.mjs';
import { preparePlayground, runPlaygroundTests } from './playground.mjs';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const started = performance.now();

/** Limits (ms): a hang becomes a failure with a message, never a stuck run. */
const LIMITS = { launch: 30_000, page: 20_000, test: 30_000, close: 10_000, run: 300_000 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGPU on Chromium's software adapter (SwiftShader), for the WebGPU backend's cases.
  '--enable-unsafe-webgpu',
];

/** Programs run with the portable kernels only (floating, integer, half, scalar-input, channels-last, multi-output). */
const PORTABLE_CASES = [
  'digits/portable',
  'ops/add/int64/portable',
  'ops/add/float16/portable',
  'ops/argmax/last/portable',
  'ops/scalar_input/int/portable',
  'ops/conv2d/channels_last_input/portable',
  'ops/split/chunks/portable',
  'blocks/multi_head_attention/portable',
  'threads/gemm_conv/portable', // generated (generate.mjs), checked against float64 loops
];

/**
 * The generated program whose GEMM and convolutions are large enough for the backend to split them
 * across the pool; the committed programs are all below that size.
 */
const POOLED = 'threads/gemm_conv/xnnpack';

/** Programs with XNNPACK delegates (fp32, int8, dynamically quantized with int8 or int4 weights; convolutions and GEMMs). */
const XNNPACK_CASES = [
  'digits/xnnpack',
  'digits/xnnpack-int8',
  'blocks/inverted_residual/xnnpack',
  'ops/conv2d/channels_last_input/xnnpack',
  'blocks/gelu_mlp/xnnpack-dq',
  'ops/linear/int4_groups/xnnpack-8da4w',
  POOLED,
];

/**
 * Programs with Vulkan delegates, run by the WebGPU backend (fp32 and fp16; CNN, MLP, embedding; the
 * tiny Llama's prefill and decode steps, fp32 and with 4-bit weights).
 */
const WEBGPU_CASES = [
  'digits/vulkan',
  'blocks/conv_bn_relu/vulkan-fp16',
  'blocks/gelu_mlp/vulkan',
  'blocks/embedding/vulkan',
  'ops/max_pool2d/k3s2p1/vulkan',
  'tiny_llama/vulkan',
  'tiny_llama/vulkan-4w',
  // unary math, comparisons, resizing, transposed convolution, group norm, indexed reads
  'ops/sin/rank4/vulkan',
  'ops/compare/float_broadcast/vulkan',
  'ops/upsample_bilinear2d/align_corners/vulkan',
  'ops/conv_transpose2d/k3s2_pad1_outpad1/vulkan',
  'ops/group_norm/g2_rank4/vulkan',
  'ops/gather/dim1/vulkan',
];

const EXPECTED_VARIANT = 'relaxed-simd'; // Chromium has shipped relaxed SIMD since 114

function findChromium() {
  const candidate = process.env.KINDLING_CHROMIUM || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

class AssertionError extends Error {}

function check(condition, message) {
  if (!condition) throw new AssertionError(message);
}

function checkEqual(actual, expected, what) {
  check(actual === expected, `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** A result of `runCase` must be within tolerance of ExecuTorch; `expect` checks what ran it. */
function checkCase(r, { delegates, threads, workers, pooled }) {
  check(r.ok, `${r.id}: ${r.message ?? 'failed'}`);
  check(r.steps > 0 && /^[0-9a-f]{64}$/.test(r.digest), `${r.id}: no outputs were compared`);
  if (delegates === 0) checkEqual(r.delegates.length, 0, `${r.id}: XNNPACK delegates`);
  else check(r.delegates.length > 0, `${r.id}: expected XNNPACK delegates, none was initialized`);
  for (const [i, d] of r.delegates.entries()) {
    checkEqual(d.threads, threads, `${r.id}: delegate ${i} threads`);
    checkEqual(d.kernels, EXPECTED_VARIANT, `${r.id}: delegate ${i} kernels`);
  }
  if (workers !== undefined) checkEqual(r.workersStarted, workers(r), `${r.id}: Workers started while loading`);
  if (pooled === false) checkEqual(r.poolJobs, 0, `${r.id}: pool jobs while executing`);
  if (pooled === true) check(r.poolJobs > 0, `${r.id}: the pool was given no job while executing`);
}

const summary = (counts) => `browser: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;

async function bundle() {
  for (const pkg of ['core', 'ir', 'runtime', 'backend-xnnpack', 'backend-webgpu']) {
    if (!existsSync(join(repo, 'packages', pkg, 'dist', 'index.js'))) {
      throw new Error(`packages/${pkg}/dist is missing: run \`npx --yes pnpm@10.18.3 build\` first`);
    }
  }
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: { page: 'src/page.ts', worker: 'src/worker.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome114'],
    outdir: 'out',
    write: false,
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  const scripts = new Map();
  for (const file of result.outputFiles) scripts.set(file.path.slice(file.path.lastIndexOf('/') + 1), file.text);
  for (const name of ['page.js', 'worker.js']) if (!scripts.has(name)) throw new Error(`esbuild wrote no ${name}`);
  return scripts;
}

async function main() {
  const chromium = findChromium();
  const required = process.env.KINDLING_REQUIRE_BROWSER === '1';
  if (!chromium) {
    if (required) {
      const where = process.env.KINDLING_CHROMIUM || '/usr/bin/chromium';
      console.error(`browser: FAILED: no Chromium at ${where} and KINDLING_REQUIRE_BROWSER=1`);
      return 1;
    }
    console.log('browser: skipped (no Chromium found; .ci/run installs Debian chromium)');
    return 0;
  }

  const counts = { passed: 0, failed: 0, skipped: 0 };
  const watchdog = setTimeout(() => {
    console.error(`browser: the run exceeded ${LIMITS.run} ms; aborting`);
    console.log(summary({ ...counts, failed: counts.failed + 1 }));
    process.exit(1);
  }, LIMITS.run);

  let server;
  let context;
  let apps;
  let playground;
  let chat;
  const userDataDir = mkdtempSync(join(tmpdir(), 'kindling-chromium-'));
  try {
    const scripts = await bundle();
    const { files: generated } = await generatePrograms();
    apps = await prepareApps();
    playground = await preparePlayground();
    chat = await prepareChat();
    server = await startServer({
      fixturesDir: join(repo, 'packages/conformance-zoo/cases'),
      scripts,
      generated,
      folders: { ...apps.folders, ...playground.folders, ...chat.folders },
    });
    const { chromium: playwright } = await import('playwright-core');
    context = await withTimeout(
      playwright.launchPersistentContext(userDataDir, {
        executablePath: chromium,
        headless: true,
        args: CHROMIUM_ARGS,
        timeout: LIMITS.launch,
      }),
      LIMITS.launch + 5_000,
      'launching Chromium',
    );
    const version = context.browser()?.version() ?? 'unknown version';
    console.log(`browser: ${chromium} (Chromium ${version}), serving ${server.origin}`);
    await runTests(context, server, counts, apps, playground, chat);
  } catch (error) {
    counts.failed++;
    console.log(`FAIL  setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (context) {
      await withTimeout(context.close(), LIMITS.close, 'closing Chromium').catch((error) => {
        console.error(`browser: ${error.message}`);
      });
    }
    await server?.close();
    apps?.close();
    playground?.close();
    chat?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${summary(counts)} (${seconds} s)`);
  return counts.failed > 0 ? 1 : 0;
}

/** A page of one variant, opened on first use and reopened after a timeout (a hung page stays hung). */
class PageSession {
  #page;
  constructor(context, server, variant) {
    this.context = context;
    this.server = server;
    this.variant = variant;
    this.errors = [];
  }

  async #open() {
    const page = await this.context.newPage();
    page.setDefaultTimeout(LIMITS.page);
    page.on('pageerror', (error) => this.errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    const response = await page.goto(`${this.server.origin}/${this.variant}/`, { timeout: LIMITS.page });
    check(response?.ok(), `loading /${this.variant}/: HTTP ${response?.status()}`);
    try {
      await page.waitForFunction(() => document.documentElement.dataset.kindling === 'ready', null, {
        timeout: LIMITS.page,
      });
    } catch (error) {
      throw new Error(`the ${this.variant} page's script did not start: ${this.errors.join('; ') || error.message}`);
    }
    return page;
  }

  /** Evaluates `fn(arg)` in the page, within the test limit. */
  async evaluate(fn, arg) {
    this.#page ??= this.#open();
    const page = await this.#page;
    try {
      return await withTimeout(page.evaluate(fn, arg), LIMITS.test, `evaluating in the ${this.variant} page`);
    } catch (error) {
      // The page may be stuck (e.g. a kernel that never returns): start over with a fresh one.
      this.#page = undefined;
      void page.close({ runBeforeUnload: false }).catch(() => {});
      const extra = this.errors.length > 0 ? ` [${this.errors.join('; ')}]` : '';
      throw new Error(`${error.message}${extra}`);
    }
  }

  environment() {
    return this.evaluate(() => globalThis.kindling.environment());
  }

  runCases(requests) {
    return this.evaluate((r) => globalThis.kindling.runCases(r), requests);
  }

  runInWorker(requests) {
    return this.evaluate(([r, ms]) => globalThis.kindling.runInWorker(r, ms), [requests, LIMITS.test - 2_000]);
  }
}

async function runTests(context, server, counts, apps, playground, chat) {
  const plain = new PageSession(context, server, 'plain');
  const isolated = new PageSession(context, server, 'isolated');

  const test = async (name, fn) => {
    const t0 = performance.now();
    let status = 'PASS';
    let detail = '';
    try {
      detail = (await withTimeout(Promise.resolve().then(fn), LIMITS.test + 5_000, name)) ?? '';
      counts.passed++;
    } catch (error) {
      status = 'FAIL';
      detail = error instanceof Error ? error.message : String(error);
      counts.failed++;
    }
    const ms = Math.round(performance.now() - t0);
    console.log(`${status}  ${name}  (${ms} ms)${detail ? `  ${detail}` : ''}`);
  };

  /** Digests of the one-thread XNNPACK runs and the portable runs on the plain page: the references. */
  const oneThread = new Map();
  const portable = new Map();
  const reference = (map, id) => {
    const digest = map.get(id);
    check(digest !== undefined, `${id}: no one-thread reference (its one-thread test failed)`);
    return digest;
  };
  // The committed programs' expected outputs are ExecuTorch's; the generated one's, float64 loops.
  const expectedFrom = (results) => {
    const generated = results.filter((r) => r.id.startsWith('threads/')).length;
    return generated === 0 ? 'ExecuTorch' : generated === results.length ? 'float64 loops' : 'expected';
  };
  const maxAbs = (results) =>
    `max |diff| vs ${expectedFrom(results)} ` + Math.max(...results.map((r) => r.maxAbs)).toExponential(2);

  // --- An ordinary page: no cross-origin isolation, so no SharedArrayBuffer and no threads.
  await test('plain page: not cross-origin isolated; kernels: relaxed SIMD', async () => {
    const env = await plain.environment();
    checkEqual(env.context, 'window', 'context');
    checkEqual(env.crossOriginIsolated, false, 'crossOriginIsolated');
    checkEqual(env.sharedArrayBuffer, false, 'SharedArrayBuffer exists');
    checkEqual(env.relaxedSimdValid, true, 'WebAssembly.validate(relaxed-SIMD build)');
    checkEqual(env.kernelVariant, EXPECTED_VARIANT, 'kernelModule().variant');
    return env.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '';
  });

  for (const id of PORTABLE_CASES) {
    await test(`plain page: portable kernels: ${id}`, async () => {
      const [r] = await plain.runCases([{ id, backend: 'portable' }]);
      checkCase(r, { delegates: 0 });
      portable.set(id, r.digest);
      return `${r.steps} step(s), ${maxAbs([r])}`;
    });
  }

  for (const [i, id] of XNNPACK_CASES.entries()) {
    await test(`plain page: xnnpack({ threads: 1 }): ${id}`, async () => {
      // One case loads from bytes, the others from a URL the runtime fetches.
      const [r] = await plain.runCases([{ id, backend: 'xnnpack', threads: 1, source: i === 1 ? 'bytes' : 'url' }]);
      checkCase(r, { delegates: 1, threads: 1, workers: () => 0, pooled: false });
      oneThread.set(id, r.digest);
      return `${r.delegates.length} delegate(s), ${r.steps} step(s), ${maxAbs([r])}`;
    });
  }

  // --- The GPU delegate on navigator.gpu (a Vulkan program runs only if its delegate does).
  const webgpuDigests = new Map();
  for (const id of WEBGPU_CASES) {
    await test(`plain page: webgpu(): ${id}`, async () => {
      const [r] = await plain.runCases([{ id, backend: 'webgpu' }]);
      checkCase(r, { delegates: 0 });
      webgpuDigests.set(id, r.digest);
      return `${r.steps} step(s), ${maxAbs([r])}`;
    });
  }

  await test('plain page: module worker: webgpu() gives the outputs of the page', async () => {
    const { environment, results } = await plain.runInWorker(WEBGPU_CASES.map((id) => ({ id, backend: 'webgpu' })));
    checkEqual(environment.context, 'worker', 'context');
    for (const r of results) {
      checkCase(r, { delegates: 0 });
      checkEqual(r.digest, reference(webgpuDigests, r.id), `${r.id}: output digest vs the page`);
    }
    return `${results.length} programs, ${maxAbs(results)}`;
  });

  await test('plain page: xnnpack({ threads: 2 }) falls back to one thread, same outputs, and says why once', async () => {
    const results = await plain.runCases(XNNPACK_CASES.map((id) => ({ id, backend: 'xnnpack', threads: 2 })));
    for (const r of results) {
      checkCase(r, { delegates: 1, threads: 1, workers: () => 0, pooled: false });
      checkEqual(r.digest, reference(oneThread, r.id), `${r.id}: output digest vs one thread`);
      const reason = r.delegates[0]?.singleThreadReason ?? '';
      if (!reason.startsWith('the page is not cross-origin isolated')) {
        throw new Error(`${r.id}: singleThreadReason ${JSON.stringify(reason)}`);
      }
    }
    const warnings = results.at(-1)?.warnings ?? [];
    checkEqual(warnings.length, 1, 'console warnings of the page');
    if (!warnings[0]?.includes('running on 1 thread instead of 2: the page is not cross-origin isolated')) {
      throw new Error(`warning: ${JSON.stringify(warnings[0])}`);
    }
    return `${results.length} programs, bit-identical to one thread; one warning`;
  });

  await test('plain page: module worker: portable and xnnpack({ threads: 2 }) fall back to one thread', async () => {
    const { environment, results } = await plain.runInWorker([
      { id: 'digits/portable', backend: 'portable' },
      { id: 'digits/xnnpack', backend: 'xnnpack', threads: 2 },
    ]);
    checkEqual(environment.context, 'worker', 'context');
    checkEqual(environment.crossOriginIsolated, false, 'crossOriginIsolated in the worker');
    checkEqual(environment.kernelVariant, EXPECTED_VARIANT, 'kernelModule().variant in the worker');
    const [p, x] = results;
    checkCase(p, { delegates: 0 });
    checkEqual(p.digest, reference(portable, p.id), `${p.id}: output digest vs the page`);
    checkCase(x, { delegates: 1, threads: 1, workers: () => 0, pooled: false });
    checkEqual(x.digest, reference(oneThread, x.id), `${x.id}: output digest vs one thread in the page`);
    return maxAbs(results);
  });

  // --- A cross-origin-isolated page (COOP same-origin, COEP require-corp): thread pools start.
  await test('isolated page: cross-origin isolated, SharedArrayBuffer; kernels: relaxed SIMD, shared build too', async () => {
    const env = await isolated.environment();
    checkEqual(env.crossOriginIsolated, true, 'crossOriginIsolated');
    checkEqual(env.sharedArrayBuffer, true, 'SharedArrayBuffer exists');
    checkEqual(env.kernelVariant, EXPECTED_VARIANT, 'kernelModule().variant');
    checkEqual(env.sharedKernelVariant, EXPECTED_VARIANT, 'sharedKernelModule().variant');
  });

  for (const id of XNNPACK_CASES) {
    await test(`isolated page: xnnpack({ threads: 2 }) runs on 2 threads: ${id}`, async () => {
      const [one, two] = await isolated.runCases([
        { id, backend: 'xnnpack', threads: 1 },
        { id, backend: 'xnnpack', threads: 2 },
      ]);
      checkCase(one, { delegates: 1, threads: 1, workers: () => 0, pooled: false });
      // Each delegate's pool: the calling thread and one Worker over the shared memory.
      checkCase(two, {
        delegates: 1,
        threads: 2,
        workers: (r) => r.delegates.length,
        ...(id === POOLED ? { pooled: true } : {}),
      });
      checkEqual(two.digest, one.digest, `${id}: 2-thread output digest vs 1 thread`);
      checkEqual(one.digest, reference(oneThread, id), `${id}: output digest vs the plain page`);
      return `${two.delegates.length} pool(s), ${two.poolJobs} pool jobs, bit-identical to one thread, ${maxAbs([two])}`;
    });
  }

  await test('isolated page: module worker: portable and xnnpack({ threads: 2 }) on 2 threads', async () => {
    const { environment, results } = await isolated.runInWorker([
      { id: 'digits/portable', backend: 'portable' },
      { id: 'digits/xnnpack', backend: 'xnnpack', threads: 2 },
      { id: POOLED, backend: 'xnnpack', threads: 2 },
    ]);
    checkEqual(environment.context, 'worker', 'context');
    checkEqual(environment.crossOriginIsolated, true, 'crossOriginIsolated in the worker');
    checkEqual(environment.sharedKernelVariant, EXPECTED_VARIANT, 'sharedKernelModule().variant in the worker');
    const [p, ...xs] = results;
    checkCase(p, { delegates: 0 });
    checkEqual(p.digest, reference(portable, p.id), `${p.id}: output digest vs the page`);
    for (const x of xs) {
      checkCase(x, {
        delegates: 1,
        threads: 2,
        workers: (r) => r.delegates.length,
        ...(x.id === POOLED ? { pooled: true } : {}),
      });
      checkEqual(x.digest, reference(oneThread, x.id), `${x.id}: output digest vs one thread in the page`);
    }
    return `${xs.map((x) => `${x.id}: ${x.poolJobs} pool jobs`).join(', ')}; ${maxAbs(results)}`;
  });

  const skip = (what) => {
    counts.skipped++;
    console.log(`SKIP  ${what}`);
  };
  await runAppTests({ context, server, apps, test, check, skip, limits: LIMITS });
  await runPlaygroundTests({ context, server, playground, test, check, skip, limits: LIMITS });
  await runChatTests({ context, server, chat, test, check, skip, limits: LIMITS });

  await runGuideAppTest({
    context,
    test,
    check,
    skip: (what) => {
      counts.skipped++;
      console.log(`SKIP  ${what}`);
    },
    limits: LIMITS,
  });

  if (server.failures.length > 0) {
    await test('server: every request was answered', () => {
      throw new AssertionError(server.failures.slice(0, 5).join('; '));
    });
  }
}

process.exitCode = await main();
