import { describe, expect, test } from 'vitest';
import { quantizeDynamicRows, roundEven } from '../src/kernels/convert.js';
import { conv2dF32, depthwiseConv2dF32, packConvWeights } from '../src/kernels/convolution.js';
import { concatenateN, constantPadN, sliceN, transposeN } from '../src/kernels/data-movement.js';
import { BinaryOp, binaryF32, broadcastShapes, createBinaryScratch } from '../src/kernels/elementwise-binary.js';
import { batchMatMulF32, fullyConnectedF32 } from '../src/kernels/fully-connected.js';
import { globalAvgPoolF32, pool2dF32 } from '../src/kernels/pooling.js';
import { softmaxF32 } from '../src/kernels/softmax.js';
import { erf, UnaryOp, unaryF32 } from '../src/kernels/unary.js';

const F = (xs: number[]) => new Float32Array(xs);
const close = (a: ArrayLike<number>, b: number[], tol = 1e-6) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < b.length; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThanOrEqual(tol);
};

describe('elementwise', () => {
  test('broadcast add with clamp, hand computed', () => {
    const a = F([1, 2, 3, 4, 5, 6]); // [2,3]
    const b = F([10, 20]); // [2,1]
    const out = new Float32Array(6);
    expect(broadcastShapes([2, 3], [2, 1])).toEqual([2, 3]);
    binaryF32(BinaryOp.Add, a, [2, 3], b, [2, 1], out, [2, 3], -Infinity, 24, createBinaryScratch());
    close(out, [11, 12, 13, 24, 24, 24]);
    binaryF32(
      BinaryOp.Subtract,
      b,
      [2, 1, 1],
      a,
      [3],
      new Float32Array(6),
      [2, 1, 3],
      -Infinity,
      Infinity,
      createBinaryScratch(),
    );
    expect(broadcastShapes([2], [3])).toBeUndefined();
  });
  test('division, min, max against scalars', () => {
    const out = new Float32Array(3);
    binaryF32(BinaryOp.Divide, F([1, 2, 3]), [3], F([2]), [], out, [3], -Infinity, Infinity, createBinaryScratch());
    close(out, [0.5, 1, 1.5]);
    binaryF32(BinaryOp.Maximum, F([1, 5, 3]), [3], F([2]), [1], out, [3], -Infinity, Infinity, createBinaryScratch());
    close(out, [2, 5, 3]);
  });
  test('unary ops', () => {
    const x = F([-2, -0.5, 0, 0.5, 2]);
    const out = new Float32Array(5);
    unaryF32(UnaryOp.Hardswish, x, out, 5);
    close(out, [(-2 * 1) / 6, (-0.5 * 2.5) / 6, 0, (0.5 * 3.5) / 6, (2 * 5) / 6]);
    unaryF32(UnaryOp.Clamp, x, out, 5, 0, 0, 1);
    close(out, [0, 0, 0, 0.5, 1]);
    unaryF32(UnaryOp.LeakyReLU, x, out, 5, 0.1);
    close(out, [-0.2, -0.05, 0, 0.5, 2]);
    unaryF32(UnaryOp.Gelu, x, out, 5);
    close(out, [-0.04550026, -0.15426877, 0, 0.34573123, 1.95449974], 1e-6);
    expect(Math.abs(erf(1) - 0.8427007929)).toBeLessThan(2e-7);
  });
  test('softmax rows sum to one', () => {
    const out = new Float32Array(4);
    softmaxF32(F([0, Math.log(3), 5, 5]), out, 2, 2);
    close(out, [0.25, 0.75, 0.5, 0.5]);
  });
});

describe('matrix kernels', () => {
  test('fully connected with bias, 5 outputs (blocked + tail)', () => {
    const x = F([1, 2, 3, -1, 0, 1]); // [2,3]
    const w = F([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 2, -1, 0.5]); // [5,3]
    const out = new Float32Array(10);
    fullyConnectedF32(x, w, F([0, 0, 0, 0, 1]), out, 2, 3, 5, -Infinity, Infinity);
    close(out, [1, 2, 3, 6, 2.5, -1, 0, 1, 0, -0.5]);
  });
  test('batch matmul broadcasts a single B', () => {
    const a = F([1, 2, 3, 4, 5, 6, 7, 8]); // [2, 2, 2]
    const b = F([1, 0, 0, 1]); // [1, 2, 2] identity
    const out = new Float32Array(8);
    batchMatMulF32(a, b, out, 2, 2, 2, 2, 4, 0, false, new Float32Array(4));
    close(out, [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('convolution and pooling (NHWC)', () => {
  const geo = (
    h: number,
    w: number,
    oh: number,
    ow: number,
    k: number,
    s: number,
    pad: number,
    groups: number,
    gi: number,
    go: number,
  ) => ({
    batch: 1,
    inHeight: h,
    inWidth: w,
    outHeight: oh,
    outWidth: ow,
    kernelHeight: k,
    kernelWidth: k,
    strideHeight: s,
    strideWidth: s,
    dilationHeight: 1,
    dilationWidth: 1,
    padTop: pad,
    padLeft: pad,
    groups,
    groupInputChannels: gi,
    groupOutputChannels: go,
  });
  test('3x3 sum filter with padding 1 on a 3x3 ones image', () => {
    const input = new Float32Array(9).fill(1);
    const weights = new Float32Array(9).fill(1); // OHWI [1,3,3,1]
    const out = new Float32Array(9);
    conv2dF32(
      input,
      packConvWeights(weights, 1, 1, 3, 3, 1),
      F([0.5]),
      out,
      geo(3, 3, 3, 3, 3, 1, 1, 1, 1, 1),
      -Infinity,
      Infinity,
      new Float64Array(1),
    );
    close(out, [4.5, 6.5, 4.5, 6.5, 9.5, 6.5, 4.5, 6.5, 4.5]);
  });
  test('1x1 conv mixes channels like a matrix product (OHWI)', () => {
    const input = F([1, 2, 3, 4]); // [1,1,2,2] NHWC: pixel0 = (1,2), pixel1 = (3,4)
    const weights = F([1, 1, 1, -1, 2, 0]); // [3,1,1,2]
    const out = new Float32Array(6);
    conv2dF32(
      input,
      packConvWeights(weights, 1, 3, 1, 1, 2),
      null,
      out,
      { ...geo(1, 2, 1, 2, 1, 1, 0, 1, 2, 3) },
      -Infinity,
      Infinity,
      new Float64Array(3),
    );
    close(out, [3, -1, 2, 7, -1, 6]);
  });
  test('depthwise 2x2 stride 2', () => {
    const input = F([1, 10, 2, 20, 3, 30, 4, 40]); // [1,2,2,2]
    const weights = F([1, 1, 1, 1, 1, 1, 1, 1]); // [1,2,2,2]
    const out = new Float32Array(2);
    depthwiseConv2dF32(
      input,
      weights,
      null,
      out,
      geo(2, 2, 1, 1, 2, 2, 0, 2, 1, 1),
      -Infinity,
      Infinity,
      new Float64Array(2),
    );
    close(out, [10, 100]);
  });
  test('max and average pooling exclude padding; global average', () => {
    const input = F([1, 2, 3, 4]); // [1,2,2,1]
    const g = {
      batch: 1,
      inHeight: 2,
      inWidth: 2,
      channels: 1,
      outHeight: 2,
      outWidth: 2,
      poolHeight: 2,
      poolWidth: 2,
      strideHeight: 1,
      strideWidth: 1,
      dilationHeight: 1,
      dilationWidth: 1,
      padTop: 1,
      padLeft: 1,
    };
    const out = new Float32Array(4);
    pool2dF32(input, out, g, true, -Infinity, Infinity);
    close(out, [1, 2, 3, 4]);
    pool2dF32(input, out, g, false, -Infinity, Infinity);
    close(out, [1, 1.5, 2, 2.5]);
    const avg = new Float32Array(1);
    globalAvgPoolF32(input, avg, 1, 4, 1, -Infinity, Infinity, new Float64Array(1));
    close(avg, [2.5]);
  });
});

describe('data movement', () => {
  test('transpose, slice, pad, concatenate', () => {
    const x = F([1, 2, 3, 4, 5, 6]); // [2,3]
    const t = new Float32Array(6);
    transposeN(x, [2, 3], [1, 0], [3, 2], t, new Int32Array(8), []);
    close(t, [1, 4, 2, 5, 3, 6]);
    const s = new Float32Array(2);
    sliceN(x, [2, 3], [1, 1], [1, 2], s, new Int32Array(8), []);
    close(s, [5, 6]);
    const p = new Float32Array(12);
    constantPadN(x, [2, 3], [0, 1], [2, 4], -1, p, new Int32Array(8), []);
    close(p, [-1, 1, 2, 3, -1, 4, 5, 6, 0, 0, 0, 0].slice(0, 8).concat([0, 0, 0, 0]));
    const c = new Float32Array(8);
    concatenateN([x, F([7, 8])], [3, 1], 2, 1, c);
    close(c, [1, 2, 3, 7, 4, 5, 6, 8]);
  });
});

describe('quantization', () => {
  test('round half to even', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, -2.6].map(roundEven)).toEqual([0, 2, 2, -0, -2, 2, -3]);
  });
  test('dynamic per-row quantization reconstructs within half a step', () => {
    const x = F([-1, 0, 0.5, 2, 0.1, 0.2, 0.3, 0.4]);
    const q = new Int8Array(8);
    const scales = new Float32Array(2);
    const zps = new Int32Array(2);
    quantizeDynamicRows(x, q, 2, 4, scales, zps);
    for (let i = 0; i < 8; i++) {
      const r = Math.floor(i / 4);
      const back = ((q[i] as number) - (zps[r] as number)) * (scales[r] as number);
      expect(Math.abs(back - (x[i] as number))).toBeLessThanOrEqual((scales[r] as number) / 2 + 1e-7);
    }
  });
});
