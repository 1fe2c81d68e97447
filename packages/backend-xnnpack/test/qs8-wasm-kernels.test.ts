import { randomInt, randomInt8, seededRandom } from '@kindling/backend-utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dequantizeToF32, quantizeF32 } from '../src/kernels/convert.js';
import { type ConvGeometry, convOutputSize } from '../src/kernels/convolution.js';
import { createBinaryScratch } from '../src/kernels/elementwise-binary.js';
import { globalAvgPoolQs8, globalAvgPoolQs8Scale, type PoolGeometry, pool2dF32 } from '../src/kernels/pooling.js';
import {
  packQs8Depthwise,
  packQs8Gemm,
  qs8ConvScratchBytes,
  qs8DepthwisePackedBytes,
  qs8DepthwiseScratchBytes,
  qs8GemmPackedBytes,
  qs8RowsPerBlock,
} from '../src/kernels/qs8-packing.js';
import { qs8Add, qs8AddParams, qs8Mul, qs8MulParams } from '../src/kernels/quantized-elementwise.js';
import {
  type QuantizedGemmParams,
  qConv2d,
  qFullyConnected,
  quantizedOutputRange,
  requantizationScales,
} from '../src/kernels/quantized-gemm.js';
import { UnaryOp, unaryF32 } from '../src/kernels/unary.js';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { CONTROL_BYTES, ThreadPool, threadsAvailable } from '../src/threads/pool.js';
import { KernelHeap, type KernelVariant, kernelModuleBytes, sharedKernelModule } from '../src/wasm/index.js';

interface ParamOptions {
  n: number;
  k: number;
  /** Per-tensor weight zero point (0 for per-channel weights). */
  perTensor: boolean;
  floatBias: boolean;
  clamp: boolean;
}

/** Random static qs8 parameters, built like the runtime builds them (weights minus their zero point). */
function randomParams(random: () => number, o: ParamOptions): QuantizedGemmParams {
  const { n, k } = o;
  const wq = randomInt8(random, n * k);
  const wZero = o.perTensor ? randomInt(random, -20, 20) : 0;
  const weights = new Int16Array(n * k);
  const rowSums = new Int32Array(n);
  for (let i = 0; i < n * k; i++) weights[i] = (wq[i] as number) - wZero;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < k; i++) rowSums[j] = (rowSums[j] as number) + (weights[j * k + i] as number);
  const weightScales = new Float32Array(n);
  const shared = Math.fround(0.002 + random() * 0.01);
  for (let j = 0; j < n; j++) weightScales[j] = o.perTensor ? shared : Math.fround(0.001 + random() * 0.02);
  const inputScale = Math.fround(0.01 + random() * 0.05);
  const inputZeroPoint = randomInt(random, -128, 127);
  // Outputs spread over (and somewhat past) the int8 range.
  const outputScale = Math.fround(inputScale * shared * 60 * Math.sqrt(k) * (0.3 + random()));
  const outputZeroPoint = randomInt(random, -40, 40);
  let biasI32: Int32Array | null = null;
  let biasF32: Float32Array | null = null;
  if (o.floatBias) {
    biasF32 = new Float32Array(n);
    for (let j = 0; j < n; j++) biasF32[j] = (random() * 2 - 1) * outputScale * 40;
  } else if (random() < 0.8) {
    biasI32 = new Int32Array(n);
    for (let j = 0; j < n; j++) biasI32[j] = randomInt(random, -20000, 20000);
  }
  // A clamp (min < max, as XNNPACK requires) that cuts into the outputs' range.
  const low = (random() - 0.7) * outputScale * 100;
  const [outputMin, outputMax] = o.clamp
    ? [low, low + (0.1 + random()) * outputScale * 100]
    : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const [qmin, qmax] = quantizedOutputRange(outputMin, outputMax, outputScale, outputZeroPoint);
  return {
    n,
    k,
    weights,
    int4: null,
    rowSums,
    weightScales,
    biasF32,
    biasI32,
    inputScale,
    inputZeroPoint,
    outputScale,
    outputZeroPoint,
    dynamic: false,
    outputMin,
    outputMax,
    requantScales: requantizationScales(inputScale, weightScales, outputScale),
    qmin,
    qmax,
    acc: new Float64Array(n),
    blockSize: 0,
    blockScales: null,
    blockKsums: null,
  };
}

function quantizedValue(data: Int8Array, shape: number[]): RuntimeValue {
  return { data, shape } as unknown as RuntimeValue;
}

function heapOf(variant: KernelVariant): KernelHeap {
  return new KernelHeap({ variant, module: new WebAssembly.Module(kernelModuleBytes(variant)) });
}

/** Copies int8 data into the heap (with slack after it); returns the pointer. */
function putInt8(heap: KernelHeap, data: Int8Array): number {
  const ptr = heap.alloc(data.length + 32);
  new Int8Array(heap.buffer, ptr, data.length).set(data);
  return ptr;
}

const SENTINEL = 0x5a;

/** An output region of `n` bytes plus 16 guard bytes, filled with a sentinel. */
function outputRegion(heap: KernelHeap, n: number): number {
  const ptr = heap.alloc(n + 16);
  new Int8Array(heap.buffer, ptr, n + 16).fill(SENTINEL);
  return ptr;
}

/** The `n` output bytes, after checking that the guard bytes past them are untouched. */
function readOutput(heap: KernelHeap, ptr: number, n: number, what: string): Int8Array {
  const guard = new Int8Array(heap.buffer, ptr + n, 16);
  for (let i = 0; i < 16; i++) if (guard[i] !== SENTINEL) throw new Error(`${what}: wrote past the output`);
  return new Int8Array(heap.buffer, ptr, n).slice();
}

function expectSame(got: Int8Array, want: Int8Array, what: string): void {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (got[i] !== want[i])
      throw new Error(`${what}: element ${i} of ${want.length}: got ${got[i]}, expected ${want[i]}`);
  }
}

/** Whether the outputs use much of the int8 range (so that a test of the requantization means something). */
function spread(values: Int8Array): number {
  return new Set(values).size;
}

interface RandomConv {
  geo: ConvGeometry;
  inC: number;
  outC: number;
}

function randomConv(random: () => number, depthwise: boolean): RandomConv {
  const kh = randomInt(random, 1, 3);
  const kw = randomInt(random, 1, 3);
  const strideHeight = randomInt(random, 1, 2);
  const strideWidth = randomInt(random, 1, 2);
  const dilationHeight = random() < 0.2 ? 2 : 1;
  const dilationWidth = random() < 0.2 ? 2 : 1;
  const padTop = randomInt(random, 0, 2);
  const padLeft = randomInt(random, 0, 2);
  const padBottom = randomInt(random, 0, 2);
  const padRight = randomInt(random, 0, 2);
  const batch = randomInt(random, 1, 2);
  const inHeight = randomInt(random, 1, 9);
  const inWidth = randomInt(random, 1, 9);
  const inC = depthwise ? randomInt(random, 1, 40) : randomInt(random, 1, 21);
  const outC = depthwise ? inC : randomInt(random, 1, 21);
  const geo: ConvGeometry = {
    batch,
    inHeight,
    inWidth,
    outHeight: convOutputSize(inHeight, padTop, padBottom, kh, strideHeight, dilationHeight),
    outWidth: convOutputSize(inWidth, padLeft, padRight, kw, strideWidth, dilationWidth),
    kernelHeight: kh,
    kernelWidth: kw,
    strideHeight,
    strideWidth,
    dilationHeight,
    dilationWidth,
    padTop,
    padLeft,
    groups: depthwise ? inC : 1,
    groupInputChannels: depthwise ? 1 : inC,
    groupOutputChannels: depthwise ? 1 : outC,
  };
  return { geo, inC, outC };
}

function options(random: () => number, n: number, k: number): ParamOptions {
  return { n, k, perTensor: random() < 0.3, floatBias: random() < 0.2, clamp: random() < 0.5 };
}

const variants = (['simd', 'relaxed-simd'] as const).filter((v) => WebAssembly.validate(kernelModuleBytes(v)));

describe.each(variants)('qs8 WebAssembly kernels (%s) against the TypeScript reference', (variant) => {
  test('packing lays out panels as documented', () => {
    const random = seededRandom(7);
    const q = randomParams(random, { n: 11, k: 5, perTensor: false, floatBias: true, clamp: false });
    const heap = heapOf(variant);
    const bytes = qs8GemmPackedBytes(11, 5);
    expect(bytes).toBe(2 * (96 + 6 * 16));
    const ptr = heap.alloc(bytes);
    packQs8Gemm(q, heap.buffer, ptr);
    const panel1 = ptr + 96 + 6 * 16;
    // Channel 9 is lane 1 of the second panel; weight k = 3 is the odd half of pair 1.
    expect(new Int16Array(heap.buffer, panel1 + 96, 48)[16 + 2 + 1]).toBe(q.weights[9 * 5 + 3]);
    expect(new Float32Array(heap.buffer, panel1 + 32, 8)[1]).toBe(q.requantScales[9]);
    expect(new Float32Array(heap.buffer, panel1 + 32, 8)[3]).toBe(0);
    // k = 5 is past K (padded to 6): zero.
    expect(new Int16Array(heap.buffer, panel1 + 96, 48)[32 + 2 + 1]).toBe(0);
  });

  test('qs8_conv2d matches qConv2d exactly: padding, strides, dilation, odd channels, zero points, clamps', () => {
    const random = seededRandom(11);
    let distinct = 0;
    for (let trial = 0; trial < 120; trial++) {
      const { geo, inC, outC } = randomConv(random, false);
      const k = geo.kernelHeight * geo.kernelWidth * inC;
      const q = randomParams(random, options(random, outC, k));
      const x = randomInt8(random, geo.batch * geo.inHeight * geo.inWidth * inC);
      const count = geo.batch * geo.outHeight * geo.outWidth * outC;
      const want = new Int8Array(count);
      qConv2d(q, quantizedValue(x, []), quantizedValue(want, []), geo, false);
      const heap = heapOf(variant);
      const w = heap.alloc(qs8GemmPackedBytes(outC, k));
      packQs8Gemm(q, heap.buffer, w);
      const xp = putInt8(heap, x);
      const rowsPerBlock = random() < 0.5 ? qs8RowsPerBlock(k) : 4 * randomInt(random, 1, 3);
      const parts = randomInt(random, 1, 4);
      const scratch = heap.alloc(qs8ConvScratchBytes(rowsPerBlock, k) * parts);
      const op = outputRegion(heap, count);
      const args = [
        geo.batch,
        geo.inHeight,
        geo.inWidth,
        geo.outHeight,
        geo.outWidth,
        geo.kernelHeight,
        geo.kernelWidth,
        geo.strideHeight,
        geo.strideWidth,
        geo.dilationHeight,
        geo.dilationWidth,
        geo.padTop,
        geo.padLeft,
        inC,
        outC,
        q.inputZeroPoint,
        xp,
        w,
        op,
        scratch,
        rowsPerBlock,
        q.qmin - q.outputZeroPoint,
        q.qmax - q.outputZeroPoint,
        q.outputZeroPoint,
      ] as const;
      const what = `conv trial ${trial}: ${JSON.stringify(geo)} parts ${parts}`;
      if (parts === 1) heap.exports.qs8_conv2d(...args);
      else {
        // Every part with its own scratch: the union is the whole result.
        const stride = qs8ConvScratchBytes(rowsPerBlock, k);
        for (let part = parts - 1; part >= 0; part--) {
          const partArgs: number[] = [...args, part, parts];
          partArgs[19] = scratch + part * stride;
          heap.exports.qs8_conv2d_part(...partArgs);
        }
      }
      const got = readOutput(heap, op, count, what);
      expectSame(got, want, what);
      distinct += spread(want);
    }
    expect(distinct / 120).toBeGreaterThan(20);
  });

  test('qs8_conv2d as a fully connected layer matches qFullyConnected exactly', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 60; trial++) {
      const rows = randomInt(random, 1, 13);
      const k = trial < 3 ? [1, 2, 1280][trial]! : randomInt(random, 1, 70);
      const n = randomInt(random, 1, 35);
      const q = randomParams(random, options(random, n, k));
      const x = randomInt8(random, rows * k);
      const want = new Int8Array(rows * n);
      qFullyConnected(q, quantizedValue(x, [rows, k]), quantizedValue(want, [rows, n]), rows);
      const heap = heapOf(variant);
      const w = heap.alloc(qs8GemmPackedBytes(n, k));
      packQs8Gemm(q, heap.buffer, w);
      const xp = putInt8(heap, x);
      const rowsPerBlock = qs8RowsPerBlock(k);
      const scratch = heap.alloc(qs8ConvScratchBytes(rowsPerBlock, k));
      const op = outputRegion(heap, rows * n);
      heap.exports.qs8_conv2d(
        1,
        rows,
        1,
        rows,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        k,
        n,
        q.inputZeroPoint,
        xp,
        w,
        op,
        scratch,
        rowsPerBlock,
        q.qmin - q.outputZeroPoint,
        q.qmax - q.outputZeroPoint,
        q.outputZeroPoint,
      );
      const what = `fully connected trial ${trial}: ${rows}x${k} -> ${n}`;
      expectSame(readOutput(heap, op, rows * n, what), want, what);
    }
  });

  test('qs8_dwconv2d matches the depthwise qConv2d exactly', () => {
    const random = seededRandom(13);
    let distinct = 0;
    for (let trial = 0; trial < 120; trial++) {
      const { geo, inC } = randomConv(random, true);
      const taps = geo.kernelHeight * geo.kernelWidth;
      const q = randomParams(random, options(random, inC, taps));
      const x = randomInt8(random, geo.batch * geo.inHeight * geo.inWidth * inC);
      const count = geo.batch * geo.outHeight * geo.outWidth * inC;
      const want = new Int8Array(count);
      qConv2d(q, quantizedValue(x, []), quantizedValue(want, []), geo, true);
      const heap = heapOf(variant);
      const w = heap.alloc(qs8DepthwisePackedBytes(taps, inC));
      packQs8Depthwise(q, taps, heap.buffer, w);
      const xp = putInt8(heap, x);
      const zeroRow = putInt8(heap, new Int8Array(inC).fill(q.inputZeroPoint));
      const op = outputRegion(heap, count);
      const parts = randomInt(random, 1, 4);
      const stride = qs8DepthwiseScratchBytes(taps);
      const scratch = heap.alloc(stride * parts);
      const args = [
        geo.batch,
        geo.inHeight,
        geo.inWidth,
        geo.outHeight,
        geo.outWidth,
        inC,
        geo.kernelHeight,
        geo.kernelWidth,
        geo.strideHeight,
        geo.strideWidth,
        geo.dilationHeight,
        geo.dilationWidth,
        geo.padTop,
        geo.padLeft,
        zeroRow,
        xp,
        w,
        op,
        scratch,
        q.qmin - q.outputZeroPoint,
        q.qmax - q.outputZeroPoint,
        q.outputZeroPoint,
      ] as const;
      if (parts === 1) heap.exports.qs8_dwconv2d(...args);
      else {
        for (let part = 0; part < parts; part++) {
          const partArgs: number[] = [...args, part, parts];
          partArgs[18] = scratch + part * stride;
          heap.exports.qs8_dwconv2d_part(...partArgs);
        }
      }
      const what = `depthwise trial ${trial}: ${JSON.stringify(geo)} parts ${parts}`;
      expectSame(readOutput(heap, op, count, what), want, what);
      distinct += spread(want);
    }
    expect(distinct / 120).toBeGreaterThan(10);
  });

  test('qs8_add matches qs8Add exactly: same shapes, repeated and scalar operands, subtraction, clamps', () => {
    const random = seededRandom(14);
    for (let trial = 0; trial < 80; trial++) {
      const inner = randomInt(random, 1, 40);
      const outer = randomInt(random, 1, 5);
      const n = inner * outer;
      const kind = trial % 3; // 0: same shape, 1: b repeats per row, 2: b is a scalar
      const bLen = kind === 0 ? n : kind === 1 ? inner : 1;
      const qa = { scale: Math.fround(0.01 + random() * 0.2), zeroPoint: randomInt(random, -128, 127) };
      const qb = { scale: Math.fround(qa.scale * (0.05 + random() * 5)), zeroPoint: randomInt(random, -128, 127) };
      const qo = {
        scale: Math.fround(Math.max(qa.scale, qb.scale) * (0.3 + random() * 2)),
        zeroPoint: randomInt(random, -30, 30),
      };
      const subtract = random() < 0.3;
      const clamp = random() < 0.5;
      const min = clamp ? (random() - 0.8) * qo.scale * 100 : Number.NEGATIVE_INFINITY;
      const max = clamp ? min + (0.2 + random()) * qo.scale * 100 : Number.POSITIVE_INFINITY;
      const p = qs8AddParams(qa, qb, qo, subtract, min, max);
      if (p.shift < 12 || p.shift > 30) continue;
      const a = randomInt8(random, n);
      const b = randomInt8(random, bLen);
      const aShape = [outer, inner];
      const bShape = kind === 0 ? [outer, inner] : kind === 1 ? [inner] : [1];
      const want = new Int8Array(n);
      qs8Add(p, a, aShape, b, bShape, want, aShape, createBinaryScratch());
      const heap = heapOf(variant);
      const ap = putInt8(heap, a);
      const bp = putInt8(heap, b);
      const op = outputRegion(heap, n);
      heap.exports.qs8_add(
        n,
        ap,
        p.aMultiplier,
        bp,
        bLen,
        p.bMultiplier,
        p.bias,
        p.shift,
        p.outputZeroPoint,
        p.qmin,
        p.qmax,
        op,
      );
      const what = `add trial ${trial}: ${outer}x${inner}, b of ${bLen}`;
      expectSame(readOutput(heap, op, n, what), want, what);
      if (kind === 0) {
        // The operands swapped (as the step does when b is the full one) give the same result.
        const op2 = outputRegion(heap, n);
        heap.exports.qs8_add(
          n,
          bp,
          p.bMultiplier,
          ap,
          n,
          p.aMultiplier,
          p.bias,
          p.shift,
          p.outputZeroPoint,
          p.qmin,
          p.qmax,
          op2,
        );
        expectSame(readOutput(heap, op2, n, `${what} swapped`), want, `${what} swapped`);
      }
    }
  });

  test('qs8_mul matches qs8Mul exactly: same shapes, repeated and scalar operands, clamps', () => {
    const random = seededRandom(17);
    let distinct = 0;
    for (let trial = 0; trial < 80; trial++) {
      const inner = randomInt(random, 1, 40);
      const outer = randomInt(random, 1, 5);
      const n = inner * outer;
      const kind = trial % 3; // 0: same shape, 1: b repeats per row, 2: b is a scalar
      const bLen = kind === 0 ? n : kind === 1 ? inner : 1;
      const qa = { scale: Math.fround(0.01 + random() * 0.2), zeroPoint: randomInt(random, -128, 127) };
      const qb = { scale: Math.fround(0.001 + random() * 0.05), zeroPoint: randomInt(random, -128, 127) };
      const qo = {
        scale: Math.fround(qa.scale * qb.scale * (20 + random() * 200)),
        zeroPoint: randomInt(random, -30, 30),
      };
      const clamp = random() < 0.5;
      const min = clamp ? (random() - 0.8) * qo.scale * 100 : Number.NEGATIVE_INFINITY;
      const max = clamp ? min + (0.2 + random()) * qo.scale * 100 : Number.POSITIVE_INFINITY;
      const p = qs8MulParams(qa, qb, qo, min, max);
      const a = randomInt8(random, n);
      const b = randomInt8(random, bLen);
      const aShape = [outer, inner];
      const bShape = kind === 0 ? [outer, inner] : kind === 1 ? [inner] : [1];
      const want = new Int8Array(n);
      qs8Mul(p, a, aShape, b, bShape, want, aShape, createBinaryScratch());
      const heap = heapOf(variant);
      const ap = putInt8(heap, a);
      const bp = putInt8(heap, b);
      const op = outputRegion(heap, n);
      const zo = p.outputZeroPoint;
      heap.exports.qs8_mul(n, ap, p.aZeroPoint, bp, bLen, p.bZeroPoint, p.scale, p.qmin - zo, p.qmax - zo, zo, op);
      const what = `mul trial ${trial}: ${outer}x${inner}, b of ${bLen}`;
      expectSame(readOutput(heap, op, n, what), want, what);
      distinct += spread(want);
    }
    expect(distinct / 80).toBeGreaterThan(8);
  });

  test('qs8_quantize matches quantizeF32 exactly, ties, out of range, infinities and NaN included', () => {
    const random = seededRandom(15);
    for (let trial = 0; trial < 40; trial++) {
      const n = trial === 0 ? 4 : randomInt(random, 1, 70);
      const scale = Math.fround(0.005 + random() * 0.1);
      const zp = randomInt(random, -128, 127);
      const x = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const r = random();
        // Exact ties (k + 0.5) * scale, wide values, and a few specials.
        if (r < 0.3) x[i] = (randomInt(random, -300, 300) + 0.5) * scale;
        else if (r < 0.95) x[i] = (random() * 2 - 1) * scale * 300;
        else
          x[i] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0][
            randomInt(random, 0, 3)
          ] as number;
      }
      // The scalar tail too: specials only.
      if (trial === 0) x.set([Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
      const want = new Int8Array(n);
      quantizeF32(x, want, n, scale, zp, -128, 127);
      const heap = heapOf(variant);
      const xp = heap.alloc(n * 4 + 64);
      new Float32Array(heap.buffer, xp, n).set(x);
      const op = outputRegion(heap, n);
      heap.exports.qs8_quantize(n, xp, Math.fround(1 / scale), zp, -128, 127, op);
      const what = `quantize trial ${trial}: ${n} elements, scale ${scale}, zero point ${zp}`;
      expectSame(readOutput(heap, op, n, what), want, what);
    }
  });
  test('qs8_dequantize matches dequantizeToF32 bit for bit', () => {
    const random = seededRandom(18);
    for (let trial = 0; trial < 30; trial++) {
      const n = randomInt(random, 1, 70);
      const scale = Math.fround(0.0001 + random() * 0.3);
      const zp = randomInt(random, -128, 127);
      const x = randomInt8(random, n);
      const want = new Float32Array(n);
      dequantizeToF32(x, want, n, scale, zp);
      const heap = heapOf(variant);
      const xp = putInt8(heap, x);
      const op = heap.alloc(n * 4 + 16);
      heap.exports.qs8_dequantize(n, xp, zp, scale, op);
      const got = new Float32Array(heap.buffer, op, n);
      for (let i = 0; i < n; i++)
        expect(Object.is(got[i], want[i]), `dequantize trial ${trial} element ${i}`).toBe(true);
    }
  });

  test('hardswish_f32 matches the TypeScript hard swish bit for bit, specials included', () => {
    const random = seededRandom(19);
    for (let trial = 0; trial < 30; trial++) {
      const n = randomInt(random, 1, 70);
      const x = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const r = random();
        if (r < 0.9) x[i] = (random() * 2 - 1) * 8;
        else
          x[i] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -3, 3][
            randomInt(random, 0, 5)
          ] as number;
      }
      const want = new Float32Array(n);
      unaryF32(UnaryOp.Hardswish, x, want, n);
      const heap = heapOf(variant);
      const xp = heap.alloc(n * 4 + 16);
      new Float32Array(heap.buffer, xp, n).set(x);
      const op = heap.alloc(n * 4 + 16);
      heap.exports.hardswish_f32(n, xp, op);
      const got = new Float32Array(heap.buffer, op, n);
      for (let i = 0; i < n; i++) {
        expect(
          Object.is(got[i], want[i]),
          `hard swish trial ${trial} element ${i}: ${x[i]} -> ${got[i]}, expected ${want[i]}`,
        ).toBe(true);
      }
    }
  });

  test('qs8_global_avgpool matches globalAvgPoolQs8 exactly', () => {
    const random = seededRandom(20);
    let distinct = 0;
    for (let trial = 0; trial < 40; trial++) {
      const batch = randomInt(random, 1, 3);
      const pixels = trial === 0 ? 3136 : randomInt(random, 1, 60);
      const channels = randomInt(random, 1, 45);
      const xq = { scale: Math.fround(0.01 + random() * 0.1), zeroPoint: randomInt(random, -128, 127) };
      const oq = { scale: Math.fround(xq.scale * (0.05 + random() * 0.3)), zeroPoint: randomInt(random, -30, 30) };
      const clamp = random() < 0.4;
      const min = clamp ? (random() - 0.6) * oq.scale * 100 : Number.NEGATIVE_INFINITY;
      const max = clamp ? min + (0.2 + random()) * oq.scale * 100 : Number.POSITIVE_INFINITY;
      const [qmin, qmax] = quantizedOutputRange(min, max, oq.scale, oq.zeroPoint);
      const scale = globalAvgPoolQs8Scale(xq.scale, oq.scale, pixels);
      const x = randomInt8(random, batch * pixels * channels);
      const want = new Int8Array(batch * channels);
      globalAvgPoolQs8(
        x,
        want,
        batch,
        pixels,
        channels,
        scale,
        xq.zeroPoint,
        oq.zeroPoint,
        qmin,
        qmax,
        new Int32Array(channels),
      );
      const heap = heapOf(variant);
      const xp = putInt8(heap, x);
      const op = outputRegion(heap, batch * channels);
      const zo = oq.zeroPoint;
      heap.exports.qs8_global_avgpool(
        batch,
        pixels,
        channels,
        xp,
        -xq.zeroPoint * pixels,
        scale,
        qmin - zo,
        qmax - zo,
        zo,
        op,
      );
      const what = `global average pool trial ${trial}: ${batch}x${pixels}x${channels}`;
      expectSame(readOutput(heap, op, batch * channels, what), want, what);
      distinct += spread(want);
    }
    expect(distinct / 40).toBeGreaterThan(4);
  });

  test('qs8_maxpool2d matches the reference max pooling of int8 values exactly', () => {
    const random = seededRandom(16);
    for (let trial = 0; trial < 60; trial++) {
      const { geo: c, inC } = randomConv(random, true);
      const geo: PoolGeometry = {
        batch: c.batch,
        inHeight: c.inHeight,
        inWidth: c.inWidth,
        channels: inC,
        outHeight: c.outHeight,
        outWidth: c.outWidth,
        poolHeight: c.kernelHeight,
        poolWidth: c.kernelWidth,
        strideHeight: c.strideHeight,
        strideWidth: c.strideWidth,
        dilationHeight: c.dilationHeight,
        dilationWidth: c.dilationWidth,
        padTop: c.padTop,
        padLeft: c.padLeft,
      };
      const x = randomInt8(random, geo.batch * geo.inHeight * geo.inWidth * inC);
      const count = geo.batch * geo.outHeight * geo.outWidth * inC;
      const want = new Int8Array(count);
      // The runtime's reference: the generic pooling over the int8 elements.
      pool2dF32(x as unknown as Float32Array, want as unknown as Float32Array, geo, true, -Infinity, Infinity);
      const heap = heapOf(variant);
      const xp = putInt8(heap, x);
      const op = outputRegion(heap, count);
      heap.exports.qs8_maxpool2d(
        geo.batch,
        geo.inHeight,
        geo.inWidth,
        geo.outHeight,
        geo.outWidth,
        inC,
        geo.poolHeight,
        geo.poolWidth,
        geo.strideHeight,
        geo.strideWidth,
        geo.dilationHeight,
        geo.dilationWidth,
        geo.padTop,
        geo.padLeft,
        xp,
        op,
      );
      const what = `max pool trial ${trial}: ${JSON.stringify(geo)}`;
      expectSame(readOutput(heap, op, count, what), want, what);
    }
  });
});

describe.skipIf(!(threadsAvailable() && sharedKernelModule() !== null))(
  'qs8 kernels split across a thread pool',
  () => {
    let heap: KernelHeap;
    let pool: ThreadPool;
    beforeAll(async () => {
      const m = sharedKernelModule();
      if (!m) throw new Error('no shared build');
      heap = new KernelHeap(m);
      const started = await ThreadPool.start(heap, heap.alloc(CONTROL_BYTES), 3);
      if (!started) throw new Error('the pool did not start');
      pool = started;
    });
    afterAll(() => pool?.close());

    test('qs8_conv2d_part and qs8_dwconv2d_part on the pool match the reference exactly', () => {
      const random = seededRandom(21);
      for (let trial = 0; trial < 16; trial++) {
        const depthwise = trial % 2 === 1;
        const { geo, inC, outC } = randomConv(random, depthwise);
        const k = geo.kernelHeight * geo.kernelWidth * (depthwise ? 1 : inC);
        const q = randomParams(random, options(random, outC, k));
        const x = randomInt8(random, geo.batch * geo.inHeight * geo.inWidth * inC);
        const count = geo.batch * geo.outHeight * geo.outWidth * outC;
        const want = new Int8Array(count);
        qConv2d(q, quantizedValue(x, []), quantizedValue(want, []), geo, depthwise);
        const xp = putInt8(heap, x);
        const op = outputRegion(heap, count);
        const g = geo;
        const parts = 2 + (trial % 5);
        const lo = q.qmin - q.outputZeroPoint;
        const hi = q.qmax - q.outputZeroPoint;
        if (depthwise) {
          const w = heap.alloc(qs8DepthwisePackedBytes(k, inC));
          packQs8Depthwise(q, k, heap.buffer, w);
          const args = [g.batch, g.inHeight, g.inWidth, g.outHeight, g.outWidth, inC, g.kernelHeight, g.kernelWidth];
          args.push(g.strideHeight, g.strideWidth, g.dilationHeight, g.dilationWidth, g.padTop, g.padLeft);
          const zeroRow = putInt8(heap, new Int8Array(inC).fill(q.inputZeroPoint));
          const stride = Math.ceil(qs8DepthwiseScratchBytes(k) / 16) * 16;
          const scratch = heap.alloc(stride * pool.threads);
          args.push(zeroRow, xp, w, op, scratch, lo, hi, q.outputZeroPoint);
          pool.run('qs8_dwconv2d_part', args, parts, 18, stride);
        } else {
          const w = heap.alloc(qs8GemmPackedBytes(outC, k));
          packQs8Gemm(q, heap.buffer, w);
          const rowsPerBlock = 4;
          const stride = Math.ceil(qs8ConvScratchBytes(rowsPerBlock, k) / 16) * 16;
          const scratch = heap.alloc(stride * pool.threads);
          const args = [g.batch, g.inHeight, g.inWidth, g.outHeight, g.outWidth, g.kernelHeight, g.kernelWidth];
          args.push(g.strideHeight, g.strideWidth, g.dilationHeight, g.dilationWidth, g.padTop, g.padLeft, inC, outC);
          args.push(q.inputZeroPoint, xp, w, op, scratch, rowsPerBlock, lo, hi, q.outputZeroPoint);
          pool.run('qs8_conv2d_part', args, parts, 19, stride);
        }
        const what = `pool trial ${trial} (${depthwise ? 'depthwise' : 'conv'}, ${parts} parts)`;
        expectSame(readOutput(heap, op, count, what), want, what);
      }
    });
  },
);
