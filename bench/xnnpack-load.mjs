#!/usr/bin/env node
// Load time of a program with many XNNPACK delegates: the tiny Llama of the conformance zoo
// (24 XnnpackBackend delegates), `Module.load` + `loadMethod('forward')` + `dispose`, with
// `xnnpack({ threads })` for each THREADS (default 1,2,4). Medians of RUNS loads after a warm-up
// load; writes bench/results/xnnpack-load.json. Run after `pnpm build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { Module, portableKernels } = await import(`${root}packages/runtime/dist/index.js`);
const { xnnpack } = await import(`${root}packages/backend-xnnpack/dist/index.js`);

const THREADS = (process.env.THREADS ?? '1,2,4').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 9);
const file = `${root}packages/conformance-zoo/cases/tiny_llama/xnnpack.pte`;
const bytes = new Uint8Array(readFileSync(file));

async function loadOnce(threads) {
  const started = performance.now();
  let delegates = 0;
  const module = await Module.load(bytes, {
    kernels: portableKernels,
    backends: [xnnpack({ threads, onDelegateReady: () => delegates++ })],
  });
  await module.loadMethod('forward');
  const ms = performance.now() - started;
  await module.dispose();
  return { ms, delegates };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const threads of THREADS) {
  await loadOnce(threads);
  const times = [];
  let delegates = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await loadOnce(threads);
    times.push(r.ms);
    delegates = r.delegates;
  }
  rows.push({ threads, delegates, medianMs: Number(median(times).toFixed(1)), runs: RUNS });
  console.log(`tiny_llama (${delegates} delegates), threads ${threads}: load median ${median(times).toFixed(1)} ms`);
}
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(
  `${root}bench/results/xnnpack-load.json`,
  `${JSON.stringify({ program: 'tiny_llama/xnnpack', cores: availableParallelism(), node: process.version, rows }, null, 2)}\n`,
);
