/**
 * The transformer-path WebAssembly kernels (softmax, the fp32 finish of the qd8 GEMMs) against
 * the scalar TypeScript kernels they replace, on every build this engine accepts.
 */
import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { describe, expect, test } from 'vitest';
import {
  type QuantizedGemmParams,
  qDynamicRowFromDots,
  qFullyConnectedBlockwiseFromDots,
} from '../src/kernels/quantized-gemm.js';
import { softmaxF32 } from '../src/kernels/softmax.js';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { KernelHeap, type KernelVariant, kernelModuleBytes } from '../src/wasm/kernels.js';

const variants = (['simd', 'relaxed-simd'] as const).filter((v) => WebAssembly.validate(kernelModuleBytes(v)));

function heapOf(variant: KernelVariant): KernelHeap {
  return new KernelHeap({ variant, module: new WebAssembly.Module(kernelModuleBytes(variant)) });
}

/** Copies `data` into the heap (16 spare bytes: kernels may read whole vectors); returns the pointer. */
function put(heap: KernelHeap, data: Float32Array | Int32Array): number {
  const ptr = heap.alloc(data.byteLength + 16);
  new Uint8Array(heap.buffer, ptr, data.byteLength).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return ptr;
}

/** Bit patterns, so that NaN and -0 compare exactly. */
function bits(a: Float32Array): number[] {
  return Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));
}

describe.each(variants)('transformer WebAssembly kernels (%s)', (variant) => {
  test('softmax_f32 matches the TypeScript softmax', () => {
    const random = seededRandom(11);
    for (const channels of [1, 2, 3, 4, 5, 7, 8, 31, 64, 257, 1000]) {
      const rows = 5;
      const x = randomFloat32(random, rows * channels, -12, 12);
      // Row 1: large values (the maximum keeps e^x finite); row 2: a masked-out (-inf) entry;
      // row 3: one NaN (the whole row becomes NaN in both); row 4: all equal.
      for (let c = 0; c < channels; c++) x[channels + c] = 80 + 10 * (x[channels + c] as number);
      if (channels > 1) x[2 * channels + (channels >> 1)] = Number.NEGATIVE_INFINITY;
      x[3 * channels + channels - 1] = Number.NaN;
      x.fill(0.25, 4 * channels, 5 * channels);
      const want = new Float32Array(x.length);
      softmaxF32(x, want, rows, channels);
      const heap = heapOf(variant);
      const xp = put(heap, x);
      const op = heap.alloc(x.length * 4 + 16);
      heap.exports.softmax_f32(rows, channels, xp, op);
      const got = heap.f32(op, x.length);
      // Error budget per output (fp32 ulps, relative): x - max is rounded to fp32 (the reference
      // subtracts in doubles), which moves e^(x - max) by up to |x - max| * 2^-24; exp4 adds a few
      // ulps (its reduction and series); the fp32 sum in 4 lanes adds at most about channels / 4 + 2
      // roundings, and the final multiply one. Entries more than 87.3 below the maximum come out
      // as 0 (a masked -inf exactly as in the reference; e^-100 is a denormal there): the absolute
      // tolerance.
      for (let i = 0; i < x.length; i++) {
        const r = Math.floor(i / channels);
        let max = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < channels; c++) max = Math.max(max, x[r * channels + c] as number);
        const rtol = (8 + Math.ceil(channels / 4) + Math.abs((x[i] as number) - max)) * 2 ** -24;
        const w = want[i] as number;
        const g = got[i] as number;
        if (Number.isNaN(w)) {
          expect(g, `channels ${channels}, element ${i}`).toBeNaN();
          continue;
        }
        if (w === 0) expect(g, `channels ${channels}, element ${i}`).toBe(0);
        else if (!(Math.abs(g - w) <= rtol * Math.abs(w) + 1.2e-38))
          throw new Error(`channels ${channels}: element ${i}: got ${g}, expected ${w}`);
      }
      // In place as well.
      heap.exports.softmax_f32(rows, channels, xp, xp);
      expect(bits(heap.f32(xp, x.length))).toEqual(bits(heap.f32(op, x.length)));
    }
  });

  test('softmax_f32_part covers the rows exactly once, like the whole call', () => {
    const random = seededRandom(12);
    const rows = 13;
    const channels = 37;
    const x = randomFloat32(random, rows * channels, -5, 5);
    const heap = heapOf(variant);
    const xp = put(heap, x);
    const whole = heap.alloc(x.length * 4 + 16);
    const parted = heap.alloc(x.length * 4 + 16);
    heap.exports.softmax_f32(rows, channels, xp, whole);
    for (let part = 0; part < 4; part++) heap.exports.softmax_f32_part(rows, channels, xp, parted, part, 4);
    expect(bits(heap.f32(parted, x.length))).toEqual(bits(heap.f32(whole, x.length)));
  });

  /** Minimal GEMM parameters for the finishing kernels (the fields they read). */
  function paramsOf(random: () => number, n: number, k: number, bias: boolean, min: number, max: number) {
    const rowSums = new Int32Array(n);
    for (let j = 0; j < n; j++) rowSums[j] = randomInt(random, -127 * k, 127 * k);
    const q = {
      n,
      k,
      rowSums,
      weightScales: randomFloat32(random, n, 1e-4, 0.05),
      biasF32: bias ? randomFloat32(random, n, -2, 2) : null,
      dynamic: true,
      outputMin: min,
      outputMax: max,
      acc: new Float64Array(n),
      blockSize: 0,
      blockScales: null,
      blockKsums: null,
    };
    return q as unknown as QuantizedGemmParams & { rowSums: Int32Array; weightScales: Float32Array };
  }

  test('qd8_emit is bit-identical to qDynamicRowFromDots', () => {
    const random = seededRandom(13);
    for (const [rows, n, k] of [
      [1, 1, 5],
      [1, 7, 64],
      [3, 16, 300],
      [5, 33, 4096],
    ] as const) {
      for (const [bias, min, max] of [
        [true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        [false, -0.5, 0.75],
        [true, 0, 6],
      ] as const) {
        const q = paramsOf(random, n, k, bias, min, max);
        const dots = new Int32Array(rows * n);
        for (let i = 0; i < dots.length; i++) dots[i] = randomInt(random, -127 * 127 * k, 127 * 127 * k);
        if (rows * n > 2) dots[1] = 0;
        const zx = new Int32Array(rows);
        const sx = new Float32Array(rows);
        for (let i = 0; i < rows; i++) {
          zx[i] = randomInt(random, -128, 127);
          sx[i] = Math.fround(1e-3 + random() * 0.1);
        }
        const want = new Float32Array(rows * n);
        for (let i = 0; i < rows; i++)
          qDynamicRowFromDots(q, dots, i * n, zx[i] as number, sx[i] as number, want, i * n);
        const heap = heapOf(variant);
        const op = heap.alloc(rows * n * 4 + 16);
        const bp = q.biasF32 ? put(heap, q.biasF32) : 0;
        heap.exports.qd8_emit(
          rows,
          n,
          put(heap, dots),
          put(heap, q.rowSums),
          put(heap, q.weightScales),
          bp,
          put(heap, zx),
          put(heap, sx),
          op,
          min,
          max,
        );
        expect(bits(heap.f32(op, rows * n)), `rows ${rows}, n ${n}, k ${k}, bias ${bias}`).toEqual(bits(want));
      }
    }
  });

  test('qd8_emit_blockwise is bit-identical to qFullyConnectedBlockwiseFromDots', () => {
    const random = seededRandom(14);
    for (const [rows, n, k, bs] of [
      [1, 1, 32, 32],
      [1, 9, 64, 32],
      [2, 16, 256, 32],
      [3, 13, 512, 128],
    ] as const) {
      for (const [bias, min, max] of [
        [true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        [false, -1, 1],
      ] as const) {
        const blocks = k / bs;
        const q = {
          ...paramsOf(random, n, k, bias, min, max),
          blockSize: bs,
          blockScales: randomFloat32(random, n * blocks, 1e-4, 0.02),
          blockKsums: randomFloat32(random, n, -50, 50),
        } as QuantizedGemmParams;
        const dots = new Int32Array(rows * n * blocks);
        for (let i = 0; i < dots.length; i++) dots[i] = randomInt(random, -127 * 8 * bs, 127 * 8 * bs);
        // Rows of the input (shape [rows, k]) are the quantization rows.
        const x = {
          shape: [rows, k],
          quantRowDims: 1,
          rowScales: new Float32Array(rows),
          rowZeroPoints: new Int32Array(rows),
        } as unknown as RuntimeValue;
        for (let i = 0; i < rows; i++) {
          x.rowZeroPoints![i] = randomInt(random, -128, 127);
          x.rowScales![i] = Math.fround(1e-3 + random() * 0.1);
        }
        const out = { data: new Float32Array(rows * n) } as unknown as RuntimeValue;
        qFullyConnectedBlockwiseFromDots(q, x, out, 0, rows, dots);
        const heap = heapOf(variant);
        const op = heap.alloc(rows * n * 4 + 16);
        heap.exports.qd8_emit_blockwise(
          rows,
          n,
          blocks,
          put(heap, dots),
          put(heap, q.blockScales as Float32Array),
          put(heap, q.blockKsums as Float32Array),
          q.biasF32 ? put(heap, q.biasF32) : 0,
          put(heap, x.rowZeroPoints as Int32Array),
          put(heap, x.rowScales as Float32Array),
          op,
          min,
          max,
        );
        expect(bits(heap.f32(op, rows * n)), `rows ${rows}, n ${n}, k ${k}, bs ${bs}`).toEqual(
          bits(out.data as Float32Array),
        );
      }
    }
  });
});
