/**
 * Time per call of a dynamically quantized (qd8) linear layer on the WebAssembly kernels, with the
 * per-row work (dynamic quantization of the activations, the fp32 finish of the dot products) in
 * TypeScript (as before) and in WebAssembly, and the fused kernels, alternated round
 * by round in one run; the dot products alone are the weight-bound floor. Run from the repository root:
 *   npx esbuild --bundle --platform=node --format=esm packages/backend-xnnpack/scripts/bench-qd8-rows.ts \
 *     --outfile=/tmp/bench-qd8-rows.mjs && node /tmp/bench-qd8-rows.mjs
 * Timings from a shared machine are only relative.
 */
import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { quantizeDynamicRows } from '../src/kernels/convert.js';
import {
  packQb4wScales,
  type QuantizedGemmParams,
  qFullyConnectedBlockwiseFromDots,
  qFullyConnectedFromDots,
} from '../src/kernels/quantized-gemm.js';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { KernelHeap, kernelModule } from '../src/wasm/index.js';

const loaded = kernelModule();
if (!loaded) throw new Error('no WebAssembly SIMD');
const random = seededRandom(1);

function bytesOf(a: Float32Array | Int32Array | Int16Array | Int8Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function bench(m: number, n: number, k: number, bs: number, rounds: number, calls: number): void {
  const heap = new KernelHeap(loaded as NonNullable<typeof loaded>);
  const blocks = bs > 0 ? k / bs : 1;
  const put = (a: Float32Array | Int32Array | Int16Array) => {
    const p = heap.alloc(a.byteLength + 16);
    new Uint8Array(heap.buffer, p, a.byteLength).set(bytesOf(a));
    return p;
  };
  const w = new Int16Array(n * k);
  for (let i = 0; i < w.length; i++) w[i] = bs > 0 ? randomInt(random, -8, 7) : randomInt(random, -127, 127);
  const rowSums = new Int32Array(n);
  for (let j = 0; j < n; j++)
    for (let p = 0; p < k; p++) rowSums[j] = (rowSums[j] as number) + (w[j * k + p] as number);
  const q = {
    n,
    k,
    weights: w,
    rowSums,
    weightScales: randomFloat32(random, n, 1e-3, 1e-2),
    biasF32: randomFloat32(random, n),
    dynamic: true,
    outputMin: Number.NEGATIVE_INFINITY,
    outputMax: Number.POSITIVE_INFINITY,
    acc: new Float64Array(n),
    blockSize: bs,
    blockScales: bs > 0 ? randomFloat32(random, n * blocks, 1e-3, 1e-2) : null,
    blockKsums: bs > 0 ? randomFloat32(random, n, -10, 10) : null,
  } as unknown as QuantizedGemmParams;
  const wp = put(w);
  const xf = randomFloat32(random, m * k, -4, 4);
  const xfp = put(xf);
  const xq = heap.alloc(m * k + 16);
  const dots = heap.alloc(m * n * blocks * 4 + 16);
  const zx = heap.alloc(m * 4 + 16);
  const sx = heap.alloc(m * 4 + 16);
  const out = heap.alloc(m * n * 4 + 16);
  const rs = put(rowSums);
  const packed = bs > 0 ? put(packQb4wScales(q.blockScales as Float32Array, n, blocks)) : 0;
  const ws = put(q.weightScales);
  const bias = put(q.biasF32 as Float32Array);
  const bsc = bs > 0 ? put(q.blockScales as Float32Array) : 0;
  const ks = bs > 0 ? put(q.blockKsums as Float32Array) : 0;
  const x = {
    shape: [m, k],
    quantRowDims: 1,
    rowScales: new Float32Array(m),
    rowZeroPoints: new Int32Array(m),
    data: new Int8Array(heap.buffer, xq, m * k),
  } as unknown as RuntimeValue;
  const outValue = { data: new Float32Array(heap.buffer, out, m * n) } as unknown as RuntimeValue;
  const dotsView = new Int32Array(heap.buffer, dots, m * n * blocks);
  const xfView = new Float32Array(heap.buffer, xfp, m * k);
  const e = heap.exports;
  const variants = {
    'dots only': () => e.qd8_dots(m, n, k, bs > 0 ? bs : k, xq, wp, dots),
    'TypeScript rows': () => {
      quantizeDynamicRows(xfView, x.data as Int8Array, m, k, x.rowScales!, x.rowZeroPoints!);
      e.qd8_dots(m, n, k, bs > 0 ? bs : k, xq, wp, dots);
      if (bs > 0) qFullyConnectedBlockwiseFromDots(q, x, outValue, 0, m, dotsView);
      else qFullyConnectedFromDots(q, x, outValue, 0, m, dotsView);
    },
    'WebAssembly rows': () => {
      e.qd8_quantize_rows(m, k, xfp, xq, sx, zx);
      e.qd8_dots(m, n, k, bs > 0 ? bs : k, xq, wp, dots);
      if (bs > 0) e.qd8_emit_blockwise(m, n, blocks, dots, bsc, ks, bias, zx, sx, out, q.outputMin, q.outputMax);
      else e.qd8_emit(m, n, dots, rs, ws, bias, zx, sx, out, q.outputMin, q.outputMax);
    },
  };
  Object.assign(variants, {
    'fused WebAssembly': () => {
      e.qd8_quantize_rows(m, k, xfp, xq, sx, zx);
      if (bs > 0) e.qd8_gemm_qb4w(m, n, k, bs, xq, wp, packed, ks, bias, zx, sx, out, q.outputMin, q.outputMax);
      else e.qd8_gemm_qc(m, n, k, xq, wp, rs, ws, bias, zx, sx, out, q.outputMin, q.outputMax);
    },
  });
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
  const what = `m ${m}, n ${n}, k ${k}, ${bs > 0 ? `blockwise int4 (block ${bs})` : 'per-channel'}`;
  console.log(
    `${what}: ${[...times].map(([name, t]) => `${name} ${median(t).toFixed(1)} us`).join(', ')} (median of ${rounds} rounds of ${calls} calls)`,
  );
}

for (const [m, n, k, bs] of [
  [1, 2048, 2048, 0],
  [1, 2048, 2048, 32],
  [1, 5632, 2048, 32],
  [1, 256, 256, 32],
  [16, 2048, 2048, 32],
  [16, 2048, 2048, 0],
] as const)
  bench(m, n, k, bs, 9, m === 1 ? 40 : 5);
