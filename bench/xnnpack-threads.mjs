#!/usr/bin/env node
// Thread scaling of @kindling/backend-xnnpack: ResNet18 (XNNPACK-lowered, [1,3,224,224] fp32) and
// the digits demo CNN, `xnnpack({ threads: 1 })` against `xnnpack({ threads: 2 })` (or THREADS,
// e.g. THREADS=1,2,4). Per model and thread count: warm-up runs, then the median of RUNS timed
// forwards; the thread counts alternate in ROUNDS rounds so that load from other processes hits
// them alike, and every round's medians are kept. Also checks that the outputs are bit-identical
// across thread counts. Writes bench/results/xnnpack-threads.json. Run after `pnpm build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// KINDLING_BUNDLE: one ES module re-exporting the three packages (to run on a machine without the
// workspace's node_modules); by default the packages' dist builds.
const bundle = process.env.KINDLING_BUNDLE
  ? await import(new URL(process.env.KINDLING_BUNDLE, `file://${process.cwd()}/`).href)
  : null;
const { Module, portableKernels } = bundle ?? (await import(`${root}packages/runtime/dist/index.js`));
const { ScalarType, Tensor } = bundle ?? (await import(`${root}packages/core/dist/index.js`));
const { xnnpack } = bundle ?? (await import(`${root}packages/backend-xnnpack/dist/index.js`));

const THREADS = (process.env.THREADS ?? '1,2').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const own = (path) => new Uint8Array(readFileSync(path));

const models = [
  {
    name: 'resnet18',
    file: `${root}.cache/conformance/resnet18/xnnpack.pte`,
    shape: [1, 3, 224, 224],
    input: () => new Float32Array(own(`${root}packages/conformance-zoo/cases/vision/input_224.bin`).buffer),
    warmup: 3,
    runs: Number(process.env.RUNS ?? 15),
  },
  {
    name: 'digits',
    file: `${root}packages/conformance-zoo/cases/digits/xnnpack.pte`,
    shape: [1, 1, 8, 8],
    input: () => {
      const info = JSON.parse(readFileSync(`${root}packages/conformance-zoo/cases/manifest.json`, 'utf8')).models
        .digits;
      return new Float32Array(own(`${root}packages/conformance-zoo/cases/${info.test_images}`).buffer).slice(0, 64);
    },
    warmup: 50,
    runs: Number(process.env.RUNS_SMALL ?? 500),
  },
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(model, threads, data) {
  const module = await Module.load(own(model.file), { backends: [xnnpack({ threads })], kernels: portableKernels });
  try {
    await module.loadMethod('forward');
    const x = Tensor.from(ScalarType.Float, model.shape, data);
    let out;
    for (let i = 0; i < model.warmup; i++) [out] = await module.forward([x]);
    const times = [];
    for (let i = 0; i < model.runs; i++) {
      const t0 = performance.now();
      [out] = await module.forward([x]);
      times.push(performance.now() - t0);
    }
    const bytes = new Uint8Array(out.data.buffer, out.data.byteOffset, out.data.byteLength).slice();
    return { ms: median(times), bytes };
  } finally {
    await module.dispose();
  }
}

const results = [];
for (const model of models) {
  const data = model.input();
  const rounds = [];
  let reference = null;
  let identical = true;
  for (let r = 0; r < ROUNDS; r++) {
    const row = {};
    for (const t of THREADS) {
      const { ms, bytes } = await measure(model, t, data);
      row[t] = ms;
      if (!reference) reference = bytes;
      else if (Buffer.compare(Buffer.from(bytes), Buffer.from(reference)) !== 0) identical = false;
    }
    rounds.push(row);
    console.log(
      `${model.name} round ${r + 1}: ${THREADS.map((t) => `${t} thread(s) ${row[t].toFixed(3)} ms`).join(', ')}`,
    );
  }
  const base = THREADS[0];
  const summary = {};
  for (const t of THREADS) {
    const ms = median(rounds.map((row) => row[t]));
    summary[t] = {
      medianMs: Number(ms.toFixed(4)),
      speedup: Number((median(rounds.map((row) => row[base])) / ms).toFixed(3)),
    };
  }
  results.push({ model: model.name, runsPerRound: model.runs, warmup: model.warmup, identical, summary, rounds });
  console.log(`${model.name}: ${JSON.stringify(summary)} outputs bit-identical: ${identical}`);
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cores: availableParallelism(),
  loadavg: loadavg(),
  note: 'median over rounds of per-round medians; speedup relative to the first thread count',
  results,
};
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/xnnpack-threads.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote bench/results/xnnpack-threads.json');
