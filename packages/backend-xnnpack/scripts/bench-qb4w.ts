/**
 * Time per call of the fused qd8 x blockwise-int4 GEMM on SmolLM2-135M's shapes (block 32), weights
 * as bytes (`qd8_gemm_qb4w`) and as 4-bit values (`qd8_gemm_qb4n`), one matrix in the cache and a
 * set of matrices that streams from memory (as a decode step does), alternated round by round in
 * one run. The two must agree bit for bit (checked first). Run from the repository root:
 *   npx esbuild --bundle --platform=node --format=esm packages/backend-xnnpack/scripts/bench-qb4w.ts \
 *     --outfile=/tmp/bench-qb4w.mjs && node /tmp/bench-qb4w.mjs
 * Timings from a shared machine are only relative.
 */
import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { packQb4nWeights, packQb4wScales } from '../src/kernels/quantized-gemm.js';
import { KernelHeap, kernelModule } from '../src/wasm/index.js';

const loaded = kernelModule();
if (!loaded) throw new Error('no WebAssembly SIMD');
const random = seededRandom(1);
const BS = 32;

function bench(m: number, n: number, k: number, copies: number, rounds: number, calls: number): void {
  const heap = new KernelHeap(loaded as NonNullable<typeof loaded>);
  const e = heap.exports;
  const put = (a: Float32Array | Int32Array | Int8Array | Uint8Array): number => {
    const p = heap.alloc(a.byteLength + 16);
    new Uint8Array(heap.buffer, p, a.byteLength).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    return p;
  };
  const blocks = k / BS;
  const w = new Int16Array(n * k);
  for (let i = 0; i < w.length; i++) w[i] = randomInt(random, -8, 7);
  const bytes = Int8Array.from(w);
  const nibbles = packQb4nWeights(w, n, k);
  const wps: number[] = [];
  const nps: number[] = [];
  for (let c = 0; c < copies; c++) {
    wps.push(put(bytes));
    nps.push(put(nibbles));
  }
  const scratch = heap.alloc(e.qd8_gemm_qb4n_scratch(m, k, BS));
  const scales = put(packQb4wScales(randomFloat32(random, n * blocks, 1e-3, 1e-2), n, blocks));
  const ks = put(randomFloat32(random, n, -10, 10));
  const bias = put(randomFloat32(random, n));
  const xq = put(Int8Array.from({ length: m * k }, () => randomInt(random, -128, 127)));
  const zx = put(Int32Array.from({ length: m }, () => randomInt(random, -128, 127)));
  const sx = put(randomFloat32(random, m, 1e-3, 1e-2));
  const out = heap.alloc(m * n * 4 + 16);
  const out4 = heap.alloc(m * n * 4 + 16);
  let c = 0;
  const variants: Record<string, () => void> = {
    bytes: () => {
      const wp = wps[c++ % copies] as number;
      e.qd8_gemm_qb4w(m, n, k, BS, xq, wp, scales, ks, bias, zx, sx, out, -Infinity, Infinity);
    },
    '4-bit': () => {
      const wp = nps[c++ % copies] as number;
      e.qd8_gemm_qb4n(m, n, k, BS, xq, wp, scales, ks, bias, zx, sx, out4, -Infinity, Infinity, scratch);
    },
  };
  for (const f of Object.values(variants)) f();
  const a = new Uint32Array(heap.buffer, out, m * n);
  const b = new Uint32Array(heap.buffer, out4, m * n);
  if (a.some((v, i) => v !== b[i])) throw new Error(`the two kernels disagree for ${m}x${n}x${k}`);
  const times = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const [name, f] of Object.entries(variants)) {
      const t0 = performance.now();
      for (let i = 0; i < calls; i++) f();
      const list = times.get(name) ?? [];
      list.push(((performance.now() - t0) / calls) * 1000);
      times.set(name, list);
    }
  }
  const median = (a: number[]) => [...a].sort((p, s) => p - s)[a.length >> 1] as number;
  const macs = m * n * k;
  console.log(
    `m ${m} n ${n} k ${k} x${copies}: ${[...times].map(([name, t]) => `${name} ${median(t).toFixed(1)} us (${(macs / median(t) / 1e3).toFixed(1)} GMAC/s)`).join(', ')}`,
  );
}

for (const copies of [1, 48])
  for (const [m, n, k] of [
    [1, 576, 576],
    [1, 1536, 576],
    [1, 576, 1536],
    [32, 576, 576],
    [32, 1536, 576],
    [32, 576, 1536],
  ] as const)
    bench(m, n, k, copies, 7, m === 1 ? 200 : 20);
