#!/usr/bin/env node
// Kindling's GPU delegate against onnxruntime-web's WebGPU execution provider, side by side in one
// headless Chromium page, on the adapter that page gets (batch 1; MiniLM: the zoo's batch of 8):
//
//   kindling-webgpu   @kindling/runtime + @kindling/backend-webgpu (`webgpu()`, navigator.gpu) on the
//                     zoo's `vulkan` program (ExecuTorch's VulkanPartitioner)
//   ort-webgpu        onnxruntime-web (`onnxruntime-web/webgpu`), executionProviders ['webgpu'], on the
//                     ONNX export of the same weights (bench/peers/export_onnx.py)
//   kindling-xnnpack  @kindling/backend-xnnpack (`xnnpack({ threads: 1 })`) on the zoo's `xnnpack`
//                     program: Kindling's CPU path in the same page, for scale
//   kindling-webgpu-baseline  with `--baseline <git revision>`: the WebGPU backend's sources at that
//                     revision (bundled from `git archive`), on the same program: before/after in one run
//
// Each model's runtimes are loaded together, then timed in turns (one call of each per round, the
// order rotating every round), so load on the machine hits all of them alike. A call includes
// handing the input over and reading the output back (Kindling `module.forward`; ORT `session.run`,
// whose outputs are on the CPU by default, + `.data`). Every runtime's output for the committed input
// is compared with ExecuTorch's recorded output.
//
// Chromium: `KINDLING_CHROMIUM`, else /usr/bin/chromium, started with `--enable-unsafe-webgpu`
// (no GPU here: SwiftShader, a software adapter; only ratios measured in one run mean anything).
//
// Usage: node bench/webgpu.mjs [--models a,b] [--runs N] [--warmup N] [--runtimes a,b] [--out path]
//                              [--baseline <git revision>]
// Writes bench/results/webgpu.json and bench/results/webgpu.md. Needs `pnpm build`,
// `pnpm run bench:install` (onnxruntime-web in bench/peers) and the ONNX exports and `.pte` files
// in .cache (see bench/README.md).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os, { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const ortDist = join(root, 'bench/peers/node_modules/onnxruntime-web/dist');
const kernelBuilds = join(root, 'packages/backend-xnnpack/dist/generated');

const ALL_MODELS = ['mobilenet_v2', 'resnet18', 'minilm'];
const ALL_RUNTIMES = ['kindling-webgpu', 'ort-webgpu', 'kindling-xnnpack'];
const LABEL = {
  'kindling-webgpu': 'Kindling (WebGPU)',
  'ort-webgpu': 'onnxruntime-web (webgpu EP)',
  'kindling-xnnpack': 'Kindling (XNNPACK, 1 thread)',
  'kindling-webgpu-baseline': 'Kindling (WebGPU, baseline)',
};
/** Timed rounds per model unless --runs is given: SwiftShader takes seconds per call. */
const DEFAULT_RUNS = { mobilenet_v2: 5, resnet18: 5, minilm: 5 };

const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: ALL_MODELS.join(',') },
    runtimes: { type: 'string', default: ALL_RUNTIMES.join(',') },
    runs: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    out: { type: 'string', default: `${root}bench/results/webgpu` },
    baseline: { type: 'string' },
  },
});
const models = args.models.split(',').filter(Boolean);
const runtimes = args.runtimes.split(',').filter(Boolean);
if (args.baseline) runtimes.push('kindling-webgpu-baseline');
for (const m of models) if (!ALL_MODELS.includes(m)) throw new Error(`unknown model ${m} (known: ${ALL_MODELS})`);
for (const r of runtimes)
  if (![...ALL_RUNTIMES, 'kindling-webgpu-baseline'].includes(r))
    throw new Error(`unknown runtime ${r} (known: ${ALL_RUNTIMES})`);

// ---- what to run --------------------------------------------------------------------------------
const manifest = JSON.parse(readFileSync(`${root}packages/conformance-zoo/cases/manifest.json`, 'utf8'));
const fixture = (f) => `${root}packages/conformance-zoo/cases/${f}`;
const programFile = (c) => (c.committed ? fixture(c.file) : `${root}.cache/conformance/${c.file}`);
/** Files the page may fetch, by the name it asks for (nothing else on disk is served). */
const files = new Map();
const serve = (name, path) => {
  files.set(name, path);
  return `/files/${name}`;
};
const problems = [];
const jobs = [];
for (const model of models) {
  const job = { model, runtimes: {}, runs: Number(args.runs ?? DEFAULT_RUNS[model] ?? 5) };
  for (const runtime of runtimes) {
    const flavour = runtime === 'kindling-xnnpack' ? 'xnnpack' : 'vulkan';
    // ORT runs the fp32 ONNX export; its reference is the vulkan case's (same model, same input)
    const c = manifest.cases.find((k) => k.model === model && k.flavour === flavour);
    if (!c) {
      problems.push(`${model}: no ${flavour} case in the zoo manifest`);
      continue;
    }
    const program = runtime === 'ort-webgpu' ? `${root}.cache/bench/${model}/model.onnx` : programFile(c);
    if (!existsSync(program)) {
      problems.push(
        runtime === 'ort-webgpu'
          ? `${program} missing: run tools/conformance/.venv/bin/python bench/peers/export_onnx.py --models ${model}`
          : `${program} missing: run tools/conformance/.venv/bin/python tools/conformance/export_zoo.py --only ${model} --flavour ${flavour}`,
      );
      continue;
    }
    const step = c.steps[0];
    job.runtimes[runtime] = {
      program: serve(`${model}.${runtime}${extname(program)}`, program),
      inputs: step.inputs.map((i, k) => ({
        url: serve(`${model}.in${k}.bin`, fixture(i.file)),
        dtype: i.dtype,
        shape: i.shape,
      })),
      reference: serve(`${model}.${flavour}.out0.bin`, fixture(step.outputs[0].file)),
      tolerance: c.tolerance,
      bytes: c.size,
    };
  }
  jobs.push(job);
}
const missingBuilds = ['runtime', 'backend-webgpu', 'backend-xnnpack'].filter(
  (p) => !existsSync(join(root, 'packages', p, 'dist/index.js')),
);
if (missingBuilds.length > 0) problems.push(`packages not built (${missingBuilds}): run \`pnpm build\``);
if (runtimes.includes('ort-webgpu') && !existsSync(ortDist)) {
  problems.push('onnxruntime-web is not installed in bench/peers: run `pnpm run bench:install`');
}
const chromium = process.env.KINDLING_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromium)) problems.push(`no Chromium at ${chromium} (set KINDLING_CHROMIUM)`);
if (problems.length > 0) {
  for (const p of problems) console.error(`webgpu bench: ${p}`);
  process.exit(1);
}

// ---- the page -----------------------------------------------------------------------------------
// Bundled from the built packages; onnxruntime-web is imported from its own dist (served under /ort/,
// where it finds its .wasm next to itself), so it is loaded exactly as its package ships it.
const PAGE_SOURCE = `
import { Module, portableKernels } from '@kindling/runtime';
import { webgpu } from '@kindling/backend-webgpu';
import { webgpu as webgpuBaseline } from 'kindling-webgpu-baseline';
import { xnnpack } from '@kindling/backend-xnnpack';
import { Tensor, parseScalarType } from '@kindling/core';

const sessions = new Map();
// a computed specifier: the bundler leaves it to the browser
const ORT_URL = new URL('/ort/ort.webgpu.bundle.min.mjs', location.href).href;
let ort;
const bytesOf = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const typed = (dtype, bytes) =>
  dtype === 'int64' ? new BigInt64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8)
  : dtype === 'float32' ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  : (() => { throw new Error('input dtype ' + dtype); })();

async function open(runtime, spec) {
  const program = await bytesOf(spec.program);
  const inputs = await Promise.all(spec.inputs.map(async (i) => ({ ...i, bytes: await bytesOf(i.url) })));
  if (runtime === 'ort-webgpu') {
    ort ??= await import(ORT_URL);
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    const t0 = performance.now();
    const session = await ort.InferenceSession.create(program, {
      executionProviders: ['webgpu'],
      graphOptimizationLevel: 'all',
    });
    const initMs = performance.now() - t0;
    const feeds = {};
    session.inputNames.forEach((name, k) => {
      const i = inputs[k];
      feeds[name] = new ort.Tensor(i.dtype, typed(i.dtype, i.bytes), i.shape);
    });
    const out = session.outputNames[0];
    return {
      initMs,
      async run() {
        const r = await session.run(feeds);
        const data = await r[out].getData();
        for (const t of Object.values(r)) t.dispose?.();
        return data;
      },
      dispose: () => session.release(),
    };
  }
  const backends =
    runtime === 'kindling-webgpu' ? [webgpu()]
    : runtime === 'kindling-webgpu-baseline' ? [webgpuBaseline()]
    : [xnnpack({ threads: 1 })];
  const t0 = performance.now();
  const module = await Module.load(program, { kernels: portableKernels, backends });
  await module.loadMethod('forward');
  const initMs = performance.now() - t0;
  const tensors = inputs.map((i) => new Tensor({ dtype: parseScalarType(i.dtype), sizes: i.shape, bytes: i.bytes }));
  return {
    initMs,
    async run() {
      const outs = await module.forward(tensors);
      return outs[0].data;
    },
    dispose: () => module.dispose(),
  };
}

globalThis.bench = {
  async adapter() {
    const adapter = await navigator.gpu?.requestAdapter();
    if (!adapter) return null;
    const info = adapter.info ?? {};
    return {
      vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description,
      features: [...adapter.features].sort(),
    };
  },
  async load(runtime, spec) {
    const s = await open(runtime, spec);
    sessions.set(runtime, s);
    const reference = new Float32Array((await bytesOf(spec.reference)).buffer);
    const t0 = performance.now();
    const out = await s.run();
    const firstMs = performance.now() - t0;
    let maxAbsDiff = out.length === reference.length ? 0 : Infinity;
    let within = out.length === reference.length;
    for (let k = 0; k < out.length && k < reference.length; k++) {
      const d = Math.abs(out[k] - reference[k]);
      if (!(d <= maxAbsDiff)) maxAbsDiff = Number.isNaN(d) ? Infinity : d;
      if (!(d <= spec.tolerance.atol + spec.tolerance.rtol * Math.abs(reference[k]))) within = false;
    }
    return { initMs: s.initMs, firstMs, maxAbsDiff, within, version: runtime === 'ort-webgpu' ? ort.env.versions.web : undefined };
  },
  async run(runtime) {
    const t0 = performance.now();
    await sessions.get(runtime).run();
    return performance.now() - t0;
  },
  async close() {
    for (const s of sessions.values()) await s.dispose();
    sessions.clear();
  },
};
document.documentElement.dataset.bench = 'ready';
`;

/**
 * The WebGPU backend's sources at `revision` (git archive into .cache/bench), for the baseline
 * runtime; without a baseline the alias is the current package's build.
 */
function baselineEntry(revision) {
  // the file `@kindling/backend-webgpu` resolves to (one module in the bundle)
  if (!revision) return fileURLToPath(import.meta.resolve('@kindling/backend-webgpu'));
  const dir = join(root, '.cache/bench/webgpu-baseline', revision.replace(/[^\w.-]/g, '_'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['-C', root, 'archive', revision, 'packages/backend-webgpu/src'], {
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return join(dir, 'packages/backend-webgpu/src/index.ts');
}

async function bundlePage() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    alias: { 'kindling-webgpu-baseline': baselineEntry(args.baseline) },
    // the baseline's own imports (@kindling/core, ...) resolve as the package's do
    nodePaths: [join(root, 'packages/backend-webgpu/node_modules')],
    stdin: { contents: PAGE_SOURCE, resolveDir: here, sourcefile: 'webgpu-page.mjs', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const MIME = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.pte': 'application/octet-stream',
  '.onnx': 'application/octet-stream',
};

/** A loopback server: the page, its script, the XNNPACK kernel builds, onnxruntime-web's dist, `files`. */
async function startServer(script) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/') {
      return send(200, 'text/html; charset=utf-8', '<!doctype html><script type="module" src="/page.js"></script>');
    }
    if (path === '/page.js') return send(200, MIME['.js'], script);
    let file;
    const kernels = /^\/generated\/(kernels-[a-z-]+\.wasm)$/.exec(path);
    if (kernels) file = join(kernelBuilds, kernels[1]);
    else if (path.startsWith('/ort/')) {
      file = resolve(ortDist, path.slice('/ort/'.length));
      if (!file.startsWith(ortDist + sep)) file = undefined;
    } else if (path.startsWith('/files/')) file = files.get(path.slice('/files/'.length));
    const type = file && MIME[extname(file)];
    if (!type) return send(404, 'text/plain', 'not found\n');
    try {
      const info = await stat(file);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      send(404, 'text/plain', 'not found\n');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok).closeAllConnections()),
  };
}

// ---- run ----------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const packageVersion = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

const script = await bundlePage();
const server = await startServer(script);
const { chromium: playwright } = await import('playwright-core');
const userDataDir = mkdtempSync(join(tmpdir(), 'kindling-bench-webgpu-'));
const context = await playwright.launchPersistentContext(userDataDir, {
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--enable-unsafe-webgpu'],
});
const results = { meta: {}, models: {} };
try {
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.bench === 'ready', null, { timeout: 30_000 });
  const adapter = await page.evaluate(() => globalThis.bench.adapter());
  if (!adapter) throw new Error('the page has no WebGPU adapter (navigator.gpu.requestAdapter() gave null)');
  console.log(`adapter: ${adapter.vendor}/${adapter.architecture} ${adapter.description ?? ''}`.trim());
  results.meta = {
    date: new Date().toISOString(),
    chromium: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
    adapter,
    software: /swiftshader|llvmpipe|lavapipe/i.test(JSON.stringify(adapter)),
    kindling: packageVersion(join(root, 'packages/backend-webgpu')),
    onnxruntimeWeb: existsSync(ortDist) ? packageVersion(join(ortDist, '..')) : null,
    ...(args.baseline
      ? { baseline: execFileSync('git', ['-C', root, 'rev-parse', args.baseline], { encoding: 'utf8' }).trim() }
      : {}),
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    warmup: Number(args.warmup),
  };
  for (const job of jobs) {
    const entry = { runs: job.runs, runtimes: {} };
    results.models[job.model] = entry;
    const active = Object.keys(job.runtimes);
    for (const runtime of active) {
      process.stderr.write(`${job.model}: loading ${runtime} ...\n`);
      try {
        entry.runtimes[runtime] = await page.evaluate(
          ([r, spec]) => globalThis.bench.load(r, spec),
          [runtime, job.runtimes[runtime]],
        );
        entry.runtimes[runtime].timesMs = [];
      } catch (e) {
        entry.runtimes[runtime] = { error: String(e.message ?? e).split('\n')[0] };
      }
    }
    const ok = active.filter((r) => !entry.runtimes[r].error);
    for (let w = 1; w < Number(args.warmup); w++) {
      for (const r of ok) await page.evaluate((x) => globalThis.bench.run(x), r);
    }
    for (let round = 0; round < job.runs; round++) {
      const order = ok.map((_, k) => ok[(k + round) % ok.length]);
      for (const r of order) entry.runtimes[r].timesMs.push(await page.evaluate((x) => globalThis.bench.run(x), r));
      const times = ok.map((r) => `${r} ${fmt(entry.runtimes[r].timesMs.at(-1))} ms`).join(', ');
      process.stderr.write(`${job.model}: round ${round + 1}/${job.runs}: ${times}\n`);
    }
    for (const r of ok) entry.runtimes[r].medianMs = median(entry.runtimes[r].timesMs);
    const k = entry.runtimes['kindling-webgpu']?.medianMs;
    const o = entry.runtimes['ort-webgpu']?.medianMs;
    const x = entry.runtimes['kindling-xnnpack']?.medianMs;
    const b = entry.runtimes['kindling-webgpu-baseline']?.medianMs;
    // above 1: the current WebGPU backend is faster than the baseline revision
    if (args.baseline) entry.baselineOverKindling = k && b ? b / k : null;
    // above 1: Kindling's WebGPU path is faster by that factor
    entry.ortOverKindling = k && o ? o / k : null;
    entry.xnnpackOverKindling = k && x ? x / k : null;
    await page.evaluate(() => globalThis.bench.close());
    if (errors.length > 0) entry.pageErrors = errors.splice(0);
  }
  results.meta.loadavg = os.loadavg();
  const ratios = jobs.map((j) => results.models[j.model].ortOverKindling);
  results.target = {
    text: "Kindling-WebGPU faster than onnxruntime-web's WebGPU EP on the same adapter for every model",
    // null: not measured (a runtime left out or failed)
    met: ratios.some((r) => r == null) ? null : ratios.every((r) => r > 1),
  };
} finally {
  await context.close().catch(() => {});
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// ---- report -------------------------------------------------------------------------------------
const ratio = (r) => (r ? `${r.toFixed(2)}×` : '–');
const lines = [
  `Adapter: ${results.meta.adapter.vendor}/${results.meta.adapter.architecture}${results.meta.software ? ' (a software adapter: only the ratios mean anything)' : ''}; Chromium ${results.meta.chromium}, onnxruntime-web ${results.meta.onnxruntimeWeb}, ${results.meta.cpu} (${results.meta.cores} cores, load ${results.meta.loadavg.map((l) => l.toFixed(1)).join(' ')}).`,
  '',
  '| model | Kindling WebGPU | ort-web webgpu | Kindling XNNPACK (1T) | ort-web ÷ Kindling WebGPU | XNNPACK ÷ Kindling WebGPU | max abs diff (Kindling WebGPU / ORT / XNNPACK) | rounds |',
  '|---|---:|---:|---:|---:|---:|---|---:|',
];
for (const [model, e] of Object.entries(results.models)) {
  const t = (r) => (e.runtimes[r]?.error ? 'failed' : fmt(e.runtimes[r]?.medianMs));
  const d = (r) => {
    const x = e.runtimes[r];
    return !x || x.error ? '–' : `${x.maxAbsDiff.toExponential(1)}${x.within ? '' : ' (over tolerance)'}`;
  };
  lines.push(
    `| ${model} | ${t('kindling-webgpu')} | ${t('ort-webgpu')} | ${t('kindling-xnnpack')} | ${ratio(e.ortOverKindling)} | ${ratio(e.xnnpackOverKindling)} | ${d('kindling-webgpu')} / ${d('ort-webgpu')} / ${d('kindling-xnnpack')} | ${e.runs} |`,
  );
}
if (args.baseline) {
  lines.push(
    '',
    `Before/after (the WebGPU backend at ${results.meta.baseline.slice(0, 7)} against this tree, same page, same run):`,
    '',
    '| model | baseline WebGPU | Kindling WebGPU | baseline ÷ now |',
    '|---|---:|---:|---:|',
  );
  for (const [model, e] of Object.entries(results.models)) {
    const b = e.runtimes['kindling-webgpu-baseline'];
    lines.push(
      `| ${model} | ${b?.error ? 'failed' : fmt(b?.medianMs)} | ${fmt(e.runtimes['kindling-webgpu']?.medianMs)} | ${ratio(e.baselineOverKindling)} |`,
    );
  }
}
lines.push(
  '',
  `Median ms per call (input in, output read back). Target: ${results.target?.text}: ${results.target?.met == null ? 'not measured' : results.target.met ? 'met' : 'not met'}.`,
);
for (const [model, e] of Object.entries(results.models)) {
  for (const [r, x] of Object.entries(e.runtimes)) if (x.error) lines.push(`- ${model} ${LABEL[r]}: ${x.error}`);
}
const md = `${lines.join('\n')}\n`;
mkdirSync(join(args.out, '..'), { recursive: true });
writeFileSync(`${args.out}.json`, `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(`${args.out}.md`, md);
console.log(md);
