import { randomFloat32, seededRandom } from '@kindling/backend-utils';
import { describe, expect, test } from 'vitest';
import { type ConvGeometry, conv2dF32, depthwiseConv2dF32, packConvWeights } from '../src/kernels/convolution.js';
import { blockSwapOf, transposeN } from '../src/kernels/data-movement.js';
import { batchMatMulF32, fullyConnectedF32 } from '../src/kernels/fully-connected.js';
import {
  convRowsPerBlock,
  depthwisePackedLength,
  gemmPackedLength,
  packDepthwiseWeights,
  packGemmWeights,
} from '../src/kernels/packing.js';
import { globalAvgPoolF32, type PoolGeometry, pool2dF32 } from '../src/kernels/pooling.js';
import { UnaryOp, unaryF32 } from '../src/kernels/unary.js';
import {
  embeddedKernels,
  type KernelBuild,
  KernelHeap,
  type KernelVariant,
  kernelModule,
  kernelModuleBytes,
  loadKernels,
} from '../src/wasm/index.js';

/** Heap over one build; copies arrays in and hands back pointers. */
function heapOf(variant: KernelVariant): KernelHeap {
  return new KernelHeap({ variant, module: new WebAssembly.Module(kernelModuleBytes(variant)) });
}

function put(heap: KernelHeap, data: Float32Array): number {
  const ptr = heap.alloc(data.length * 4 + 16);
  heap.f32(ptr, data.length).set(data);
  return ptr;
}

function expectClose(got: Float32Array, want: Float32Array, what: string): void {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as number;
    const g = got[i] as number;
    if (!(Math.abs(g - w) <= 1e-5 * Math.max(1, Math.abs(w)))) {
      throw new Error(`${what}: element ${i}: got ${g}, expected ${w}`);
    }
  }
}

const variants = (['simd', 'relaxed-simd'] as const).filter((v) => WebAssembly.validate(kernelModuleBytes(v)));

test('the SIMD128 build is accepted by this engine', () => {
  expect(variants).toContain('simd');
});

test('the delegate loads only the build the engine runs best, once', async () => {
  const asked: string[] = [];
  const wasm = (build: KernelBuild) => {
    asked.push(build.name);
    return embeddedKernels(build);
  };
  const picked = kernelModule();
  expect(picked?.variant).toBe(variants.includes('relaxed-simd') ? 'relaxed-simd' : 'simd');
  const a = await loadKernels(wasm, false);
  const b = await loadKernels(wasm, false);
  expect(a?.variant).toBe(picked?.variant);
  expect(b).toBe(a);
  expect(asked).toEqual([picked?.variant]);
  // The shipped file of that build, read from disk in Node.
  const shipped = await loadKernels(undefined, false);
  expect(shipped?.variant).toBe(picked?.variant);
  expect(shipped?.shared).toBe(false);
});

describe.each(variants)('WebAssembly kernels (%s) against the TypeScript reference', (variant) => {
  test('has_nan_f32 finds a NaN at any position, vector part or tail, and nothing else', () => {
    const heap = heapOf(variant);
    for (let n = 0; n <= 13; n++) {
      const data = Float32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i === 5 ? Infinity : i - 4.5));
      const ptr = put(heap, data);
      expect(heap.exports.has_nan_f32(n, ptr)).toBe(0);
      for (let at = 0; at < n; at++) {
        heap.f32(ptr, n)[at] = Number.NaN;
        expect(heap.exports.has_nan_f32(n, ptr)).toBe(1);
        heap.f32(ptr, n)[at] = data[at] as number;
      }
      // a NaN just past the end is not looked at
      heap.f32(ptr, n + 1)[n] = Number.NaN;
      expect(heap.exports.has_nan_f32(n, ptr)).toBe(0);
    }
  });

  test('pack_gemm matches packGemmWeights exactly, both layouts', () => {
    const random = seededRandom(1);
    for (const [n, k] of [
      [1, 1],
      [8, 3],
      [13, 7],
      [24, 16],
    ] as const) {
      for (const kn of [false, true]) {
        const heap = heapOf(variant);
        const w = randomFloat32(random, n * k);
        const bias = randomFloat32(random, n);
        const len = gemmPackedLength(n, k);
        const want = new Float32Array(len);
        packGemmWeights(w, 0, n, k, kn, bias, want, 0);
        const src = put(heap, w);
        const b = put(heap, bias);
        const dst = heap.alloc(len * 4);
        heap.exports.pack_gemm(n, k, src, kn ? n : k, kn ? 1 : 0, b, dst);
        expect(Array.from(heap.f32(dst, len))).toEqual(Array.from(want));
      }
    }
  });

  test('gemm: every tile remainder, strides, bias and clamp', () => {
    const random = seededRandom(2);
    for (let trial = 0; trial < 60; trial++) {
      const m = 1 + Math.floor(random() * 14);
      const n = 1 + Math.floor(random() * 20);
      const k = Math.floor(random() * 19);
      const lda = k + Math.floor(random() * 3);
      const ldc = n + Math.floor(random() * 3);
      const clamp = random() < 0.5;
      const [min, max] = clamp ? [-0.25, 0.5] : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
      const a = randomFloat32(random, m * lda);
      const w = randomFloat32(random, n * k);
      const bias = random() < 0.7 ? randomFloat32(random, n) : null;
      // Reference on the dense A, then scattered into C's stride.
      const dense = new Float32Array(m * k);
      for (let i = 0; i < m; i++) dense.set(a.subarray(i * lda, i * lda + k), i * k);
      const ref = new Float32Array(m * n);
      fullyConnectedF32(dense, w, bias, ref, m, k, n, min, max);
      const heap = heapOf(variant);
      const packed = new Float32Array(gemmPackedLength(n, k));
      packGemmWeights(w, 0, n, k, false, bias, packed, 0);
      const ap = put(heap, a);
      const wp = put(heap, packed);
      const sentinel = new Float32Array(m * ldc).fill(7);
      const cp = put(heap, sentinel);
      heap.exports.gemm(m, n, k, ap, lda, wp, cp, ldc, min, max);
      const c = heap.f32(cp, m * ldc);
      const got = new Float32Array(m * n);
      for (let i = 0; i < m; i++) {
        got.set(c.subarray(i * ldc, i * ldc + n), i * n);
        for (let j = n; j < ldc; j++) expect(c[i * ldc + j], 'padding columns untouched').toBe(7);
      }
      expectClose(got, ref, `gemm ${m}x${n}x${k} lda ${lda} ldc ${ldc}`);
    }
  });

  test('conv2d: groups, strides, dilation, padding, 1x1 in place', () => {
    const random = seededRandom(3);
    const geos: Partial<ConvGeometry>[] = [
      { kernelHeight: 1, kernelWidth: 1, strideHeight: 1, strideWidth: 1, padTop: 0, padLeft: 0, groups: 1 },
      { kernelHeight: 1, kernelWidth: 1, strideHeight: 1, strideWidth: 1, padTop: 0, padLeft: 0, groups: 2 },
      { kernelHeight: 3, kernelWidth: 3, strideHeight: 1, strideWidth: 1, padTop: 1, padLeft: 1, groups: 1 },
      { kernelHeight: 3, kernelWidth: 2, strideHeight: 2, strideWidth: 1, padTop: 1, padLeft: 0, groups: 3 },
      { kernelHeight: 2, kernelWidth: 3, strideHeight: 2, strideWidth: 2, padTop: 0, padLeft: 2, groups: 1 },
      { kernelHeight: 1, kernelWidth: 1, strideHeight: 2, strideWidth: 2, padTop: 0, padLeft: 0, groups: 1 },
      // Wide input rows (blocks copied with memory.copy), stride 2.
      { kernelHeight: 3, kernelWidth: 3, strideHeight: 2, strideWidth: 2, padTop: 1, padLeft: 1, groups: 1 },
    ];
    for (const [i, partial] of geos.entries()) {
      const kh = partial.kernelHeight as number;
      const kw = partial.kernelWidth as number;
      const dil = i === 4 ? 2 : 1;
      const inH = 5 + i;
      const inW = 7;
      const padB = partial.padTop as number;
      const padR = partial.padLeft as number;
      const sh = partial.strideHeight as number;
      const sw = partial.strideWidth as number;
      const outH = Math.floor((inH + 2 * padB - ((kh - 1) * dil + 1)) / sh) + 1;
      const outW = Math.floor((inW + 2 * padR - ((kw - 1) * dil + 1)) / sw) + 1;
      const gi = i === 6 ? 40 : 3 + i;
      const go = 5 + 2 * i;
      const g = partial.groups as number;
      const geo: ConvGeometry = {
        batch: 2,
        inHeight: inH,
        inWidth: inW,
        outHeight: outH,
        outWidth: outW,
        kernelHeight: kh,
        kernelWidth: kw,
        strideHeight: sh,
        strideWidth: sw,
        dilationHeight: dil,
        dilationWidth: dil,
        padTop: padB,
        padLeft: padR,
        groups: g,
        groupInputChannels: gi,
        groupOutputChannels: go,
      };
      const input = randomFloat32(random, 2 * inH * inW * g * gi);
      const weights = randomFloat32(random, g * go * kh * kw * gi);
      const bias = randomFloat32(random, g * go);
      const ref = new Float32Array(2 * outH * outW * g * go);
      conv2dF32(input, packConvWeights(weights, g, go, kh, kw, gi), bias, ref, geo, -1, 1, new Float64Array(g * go));
      const heap = heapOf(variant);
      const kk = kh * kw * gi;
      const groupLen = gemmPackedLength(go, kk);
      const packed = new Float32Array(groupLen * g);
      for (let grp = 0; grp < g; grp++)
        packGemmWeights(weights, grp * go * kk, go, kk, false, bias.subarray(grp * go), packed, grp * groupLen);
      const xp = put(heap, input);
      const wp = put(heap, packed);
      const op = put(heap, new Float32Array(ref.length));
      const rows = convRowsPerBlock(kk);
      const scratch = heap.alloc(rows * kk * 4);
      heap.exports.conv2d(
        2,
        inH,
        inW,
        outH,
        outW,
        kh,
        kw,
        sh,
        sw,
        dil,
        dil,
        padB,
        padR,
        g,
        gi,
        go,
        xp,
        wp,
        op,
        scratch,
        rows,
        -1,
        1,
      );
      expectClose(heap.f32(op, ref.length), ref, `conv ${i}`);
    }
  });

  test('dwconv2d: channel tails, strides, padding, dilation', () => {
    const random = seededRandom(4);
    // The last column is the input width: wide rows have interior pixels (every tap inside the
    // input), which take the register-blocked paths; narrow ones only the border path.
    for (const [channels, kh, kw, s, pad, dil, inW] of [
      [4, 3, 3, 1, 1, 1, 6],
      [7, 3, 3, 2, 1, 1, 6],
      [13, 5, 5, 1, 2, 1, 6],
      [3, 3, 3, 1, 2, 2, 6],
      [1, 1, 1, 1, 0, 1, 6],
      [16, 3, 3, 1, 1, 1, 21],
      [24, 3, 3, 2, 1, 1, 20],
      [8, 3, 3, 1, 0, 1, 11],
      [10, 3, 3, 1, 1, 2, 17],
      [12, 5, 5, 2, 2, 1, 19],
      [20, 7, 7, 1, 3, 1, 15],
    ] as const) {
      const inH = 9;
      const outH = Math.floor((inH + 2 * pad - ((kh - 1) * dil + 1)) / s) + 1;
      const outW = Math.floor((inW + 2 * pad - ((kw - 1) * dil + 1)) / s) + 1;
      const geo: ConvGeometry = {
        batch: 2,
        inHeight: inH,
        inWidth: inW,
        outHeight: outH,
        outWidth: outW,
        kernelHeight: kh,
        kernelWidth: kw,
        strideHeight: s,
        strideWidth: s,
        dilationHeight: dil,
        dilationWidth: dil,
        padTop: pad,
        padLeft: pad,
        groups: channels,
        groupInputChannels: 1,
        groupOutputChannels: 1,
      };
      const input = randomFloat32(random, 2 * inH * inW * channels);
      const weights = randomFloat32(random, kh * kw * channels);
      const bias = randomFloat32(random, channels);
      const ref = new Float32Array(2 * outH * outW * channels);
      depthwiseConv2dF32(input, weights, bias, ref, geo, -0.5, 0.75, new Float64Array(channels));
      const heap = heapOf(variant);
      const packed = new Float32Array(depthwisePackedLength(kh * kw, channels));
      packDepthwiseWeights(weights, bias, kh * kw, channels, packed);
      const xp = put(heap, input);
      const wp = put(heap, packed);
      const op = put(heap, new Float32Array(ref.length));
      heap.exports.dwconv2d(
        2,
        inH,
        inW,
        outH,
        outW,
        channels,
        kh,
        kw,
        s,
        s,
        dil,
        dil,
        pad,
        pad,
        xp,
        wp,
        op,
        -0.5,
        0.75,
      );
      expectClose(heap.f32(op, ref.length), ref, `dwconv ${channels}c ${kh}x${kw}`);
    }
  });

  test('transpose4: every block-swap permutation of random shapes, 4- and 1-byte elements', () => {
    const random = seededRandom(9);
    const permutations = (n: number): number[][] =>
      n === 0
        ? [[]]
        : permutations(n - 1).flatMap((p) =>
            Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
          );
    let swaps = 0;
    for (const rank of [2, 3, 4, 5]) {
      for (const perm of permutations(rank)) {
        const shape = Array.from({ length: rank }, () => 1 + Math.floor(random() * 5));
        if (rank === 4) shape[1] = 1; // size-1 dims are dropped before merging
        const swap = blockSwapOf(shape, perm);
        if (!swap) continue;
        swaps++;
        const n = shape.reduce((a, b) => a * b, 1);
        const outShape = perm.map((p) => shape[p] as number);
        const input = randomFloat32(random, n);
        const want = new Float32Array(n);
        transposeN(input, shape, perm, outShape, want, new Int32Array(8), []);
        const heap = heapOf(variant);
        const xp = put(heap, input);
        const op = put(heap, new Float32Array(n));
        heap.exports.transpose4(swap.outer, swap.rows, swap.cols, swap.inner * 4, xp, op);
        expect(Array.from(heap.f32(op, n)), `perm [${perm}] of [${shape}]`).toEqual(Array.from(want));
        // The same permutation of bytes.
        const bytes = new Int8Array(input.buffer).subarray(0, n).map((v) => v);
        const wantBytes = new Int8Array(n);
        transposeN(bytes, shape, perm, outShape, wantBytes, new Int32Array(8), []);
        const bp = heap.alloc(n);
        const bo = heap.alloc(n);
        new Int8Array(heap.buffer, bp, n).set(bytes);
        heap.exports.transpose4(swap.outer, swap.rows, swap.cols, swap.inner, bp, bo);
        expect(Array.from(new Int8Array(heap.buffer, bo, n)), `bytes, perm [${perm}]`).toEqual(Array.from(wantBytes));
      }
    }
    expect(swaps).toBeGreaterThan(40);
    // Not a swap of two blocks: reversing three dims.
    expect(blockSwapOf([2, 3, 4], [2, 1, 0])).toBeNull();
    // NCHW -> NHWC of a batch-1 image is a 2-D transpose of [C, H*W].
    expect(blockSwapOf([1, 3, 224, 224], [0, 2, 3, 1])).toEqual({ outer: 1, rows: 3, cols: 224 * 224, inner: 1 });
  });

  test('maxpool2d_part: fp32 against pool2dF32, padding, strides, dilation, channel tails, split in parts', () => {
    const random = seededRandom(11);
    for (const [channels, k, s, pad, dil] of [
      [64, 3, 2, 1, 1],
      [5, 3, 2, 1, 1],
      [19, 2, 2, 0, 1],
      [36, 3, 1, 1, 2],
      [3, 5, 3, 2, 1],
    ] as const) {
      const inH = 11;
      const inW = 9;
      const outH = Math.floor((inH + 2 * pad - ((k - 1) * dil + 1)) / s) + 1;
      const outW = Math.floor((inW + 2 * pad - ((k - 1) * dil + 1)) / s) + 1;
      const geo: PoolGeometry = {
        batch: 2,
        inHeight: inH,
        inWidth: inW,
        channels,
        outHeight: outH,
        outWidth: outW,
        poolHeight: k,
        poolWidth: k,
        strideHeight: s,
        strideWidth: s,
        dilationHeight: dil,
        dilationWidth: dil,
        padTop: pad,
        padLeft: pad,
      };
      const n = 2 * inH * inW * channels;
      const m = 2 * outH * outW * channels;
      const input = randomFloat32(random, n);
      const want = new Float32Array(m);
      pool2dF32(input, want, geo, true, -0.25, 0.5);
      const heap = heapOf(variant);
      const xp = put(heap, input);
      const op = put(heap, new Float32Array(m));
      const args = [2, inH, inW, outH, outW, channels, k, k, s, s, dil, dil, pad, pad];
      heap.exports.maxpool2d_part(...args, xp, op, -0.25, 0.5, 0, 1);
      expect(Array.from(heap.f32(op, m)), `fp32 ${channels}c ${k}x${k}`).toEqual(Array.from(want));
      // Split in three parts, as the thread pool would.
      const op3 = put(heap, new Float32Array(m));
      for (let part = 0; part < 3; part++) heap.exports.maxpool2d_part(...args, xp, op3, -0.25, 0.5, part, 3);
      expect(Array.from(heap.f32(op3, m)), `fp32 ${channels}c in parts`).toEqual(Array.from(want));
    }
  });

  test('gavgpool_f32: means over pixels against globalAvgPoolF32, channel tails, clamp', () => {
    const random = seededRandom(12);
    for (const [batch, pixels, channels] of [
      [1, 49, 512],
      [2, 9, 7],
      [3, 1, 4],
      [1, 196, 13],
    ] as const) {
      const input = randomFloat32(random, batch * pixels * channels);
      const want = new Float32Array(batch * channels);
      globalAvgPoolF32(input, want, batch, pixels, channels, -0.05, 0.08, new Float64Array(channels));
      const heap = heapOf(variant);
      const xp = put(heap, input);
      const op = put(heap, new Float32Array(want.length));
      heap.exports.gavgpool_f32(batch, pixels, channels, xp, op, -0.05, 0.08);
      expectClose(heap.f32(op, want.length), want, `gavgpool ${batch}x${pixels}x${channels}`);
    }
  });

  test('bmm_part: batched matrix multiply against batchMatMulF32, B transposed or not, broadcast batches', () => {
    const random = seededRandom(13);
    for (const [batch, m, k, n, aBroadcast, bBroadcast, transB] of [
      [96, 24, 32, 24, false, false, true],
      [3, 5, 7, 9, false, false, false],
      [4, 1, 13, 17, false, true, false],
      [2, 6, 3, 8, true, false, true],
    ] as const) {
      const aStride = aBroadcast ? 0 : m * k;
      const bStride = bBroadcast ? 0 : k * n;
      const aMat = randomFloat32(random, (aBroadcast ? 1 : batch) * m * k);
      const bMat = randomFloat32(random, (bBroadcast ? 1 : batch) * k * n);
      const want = new Float32Array(batch * m * n);
      batchMatMulF32(aMat, bMat, want, batch, m, k, n, aStride, bStride, transB, new Float32Array(k * n));
      const heap = heapOf(variant);
      const ap = put(heap, aMat);
      const bp = put(heap, bMat);
      const op = put(heap, new Float32Array(want.length));
      const scratch = heap.alloc(gemmPackedLength(n, k) * 4);
      // Three parts, one after another with the same scratch, as a one-thread pool would.
      for (let part = 0; part < 3; part++)
        heap.exports.bmm_part(batch, m, k, n, ap, aStride, bp, bStride, transB ? 1 : 0, op, scratch, part, 3);
      expectClose(heap.f32(op, want.length), want, `bmm ${batch}x${m}x${k}x${n}`);
    }
  });

  test('unary_f32: exp, sigmoid and GELU against the float64 reference, over the whole range', () => {
    const random = seededRandom(14);
    const n = 4099; // a tail after the vectors
    const input = new Float32Array(n);
    for (let i = 0; i < n; i++) input[i] = (random() - 0.5) * (i < 2000 ? 12 : 200);
    input.set([0, -0, 1e-30, -1e-30, 88.7, -87.5, -120, 120, 3, -3, Number.NaN], 0);
    for (const op of [UnaryOp.Exp, UnaryOp.Sigmoid, UnaryOp.Gelu]) {
      const want = new Float32Array(n);
      unaryF32(op, input, want, n, 0, -50, 1e30);
      const heap = heapOf(variant);
      const xp = put(heap, input);
      const op32 = put(heap, new Float32Array(n));
      heap.exports.unary_f32(op, n, xp, op32, -50, 1e30);
      const got = heap.f32(op32, n);
      for (let i = 0; i < n; i++) {
        const w = want[i] as number;
        const g = got[i] as number;
        if (Number.isNaN(w)) continue; // NaN meets the clamp differently (pmin/pmax); not compared
        // A few ulps relative, or 1e-37 absolute where exp underflows; GELU's tail (x < -3) loses
        // relative accuracy to the fp32 rounding of the exponent -x^2/2, but stays below 1e-7 absolute.
        const rel = op === UnaryOp.Gelu ? 2e-6 : 4e-7;
        if (!(Math.abs(g - w) <= rel * Math.abs(w) + (op === UnaryOp.Gelu ? 1e-7 : 1e-37)))
          throw new Error(`${UnaryOp[op]}(${input[i]}): got ${g}, expected ${w}`);
      }
    }
  });

  test('qd8_dots: int32 dot products of int8 rows and int16 weight rows, per channel and per block, every tail', () => {
    const random = seededRandom(15);
    // [m, n, k, block size]: one block of k (per channel), or blocks of 32 / 12 / 5 inputs.
    for (const [m, n, k, bs] of [
      [3, 8, 16, 16],
      [5, 7, 13, 13],
      [1, 1, 1, 1],
      [2, 9, 40, 40],
      [4, 6, 385, 385],
      [3, 10, 96, 32],
      [2, 5, 36, 12],
      [2, 3, 25, 5],
    ] as const) {
      const blocks = k / bs;
      const x = Int8Array.from({ length: m * k }, () => Math.floor(random() * 256) - 128);
      const w = Int16Array.from({ length: n * k }, () => Math.floor(random() * 256) - 128);
      // The largest products: -128 * -128 everywhere in the first row and column.
      x.fill(-128, 0, k);
      w.fill(-128, 0, k);
      const heap = heapOf(variant);
      const xp = heap.alloc(m * k);
      new Int8Array(heap.buffer, xp, m * k).set(x);
      const wp = heap.alloc(n * k * 2);
      new Int16Array(heap.buffer, wp, n * k).set(w);
      const op = heap.alloc(m * n * blocks * 4);
      heap.exports.qd8_dots(m, n, k, bs, xp, wp, op);
      const got = new Int32Array(heap.buffer, op, m * n * blocks);
      for (let r = 0; r < m; r++)
        for (let j = 0; j < n; j++)
          for (let b = 0; b < blocks; b++) {
            let want = 0;
            for (let p = b * bs; p < (b + 1) * bs; p++) want += (x[r * k + p] as number) * (w[j * k + p] as number);
            expect(got[(r * n + j) * blocks + b], `${m}x${n}x${k}/${bs} [${r}][${j}][${b}]`).toBe(want);
          }
    }
  });

  test('im2col_i8: patches of an int8 image, padding filled with the given value', () => {
    const random = seededRandom(16);
    for (const [ih, iw, inC, k, s, pad, dil] of [
      [5, 6, 3, 3, 1, 1, 1],
      [7, 4, 2, 3, 2, 1, 1],
      [6, 6, 5, 2, 1, 0, 2],
    ] as const) {
      const oh = Math.floor((ih + 2 * pad - dil * (k - 1) - 1) / s) + 1;
      const ow = Math.floor((iw + 2 * pad - dil * (k - 1) - 1) / s) + 1;
      const image = Int8Array.from({ length: ih * iw * inC }, () => Math.floor(random() * 256) - 128);
      const heap = heapOf(variant);
      const xp = heap.alloc(image.length);
      new Int8Array(heap.buffer, xp, image.length).set(image);
      const [p0, rows] = [1, oh * ow - 1]; // every pixel but the first
      const kk = k * k * inC;
      const dst = heap.alloc(rows * kk);
      heap.exports.im2col_i8(ih, iw, inC, ow, k, k, s, s, dil, dil, pad, pad, p0, rows, xp, -7, dst);
      const got = new Int8Array(heap.buffer, dst, rows * kk);
      for (let r = 0; r < rows; r++) {
        const oy = Math.floor((p0 + r) / ow);
        const ox = (p0 + r) % ow;
        for (let y = 0; y < k; y++)
          for (let x = 0; x < k; x++)
            for (let c = 0; c < inC; c++) {
              const iy = oy * s - pad + y * dil;
              const ix = ox * s - pad + x * dil;
              const inside = iy >= 0 && iy < ih && ix >= 0 && ix < iw;
              const want = inside ? image[(iy * iw + ix) * inC + c] : -7;
              expect(got[r * kk + (y * k + x) * inC + c], `pixel ${p0 + r} tap ${y},${x} c ${c}`).toBe(want);
            }
      }
    }
  });

  test('binary and clamp: exact fp32 results with repeated operands', () => {
    const random = seededRandom(5);
    const ops = [
      (x: number, y: number) => x + y,
      (x: number, y: number) => x - y,
      (x: number, y: number) => x * y,
      (x: number, y: number) => x / y,
      Math.min,
      Math.max,
    ];
    for (const [op, f] of ops.entries()) {
      for (const [n, bLen] of [
        [23, 23],
        [24, 1],
        [30, 6],
        [21, 7],
      ] as const) {
        const heap = heapOf(variant);
        const a = randomFloat32(random, n);
        const b = randomFloat32(random, bLen);
        const want = new Float32Array(n);
        for (let i = 0; i < n; i++) want[i] = Math.min(Math.max(f(a[i] as number, b[i % bLen] as number), -0.9), 0.9);
        const ap = put(heap, a);
        const bp = put(heap, b);
        const op2 = put(heap, new Float32Array(n));
        heap.exports.binary(op, n, ap, bp, bLen, op2, -0.9, 0.9);
        expect(Array.from(heap.f32(op2, n)), `op ${op} n ${n} bLen ${bLen}`).toEqual(Array.from(want));
      }
    }
    const heap = heapOf(variant);
    const x = randomFloat32(random, 19);
    const xp = put(heap, x);
    const op = put(heap, new Float32Array(19));
    heap.exports.clampf(19, xp, op, 0, 0.5);
    expect(Array.from(heap.f32(op, 19))).toEqual(Array.from(x, (v) => Math.fround(Math.min(Math.max(v, 0), 0.5))));
  });
});
