/**
 * The transformer-path WebAssembly kernels (softmax, the fp32 finish of the qd8 GEMMs) against
 * the scalar TypeScript kernels they replace, on every build this engine accepts.
 */
import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { describe, expect, test } from 'vitest';
import { quantizeDynamicRows } from '../src/kernels/convert.js';
import { batchMatMulF32 } from '../src/kernels/fully-connected.js';
import {
  packQb4nWeights,
  packQb4wScales,
  type QuantizedGemmParams,
  qb4wFusable,
  qDynamicRowFromDots,
  qFullyConnected,
  qFullyConnectedBlockwise,
  qFullyConnectedBlockwiseFromDots,
} from '../src/kernels/quantized-gemm.js';
import { softmaxF32 } from '../src/kernels/softmax.js';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { KernelHeap, type KernelVariant, kernelModuleBytes } from '../src/wasm/index.js';

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

  /**
   * A blockwise int4 GEMM case: parameters around `weights`, int8 rows with their zero points and
   * scales (`extremes`: the first two inputs -128 and 127), and the TypeScript reference's output bits.
   */
  function blockwiseCase(
    random: () => number,
    m: number,
    n: number,
    k: number,
    bs: number,
    weights: Int16Array,
    bias: boolean,
    min: number,
    max: number,
    extremes: boolean,
  ) {
    const q = {
      ...paramsOf(random, n, k, bias, min, max),
      weights,
      blockSize: bs,
      blockScales: randomFloat32(random, n * (k / bs), 1e-4, 0.02),
      blockKsums: randomFloat32(random, n, -50, 50),
    } as QuantizedGemmParams;
    const xq = new Int8Array(m * k);
    for (let i = 0; i < xq.length; i++)
      xq[i] = extremes && i < 2 ? ([-128, 127][i] as number) : randomInt(random, -128, 127);
    const x = {
      shape: [m, k],
      quantRowDims: 1,
      data: xq,
      rowScales: new Float32Array(m),
      rowZeroPoints: new Int32Array(m),
    } as unknown as RuntimeValue;
    for (let i = 0; i < m; i++) {
      x.rowZeroPoints![i] = randomInt(random, -128, 127);
      x.rowScales![i] = Math.fround(1e-3 + random() * 0.1);
    }
    const out = { data: new Float32Array(m * n) } as unknown as RuntimeValue;
    qFullyConnectedBlockwise(q, x, out, m);
    return { q, x, xq, want: bits(out.data as Float32Array) };
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

  test('qd8_quantize_rows is identical to quantizeDynamicRows', () => {
    const random = seededRandom(15);
    for (const cols of [1, 3, 4, 15, 16, 17, 64, 100]) {
      const rows = 6;
      const x = randomFloat32(random, rows * cols, -3, 5);
      // Row 1 all zero (scale 1), row 2 all positive, row 3 with NaN and infinities, row 4 tiny
      // values, row 5 huge values.
      x.fill(0, cols, 2 * cols);
      for (let c = 0; c < cols; c++) x[2 * cols + c] = 0.5 + Math.abs(x[2 * cols + c] as number);
      x[3 * cols] = Number.NaN;
      if (cols > 2) {
        x[3 * cols + 1] = Number.POSITIVE_INFINITY;
        x[3 * cols + 2] = Number.NEGATIVE_INFINITY;
      }
      for (let c = 0; c < cols; c++) x[4 * cols + c] = (x[4 * cols + c] as number) * 1e-30;
      for (let c = 0; c < cols; c++) x[5 * cols + c] = (x[5 * cols + c] as number) * 1e30;
      const want = new Int8Array(rows * cols);
      const wantScales = new Float32Array(rows);
      const wantZeros = new Int32Array(rows);
      quantizeDynamicRows(x, want, rows, cols, wantScales, wantZeros);
      const heap = heapOf(variant);
      const op = heap.alloc(rows * cols + 16);
      const sp = heap.alloc(rows * 4 + 16);
      const zp = heap.alloc(rows * 4 + 16);
      heap.exports.qd8_quantize_rows(rows, cols, put(heap, x), op, sp, zp);
      expect(Array.from(new Int8Array(heap.buffer, op, rows * cols)), `cols ${cols}`).toEqual(Array.from(want));
      expect(bits(new Float32Array(heap.buffer, sp, rows)), `cols ${cols}`).toEqual(bits(wantScales));
      expect(Array.from(new Int32Array(heap.buffer, zp, rows)), `cols ${cols}`).toEqual(Array.from(wantZeros));
    }
  });

  /** Scaled dot-product attention in doubles: outputs and, per output, an fp32 error bound. */
  function attentionReference(
    dims: { bh: number; t: number; u: number; c: number; d: number },
    q: Float32Array,
    k: Float32Array,
    v: Float32Array,
    scale: Float32Array,
    mask: Float32Array | null,
    maskStride: number,
  ): { out: Float64Array; tol: Float64Array } {
    const { bh, t, u, c, d } = dims;
    const eps = 2 ** -24;
    const out = new Float64Array(bh * t * d);
    const tol = new Float64Array(bh * t * d);
    for (let b = 0; b < bh; b++) {
      for (let i = 0; i < t; i++) {
        const s = new Float64Array(u);
        const sErr = new Float64Array(u);
        for (let j = 0; j < u; j++) {
          let dot = 0;
          let mag = 0;
          for (let x = 0; x < c; x++) {
            const p = (q[(b * t + i) * c + x] as number) * (scale[x] as number) * (k[(b * u + j) * c + x] as number);
            dot += p;
            mag += Math.abs(p);
          }
          const m = mask ? (mask[b * maskStride + i * u + j] as number) : 0;
          s[j] = dot + m;
          // The scaled query and every product are rounded, the sum has up to c / 4 + 3 roundings
          // per term, and the mask's addition one more.
          sErr[j] = (c + 8) * eps * mag + eps * Math.abs(dot + (Number.isFinite(m) ? m : 0));
        }
        let max = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < u; j++) max = Math.max(max, s[j] as number);
        let sum = 0;
        const p = new Float64Array(u);
        for (let j = 0; j < u; j++) {
          p[j] = Math.exp((s[j] as number) - max);
          sum += p[j] as number;
        }
        // Relative error of each probability: two score errors (its own and the maximum's through
        // the sum), the softmax's own budget (see the softmax test).
        let maxErr = 0;
        for (let j = 0; j < u; j++) if (Number.isFinite(s[j] as number)) maxErr = Math.max(maxErr, sErr[j] as number);
        for (let x = 0; x < d; x++) {
          let acc = 0;
          let mag = 0;
          let err = 0;
          for (let j = 0; j < u; j++) {
            const pj = (p[j] as number) / sum;
            const vj = v[(b * u + j) * d + x] as number;
            acc += pj * vj;
            mag += Math.abs(pj * vj);
            const sj = s[j] as number;
            const rel = Number.isFinite(sj) ? 2 * maxErr + (8 + Math.ceil(u / 4) + Math.abs(sj - max)) * eps : 0;
            err += rel * Math.abs(pj * vj);
          }
          out[(b * t + i) * d + x] = acc;
          tol[(b * t + i) * d + x] = err + (u + 4) * eps * mag + 1e-30;
        }
      }
    }
    return { out, tol };
  }

  test('attention_f32 matches scaled dot-product attention in doubles', () => {
    const random = seededRandom(16);
    for (const [bh, t, u, c, d] of [
      [1, 1, 1, 4, 4],
      [2, 1, 7, 5, 3],
      [3, 5, 33, 64, 8],
      [2, 6, 6, 16, 64],
    ] as const) {
      for (const maskKind of ['none', 'causal', 'per-head'] as const) {
        const dims = { bh, t, u, c, d };
        const q = randomFloat32(random, bh * t * c, -2, 2);
        const k = randomFloat32(random, bh * u * c, -2, 2);
        const v = randomFloat32(random, bh * u * d, -3, 3);
        const scale = new Float32Array(c).fill(Math.fround(1 / Math.sqrt(c)));
        if (c > 4) scale[1] = 0.75;
        let mask: Float32Array | null = null;
        let maskStride = 0;
        if (maskKind === 'causal') {
          // Query i sees keys up to u - t + i (the cache's earlier positions and itself).
          mask = new Float32Array(t * u);
          for (let i = 0; i < t; i++)
            for (let j = 0; j < u; j++) mask[i * u + j] = j > u - t + i ? Number.NEGATIVE_INFINITY : 0;
        } else if (maskKind === 'per-head') {
          maskStride = t * u;
          mask = randomFloat32(random, bh * t * u, -4, 1);
        }
        const { out, tol } = attentionReference(dims, q, k, v, scale, mask, maskStride);
        const heap = heapOf(variant);
        const op = heap.alloc(bh * t * d * 4 + 16);
        const scratch = heap.alloc((c + 4 + u) * 4 + 16);
        heap.exports.attention_f32(
          bh,
          t,
          u,
          c,
          d,
          put(heap, q),
          put(heap, k),
          put(heap, v),
          put(heap, scale),
          mask ? put(heap, mask) : 0,
          maskStride,
          op,
          scratch,
        );
        const got = heap.f32(op, out.length);
        for (let i = 0; i < out.length; i++) {
          const g = got[i] as number;
          const w = out[i] as number;
          if (!(Math.abs(g - w) <= (tol[i] as number)))
            throw new Error(`${JSON.stringify(dims)} ${maskKind}: element ${i}: got ${g}, expected ${w}`);
        }
        // Parts over ranges of query rows, each with its own scratch, give the same bits.
        const parted = heap.alloc(bh * t * d * 4 + 16);
        const args = [bh, t, u, c, d, put(heap, q), put(heap, k), put(heap, v), put(heap, scale)];
        const mp = mask ? put(heap, mask) : 0;
        for (let part = 0; part < 3; part++) {
          const own = heap.alloc((c + 4 + u) * 4 + 16);
          heap.exports.attention_f32_part(...args, mp, maskStride, parted, own, part, 3);
        }
        expect(bits(heap.f32(parted, out.length))).toEqual(bits(heap.f32(op, out.length)));
      }
    }
  });

  test('qd8_gemm_qb4w (whole and in parts) is bit-identical to qFullyConnectedBlockwise', () => {
    const random = seededRandom(17);
    for (const [m, n, k, bs] of [
      [1, 4, 32, 32],
      [1, 7, 64, 32],
      [2, 13, 96, 12],
      [3, 33, 256, 64],
      [1, 64, 512, 128],
    ] as const) {
      for (const [bias, min, max] of [
        [true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        [false, -0.5, 0.5],
      ] as const) {
        const blocks = k / bs;
        const weights = new Int16Array(n * k);
        for (let i = 0; i < weights.length; i++) weights[i] = randomInt(random, -8, 7);
        expect(qb4wFusable(weights, bs)).toBe(true);
        const { q, x, xq, want } = blockwiseCase(random, m, n, k, bs, weights, bias, min, max, false);
        const heap = heapOf(variant);
        const xp = heap.alloc(m * k + 16);
        new Int8Array(heap.buffer, xp, m * k).set(xq);
        const wp = heap.alloc(n * k + 16);
        new Int8Array(heap.buffer, wp, n * k).set(weights);
        const args = [
          m,
          n,
          k,
          bs,
          xp,
          wp,
          put(heap, packQb4wScales(q.blockScales as Float32Array, n, blocks)),
          put(heap, q.blockKsums as Float32Array),
          q.biasF32 ? put(heap, q.biasF32) : 0,
          put(heap, x.rowZeroPoints as Int32Array),
          put(heap, x.rowScales as Float32Array),
        ];
        const whole = heap.alloc(m * n * 4 + 16);
        heap.exports.qd8_gemm_qb4w(
          ...(args as [number, number, number, number, number, number, number, number, number, number, number]),
          whole,
          min,
          max,
        );
        expect(bits(heap.f32(whole, m * n)), `m ${m}, n ${n}, k ${k}, bs ${bs}`).toEqual(want);
        for (const parts of [2, 5]) {
          const parted = heap.alloc(m * n * 4 + 16);
          for (let part = 0; part < parts; part++)
            heap.exports.qd8_gemm_qb4w_part(...args, parted, min, max, part, parts);
          expect(bits(heap.f32(parted, m * n)), `m ${m}, n ${n}, k ${k}, bs ${bs}, ${parts} parts`).toEqual(want);
        }
      }
    }
  });

  test('qd8_gemm_qb4n (4-bit weights; whole and in parts) is bit-identical to qFullyConnectedBlockwise', () => {
    const random = seededRandom(19);
    // Rows below and from 4 (straight from the nibbles / unpacked per group), n not a multiple of
    // 4, blocks of 32 to 256, every weight value (the extremes -8 and 7 included).
    for (const [m, n, k, bs] of [
      [1, 4, 32, 32],
      [1, 7, 64, 32],
      [2, 13, 128, 64],
      [3, 33, 256, 32],
      [4, 9, 96, 32],
      [5, 64, 512, 128],
      [17, 6, 256, 256],
    ] as const) {
      for (const [bias, min, max] of [
        [true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        [false, -0.5, 0.5],
      ] as const) {
        const blocks = k / bs;
        const weights = new Int16Array(n * k);
        for (let i = 0; i < weights.length; i++) weights[i] = i < 16 ? (i & 15) - 8 : randomInt(random, -8, 7);
        const { q, x, xq, want } = blockwiseCase(random, m, n, k, bs, weights, bias, min, max, true);
        const heap = heapOf(variant);
        const xp = heap.alloc(m * k + 16);
        new Int8Array(heap.buffer, xp, m * k).set(xq);
        const packed = packQb4nWeights(weights, n, k);
        expect(packed.length).toBe(Math.ceil(n / 4) * 2 * k);
        const wp = heap.alloc(packed.length);
        new Uint8Array(heap.buffer, wp, packed.length).set(packed);
        // ksums and bias padded to whole groups of 4 channels
        const groupPadded = (a: Float32Array) => {
          const p = new Float32Array(Math.ceil(n / 4) * 4);
          p.set(a.subarray(0, n));
          return put(heap, p);
        };
        const args = [
          m,
          n,
          k,
          bs,
          xp,
          wp,
          put(heap, packQb4wScales(q.blockScales as Float32Array, n, blocks)),
          groupPadded(q.blockKsums as Float32Array),
          q.biasF32 ? groupPadded(q.biasF32) : 0,
          put(heap, x.rowZeroPoints as Int32Array),
          put(heap, x.rowScales as Float32Array),
        ];
        const scratchBytes = heap.exports.qd8_gemm_qb4n_scratch(m, k, bs);
        expect(scratchBytes).toBeGreaterThan(0);
        for (const parts of [1, 2, 5]) {
          const result = heap.alloc(m * n * 4 + 16);
          heap.f32(result, m * n).fill(Number.NaN);
          const scratch = heap.alloc(scratchBytes);
          for (let part = 0; part < parts; part++)
            heap.exports.qd8_gemm_qb4n_part(...args, result, min, max, scratch, part, parts);
          expect(bits(heap.f32(result, m * n)), `m ${m}, n ${n}, k ${k}, bs ${bs}, ${parts} parts`).toEqual(want);
        }
      }
    }
  });

  test('qd8_gemm_qc (whole and in parts) is bit-identical to qFullyConnected (dynamic)', () => {
    const random = seededRandom(18);
    for (const [m, n, k, wmax] of [
      [1, 4, 8, 127],
      [1, 7, 61, 7],
      [2, 13, 96, 127],
      [3, 33, 300, 127],
      [1, 64, 512, 7],
    ] as const) {
      for (const [bias, min, max] of [
        [true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
        [false, -0.5, 0.5],
      ] as const) {
        const weights = new Int16Array(n * k);
        for (let i = 0; i < weights.length; i++) weights[i] = randomInt(random, -wmax - 1, wmax);
        const base = paramsOf(random, n, k, bias, min, max);
        const rowSums = new Int32Array(n);
        for (let j = 0; j < n; j++)
          for (let p = 0; p < k; p++) rowSums[j] = (rowSums[j] as number) + (weights[j * k + p] as number);
        const q = { ...base, weights, rowSums } as QuantizedGemmParams;
        const xq = new Int8Array(m * k);
        for (let i = 0; i < xq.length; i++) xq[i] = randomInt(random, -128, 127);
        const x = {
          shape: [m, k],
          quantRowDims: 1,
          data: xq,
          rowScales: new Float32Array(m),
          rowZeroPoints: new Int32Array(m),
        } as unknown as RuntimeValue;
        for (let i = 0; i < m; i++) {
          x.rowZeroPoints![i] = randomInt(random, -128, 127);
          x.rowScales![i] = Math.fround(1e-3 + random() * 0.1);
        }
        const out = { data: new Float32Array(m * n) } as unknown as RuntimeValue;
        qFullyConnected(q, x, out, m);
        const want = bits(out.data as Float32Array);
        const heap = heapOf(variant);
        const xp = heap.alloc(m * k + 16);
        new Int8Array(heap.buffer, xp, m * k).set(xq);
        const wp = heap.alloc(n * k * 2 + 16);
        new Int16Array(heap.buffer, wp, n * k).set(weights);
        const args: [number, number, number, number, number, number, number, number, number, number] = [
          m,
          n,
          k,
          xp,
          wp,
          put(heap, rowSums),
          put(heap, base.weightScales),
          q.biasF32 ? put(heap, q.biasF32) : 0,
          put(heap, x.rowZeroPoints as Int32Array),
          put(heap, x.rowScales as Float32Array),
        ];
        const whole = heap.alloc(m * n * 4 + 16);
        heap.exports.qd8_gemm_qc(...args, whole, min, max);
        expect(bits(heap.f32(whole, m * n)), `m ${m}, n ${n}, k ${k}`).toEqual(want);
        for (const parts of [2, 5]) {
          const parted = heap.alloc(m * n * 4 + 16);
          for (let part = 0; part < parts; part++)
            heap.exports.qd8_gemm_qc_part(...args, parted, min, max, part, parts);
          expect(bits(heap.f32(parted, m * n)), `m ${m}, n ${n}, k ${k}, ${parts} parts`).toEqual(want);
        }
      }
    }
  });

  test('bmm_exact_part (whole and in parts) is bit-identical to batchMatMulF32', () => {
    const random = seededRandom(19);
    for (const [batch, m, k, n] of [
      [1, 1, 1, 1],
      [2, 3, 5, 7],
      [3, 4, 16, 8],
      [4, 5, 33, 19],
      [2, 24, 32, 24],
    ] as const) {
      for (const transB of [false, true]) {
        for (const [aShared, bShared] of [
          [false, false],
          [true, false],
          [false, true],
        ] as const) {
          const a = randomFloat32(random, (aShared ? 1 : batch) * m * k, -3, 3);
          const b = randomFloat32(random, (bShared ? 1 : batch) * k * n, -3, 3);
          if (a.length > 2) a[1] = 1e-40; // a denormal
          const aStride = aShared ? 0 : m * k;
          const bStride = bShared ? 0 : k * n;
          const want = new Float32Array(batch * m * n);
          batchMatMulF32(a, b, want, batch, m, k, n, aStride, bStride, transB, new Float32Array(k * n));
          const heap = heapOf(variant);
          const ap = put(heap, a);
          const bp = put(heap, b);
          const what = `batch ${batch}, m ${m}, k ${k}, n ${n}, transB ${transB}, shared ${aShared}/${bShared}`;
          for (const parts of [1, 3]) {
            const op = heap.alloc(want.length * 4 + 16);
            for (let part = 0; part < parts; part++) {
              const scratch = heap.alloc(k * n * 4 + 16);
              heap.exports.bmm_exact_part(
                batch,
                m,
                k,
                n,
                ap,
                aStride,
                bp,
                bStride,
                transB ? 1 : 0,
                op,
                scratch,
                part,
                parts,
              );
            }
            expect(bits(heap.f32(op, want.length)), `${what}, ${parts} parts`).toEqual(bits(want));
          }
        }
      }
    }
  });
});
