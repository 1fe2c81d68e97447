#!/usr/bin/env node
// GEMM microbenchmark of @kindling/backend-xnnpack's kernels: the WebAssembly SIMD128 build (and
// the relaxed-SIMD build where the engine accepts it) against the scalar TypeScript kernel, and
// against this machine's measured WebAssembly SIMD peak: a tight loop of 12 independent f32x4
// multiply-adds (the operation the GEMM microkernel issues), measured in the same run.
// Single thread. Writes bench/results/xnnpack-kernels.json. Run after `pnpm build`.
//
// Node 20 needs --experimental-wasm-relaxed-simd for the relaxed build; the script re-runs itself
// with that flag once to measure it when the engine supports the flag.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kernels = await import(`${root}packages/backend-xnnpack/dist/kernels.js`);
const { KernelHeap, kernelModuleBytes, gemmPackedLength, packGemmWeights, fullyConnectedF32 } = kernels;

const RELAXED_FLAG = '--experimental-wasm-relaxed-simd';
const REPEATS = Number(process.env.REPEATS ?? 5);
const SIZES = [
  [256, 256, 256],
  [1, 1024, 1024],
  [49, 1280, 1000],
  [784, 64, 576],
  [1024, 1024, 1024],
  // MobileNetV2 pointwise convolutions (pixels x out x in): small K and N.
  [12544, 96, 16],
  [3136, 144, 24],
  [784, 32, 192],
  [196, 384, 64],
];

function heapFor(variant) {
  return new KernelHeap({ variant, module: new WebAssembly.Module(kernelModuleBytes(variant)) });
}

/** Runs `fn` in batches for ~`ms` milliseconds, `REPEATS` times; returns seconds per call (best, median). */
function time(fn, ms = 250) {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const dt = performance.now() - t0;
    if (dt > ms / 4) {
      calls = Math.max(1, Math.round((calls * ms) / dt));
      break;
    }
    calls *= 4;
  }
  const per = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    per.push((performance.now() - t0) / 1000 / calls);
  }
  per.sort((a, b) => a - b);
  return { best: per[0], median: per[Math.floor(per.length / 2)] };
}

function peak(variant) {
  const heap = heapFor(variant);
  const iters = 1_000_000;
  const t = time(() => heap.exports.peak_madd(iters));
  const flops = iters * 12 * 4 * 2;
  return { best: flops / t.best / 1e9, median: flops / t.median / 1e9 };
}

function randomArray(n, seed) {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

function gemmWasm(variant, m, n, k) {
  const heap = heapFor(variant);
  const w = randomArray(n * k, 1);
  const bias = randomArray(n, 2);
  const len = gemmPackedLength(n, k);
  const wp = heap.alloc(len * 4);
  packGemmWeights(w, 0, n, k, false, bias, heap.f32(wp, len), 0);
  const ap = heap.alloc(m * k * 4);
  heap.f32(ap, m * k).set(randomArray(m * k, 3));
  const cp = heap.alloc(m * n * 4);
  const t = time(() => heap.exports.gemm(m, n, k, ap, k, wp, cp, n, -Infinity, Infinity));
  const flops = 2 * m * n * k;
  return { best: flops / t.best / 1e9, median: flops / t.median / 1e9 };
}

function gemmTs(m, n, k) {
  const w = randomArray(n * k, 1);
  const bias = randomArray(n, 2);
  const a = randomArray(m * k, 3);
  const c = new Float32Array(m * n);
  const t = time(() => fullyConnectedF32(a, w, bias, c, m, k, n, -Infinity, Infinity), 400);
  const flops = 2 * m * n * k;
  return { best: flops / t.best / 1e9, median: flops / t.median / 1e9 };
}

function measure(variants) {
  const out = { peak: {}, gemm: [] };
  for (const v of variants) out.peak[v] = peak(v);
  for (const [m, n, k] of SIZES) {
    const row = { m, n, k };
    for (const v of variants) row[v] = gemmWasm(v, m, n, k);
    if (!process.env.SKIP_TS && m * n * k <= 256 * 256 * 256 * 4) row.ts = gemmTs(m, n, k);
    out.gemm.push(row);
  }
  return out;
}

const relaxedOk = WebAssembly.validate(kernelModuleBytes('relaxed-simd'));
if (process.argv.includes('--child')) {
  // Child run (relaxed SIMD enabled by flag): print its measurements as JSON.
  process.stdout.write(JSON.stringify(measure(['relaxed-simd'])));
  process.exit(0);
}

const variants = relaxedOk ? ['simd', 'relaxed-simd'] : ['simd'];
const result = measure(variants);
let relaxedVia = relaxedOk ? 'default' : 'unavailable';
if (!relaxedOk && !process.execArgv.includes(RELAXED_FLAG)) {
  const child = spawnSync(process.execPath, [RELAXED_FLAG, fileURLToPath(import.meta.url), '--child'], {
    encoding: 'utf8',
    env: { ...process.env, SKIP_TS: '1' },
  });
  if (child.status === 0 && child.stdout.trim().startsWith('{')) {
    const r = JSON.parse(child.stdout);
    result.peak['relaxed-simd'] = r.peak['relaxed-simd'];
    r.gemm.forEach((row, i) => {
      result.gemm[i]['relaxed-simd'] = row['relaxed-simd'];
    });
    variants.push('relaxed-simd');
    relaxedVia = RELAXED_FLAG;
  }
}

const fmt = (x) => (x === undefined ? '-' : x.toFixed(2));
console.log(
  `WebAssembly GEMM microbenchmark (single thread, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version})`,
);
console.log(`best of ${REPEATS} runs (median in the JSON); GFLOP/s`);
for (const v of variants) {
  console.log(`measured ${v} peak (12 independent f32x4 multiply-adds): ${fmt(result.peak[v].best)} GFLOP/s`);
}
const header = ['M x N x K'.padEnd(18), 'ts scalar'.padStart(10)];
for (const v of variants) header.push(v.padStart(13), '% peak'.padStart(7));
console.log(header.join(''));
for (const row of result.gemm) {
  const cells = [`${row.m}x${row.n}x${row.k}`.padEnd(18), fmt(row.ts?.best).padStart(10)];
  for (const v of variants) {
    cells.push(fmt(row[v]?.best).padStart(13));
    cells.push(`${((100 * row[v].best) / result.peak[v].best).toFixed(0)}%`.padStart(7));
  }
  console.log(cells.join(''));
}

mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(
  `${root}bench/results/xnnpack-kernels.json`,
  `${JSON.stringify(
    {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      threads: 1,
      repeats: REPEATS,
      relaxedSimd: relaxedVia,
      unit: 'GFLOP/s',
      peak: result.peak,
      gemm: result.gemm.map((row) => ({
        ...row,
        percentOfPeak: Object.fromEntries(variants.map((v) => [v, (100 * row[v].best) / result.peak[v].best])),
      })),
    },
    null,
    2,
  )}\n`,
);
console.log('wrote bench/results/xnnpack-kernels.json');
