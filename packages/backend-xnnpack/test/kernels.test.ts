import { describe, expect, test } from 'vitest';
import {
  quantizeBound,
  quantizeDynamicRows,
  quantizeF32,
  quantizeReference,
  roundEven,
} from '../src/kernels/convert.js';
import { conv2dF32, convTranspose2dF32, depthwiseConv2dF32, packConvWeights } from '../src/kernels/convolution.js';
import { concatenateN, constantPadN, sliceN, transposeN } from '../src/kernels/data-movement.js';
import { BinaryOp, binaryF32, broadcastShapes, createBinaryScratch } from '../src/kernels/elementwise-binary.js';
import { batchMatMulF32, fullyConnectedF32 } from '../src/kernels/fully-connected.js';
import { globalAvgPoolF32, globalAvgPoolQs8, globalAvgPoolQs8Scale, pool2dF32 } from '../src/kernels/pooling.js';
import { qs8Add, qs8AddParams, qs8Mul, qs8MulParams, qs8UnaryTable } from '../src/kernels/quantized-elementwise.js';
import { requantizationScales } from '../src/kernels/quantized-gemm.js';
import {
  bilinearSource,
  resizeBilinear2dF32,
  XNN_FLAG_ALIGN_CORNERS,
  XNN_FLAG_TENSORFLOW_LEGACY_MODE,
} from '../src/kernels/resize.js';
import { softmaxF32 } from '../src/kernels/softmax.js';
import { erf, UnaryOp, unaryF32 } from '../src/kernels/unary.js';
import { fuseClamps } from '../src/runtime/graph-rewrites.js';
import { type XnnNode, XnnNodeType } from '../src/serialization/xnn-graph.js';

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

describe('quantized global average pooling (XNNPACK arithmetic)', () => {
  test('the scale is fp32(inputScale / fp32(outputScale * pixels))', () => {
    expect(globalAvgPoolQs8Scale(0.5, 0.25, 4)).toBe(0.5);
    const f = Math.fround;
    const s = globalAvgPoolQs8Scale(f(0.1), f(0.3), 49);
    expect(s).toBe(f(f(0.1) / f(f(0.3) * 49)));
    expect(s).not.toBe(f(0.1) / (f(0.3) * 49));
  });

  test('int32 window sum less the input zero point, scaled, ties to even, plus the output zero point', () => {
    // 2 images of 2x2 pixels, 4 channels; input zero point 1, scale 0.5; output zero point -3, scale 0.25.
    const scale = globalAvgPoolQs8Scale(0.5, 0.25, 4); // 0.5
    const image = [
      [3, 1, 2, 127],
      [5, 1, 2, 127],
      [7, 1, 2, 127],
      [9, 2, 0, 127],
    ];
    const input = new Int8Array([...image.flat(), ...image.flat().map((v) => -v)]);
    const out = new Int8Array(8);
    globalAvgPoolQs8(input, out, 2, 4, 4, scale, 1, -3, -128, 120, new Int32Array(4));
    // Channel sums less 4 * 1: 20, 1, 2, 504 -> times 0.5: 10, 0.5 (even: 0), 1 (-> 1), 252 (clamped
    // to 120 - (-3) = 123). Second image: -28, -9, -10, -512 -> -14, -4.5 (even: -4), -5, -256 (to -125).
    expect(Array.from(out)).toEqual([7, -3, -2, 120, -17, -7, -8, -128]);
  });

  test('ties round to even in both directions', () => {
    // One pixel per window, scale 0.5: q - zp of 1, 3, -1, -3 gives 0.5, 1.5, -0.5, -1.5.
    const input = new Int8Array([1, 3, -1, -3]);
    const out = new Int8Array(4);
    globalAvgPoolQs8(input, out, 1, 1, 4, 0.5, 0, 0, -128, 127, new Int32Array(4));
    expect(Array.from(out)).toEqual([0, 2, 0, -2]);
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
  test('fp32 -> qs8 rounds ties to even with an fp32 reciprocal scale', () => {
    const q = new Int8Array(4);
    quantizeF32(F([0.5, 1.5, -2.5, 1000]), q, 4, 1, 3, -128, 127);
    expect(Array.from(q)).toEqual([3, 5, 1, 127]);
  });
  test('reference (lookup table) quantization rounds ties away from zero', () => {
    expect([0.5, 1.5, -2.5, -0.4].map((y) => quantizeReference(y, 1, 0, -128, 127))).toEqual([1, 2, -3, -0]);
    expect(quantizeReference(1000, 1, 0, -128, 127)).toBe(127);
    expect(quantizeReference(Number.NaN, 1, 0, -128, 127)).toBe(0);
  });
  test('output bounds in the quantized domain', () => {
    expect(quantizeBound(0, 0.5, -10)).toBe(-10);
    expect(quantizeBound(6, 0.01, -128)).toBe(127);
    expect(quantizeBound(Number.NEGATIVE_INFINITY, 0.5, 3)).toBe(-128);
  });
  test('dynamic quantization: range includes 0, zero point from the smaller error side', () => {
    const q = new Int8Array(4);
    const scales = new Float32Array(1);
    const zps = new Int32Array(1);
    quantizeDynamicRows(F([1, 2, 3, 4]), q, 1, 4, scales, zps);
    expect(zps[0]).toBe(-128);
    expect(scales[0]).toBeCloseTo(4 / 255, 7);
    expect(q[3]).toBe(127);
    // An all-zero row: scale 1, and -128 + 127 < 0 picks the zero point from the max side.
    quantizeDynamicRows(F([0, 0, 0, 0]), q, 1, 4, scales, zps);
    expect([scales[0], zps[0], q[0]]).toEqual([1, 127, 127]);
  });
  test('requantization scales are rounded to fp32 after each operation', () => {
    const s = requantizationScales(0.1, F([0.3]), 0.7);
    expect(s[0]).toBe(Math.fround(Math.fround(0.1 * Math.fround(0.3)) / 0.7));
  });
});

describe('quantized elementwise (XNNPACK arithmetic)', () => {
  // Deterministic pseudo-random int8 data.
  const ints = (n: number, seed: number) => {
    const out = new Int8Array(n);
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out[i] = (x >> 16) % 256;
    }
    return out;
  };
  const A = { scale: 0.024920936, zeroPoint: -7 };
  const B = { scale: 0.02079471, zeroPoint: -29 };
  const O = { scale: 0.03353719, zeroPoint: -18 };

  test('add: fixed point, within one quantization step of the exact sum', () => {
    const a = ints(256, 1);
    const b = ints(256, 2);
    const out = new Int8Array(256);
    const p = qs8AddParams(A, B, O, false, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    // The larger ratio (A/O ~ 0.743) has exponent -1: shift 21, multipliers of 21 bits at most.
    expect(p.shift).toBe(21);
    expect(p.aMultiplier).toBe(roundEven(Math.fround(A.scale / O.scale) * 2 ** 21));
    qs8Add(p, a, [256], b, [256], out, [256], createBinaryScratch());
    for (let i = 0; i < 256; i++) {
      const exact = (((a[i] as number) - A.zeroPoint) * A.scale + ((b[i] as number) - B.zeroPoint) * B.scale) / O.scale;
      const want = Math.min(127, Math.max(-128, exact + O.zeroPoint));
      expect(Math.abs((out[i] as number) - want)).toBeLessThanOrEqual(1);
    }
  });
  test('subtract negates the second ratio; broadcasting a scalar', () => {
    const a = ints(8, 3);
    const out = new Int8Array(8);
    const p = qs8AddParams(A, A, A, true, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(p.bMultiplier).toBe(-p.aMultiplier);
    qs8Add(p, a, [8], Int8Array.of(A.zeroPoint), [1], out, [8], createBinaryScratch());
    expect(Array.from(out)).toEqual(Array.from(a)); // x - 0 == x
  });
  test('multiply: fp32 requantization, within one step, clamped to the output range', () => {
    const a = ints(64, 4);
    const b = ints(64, 5);
    const out = new Int8Array(64);
    const p = qs8MulParams(A, B, O, 0, Number.POSITIVE_INFINITY);
    qs8Mul(p, a, [64], b, [64], out, [64], createBinaryScratch());
    for (let i = 0; i < 64; i++) {
      const exact = (((a[i] as number) - A.zeroPoint) * A.scale * ((b[i] as number) - B.zeroPoint) * B.scale) / O.scale;
      const want = Math.min(127, Math.max(O.zeroPoint, exact + O.zeroPoint));
      expect(Math.abs((out[i] as number) - want)).toBeLessThanOrEqual(1);
    }
  });
  test('unary table: clamp between different quantizations requantizes once', () => {
    const t = qs8UnaryTable(UnaryOp.Clamp, A, O, 0, 0, 6);
    for (let q = -128; q < 128; q++) {
      const y = Math.min(6, Math.max(0, (q - A.zeroPoint) * A.scale));
      expect(Math.abs((t[q + 128] as number) - Math.min(127, y / O.scale + O.zeroPoint))).toBeLessThanOrEqual(
        0.5 + 1e-6,
      );
    }
  });
});

describe('graph rewrites', () => {
  const node = (
    index: number,
    type: XnnNodeType,
    inputs: number[],
    outputs: number[],
    min = -Infinity,
    max = Infinity,
  ) =>
    ({
      index,
      type,
      inputs,
      outputs,
      flags: 0,
      debugHandle: 0,
      outputMin: min,
      outputMax: max,
      attrs: { kind: 'none' },
    }) as XnnNode;

  test('a clamp is fused into the convolution producing its only input', () => {
    const nodes = [
      node(0, XnnNodeType.Conv2d, [0, 1, 2], [3], 0, Infinity),
      node(1, XnnNodeType.Clamp, [3], [4], -1, 6),
    ];
    const fused = fuseClamps(nodes, () => false);
    expect(fused).toHaveLength(1);
    expect(fused[0]).toMatchObject({ type: XnnNodeType.Conv2d, outputs: [4], outputMin: 0, outputMax: 6 });
  });
  test('chains of clamps fuse; shared values, graph outputs and other producers do not', () => {
    const chain = [
      node(0, XnnNodeType.FullyConnected, [0, 1], [2]),
      node(1, XnnNodeType.Clamp, [2], [3], 0, 10),
      node(2, XnnNodeType.Clamp, [3], [4], -5, 6),
    ];
    expect(fuseClamps(chain, () => false)).toMatchObject([{ outputs: [4], outputMin: 0, outputMax: 6 }]);
    const shared = [
      node(0, XnnNodeType.Conv2d, [0, 1], [2]),
      node(1, XnnNodeType.Clamp, [2], [3]),
      node(2, XnnNodeType.Add, [2, 3], [4]),
    ];
    expect(fuseClamps(shared, () => false)).toHaveLength(3);
    const output = [node(0, XnnNodeType.Conv2d, [0, 1], [2]), node(1, XnnNodeType.Clamp, [2], [3])];
    expect(fuseClamps(output, (id) => id === 2)).toHaveLength(2);
    const add = [node(0, XnnNodeType.Add, [0, 1], [2]), node(1, XnnNodeType.Clamp, [2], [3])];
    expect(fuseClamps(add, () => false)).toHaveLength(2);
  });
});

describe('transposed convolution and bilinear resize', () => {
  test('convTranspose2dF32 equals scattering every input pixel through the filter', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31 - 0.5;
    };
    for (const [groups, gi, go, k, s, pad, dil, adj] of [
      [1, 3, 4, 3, 2, 1, 1, 1],
      [2, 2, 3, 2, 2, 0, 1, 0],
      [1, 2, 2, 3, 1, 2, 2, 0],
      [3, 1, 2, 4, 3, 1, 1, 2],
    ] as const) {
      const [ih, iw, batch] = [4, 5, 2];
      const oh = (ih - 1) * s + (k - 1) * dil + 1 + adj - 2 * pad;
      const ow = (iw - 1) * s + (k - 1) * dil + 1 + adj - 2 * pad;
      const inC = groups * gi;
      const outC = groups * go;
      const input = Float32Array.from({ length: batch * ih * iw * inC }, random);
      const weights = Float32Array.from({ length: outC * k * k * gi }, random);
      const bias = Float32Array.from({ length: outC }, random);
      // Reference: scatter, in float64.
      const want = new Float64Array(batch * oh * ow * outC);
      for (let n = 0; n < batch; n++)
        for (let y = 0; y < oh; y++)
          for (let x = 0; x < ow; x++)
            for (let c = 0; c < outC; c++) want[((n * oh + y) * ow + x) * outC + c] = bias[c] as number;
      for (let n = 0; n < batch; n++)
        for (let iy = 0; iy < ih; iy++)
          for (let ix = 0; ix < iw; ix++)
            for (let ky = 0; ky < k; ky++)
              for (let kx = 0; kx < k; kx++) {
                const y = iy * s - pad + ky * dil;
                const x = ix * s - pad + kx * dil;
                if (y < 0 || y >= oh || x < 0 || x >= ow) continue;
                for (let grp = 0; grp < groups; grp++)
                  for (let o = 0; o < go; o++)
                    for (let i = 0; i < gi; i++) {
                      const c = grp * go + o;
                      const at = ((n * oh + y) * ow + x) * outC + c;
                      want[at] =
                        (want[at] as number) +
                        (input[((n * ih + iy) * iw + ix) * inC + grp * gi + i] as number) *
                          (weights[((c * k + ky) * k + kx) * gi + i] as number);
                    }
              }
      const got = new Float32Array(want.length);
      convTranspose2dF32(
        input,
        weights,
        bias,
        got,
        {
          batch,
          inHeight: ih,
          inWidth: iw,
          outHeight: oh,
          outWidth: ow,
          kernelHeight: k,
          kernelWidth: k,
          strideHeight: s,
          strideWidth: s,
          dilationHeight: dil,
          dilationWidth: dil,
          padTop: pad,
          padLeft: pad,
          groups,
          groupInputChannels: gi,
          groupOutputChannels: go,
        },
        Number.NEGATIVE_INFINITY,
        Number.POSITIVE_INFINITY,
      );
      for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i] as number, 5);
    }
  });

  test('bilinear source rows: half-pixel centres clamp at 0, corners align, legacy mode scales', () => {
    expect(bilinearSource(0, 4, 8, 0)).toEqual([0, 1, 0]); // (0.5 * 0.5 - 0.5) < 0 -> 0
    expect(bilinearSource(3, 4, 8, 0)).toEqual([1, 2, 0.25]);
    expect(bilinearSource(7, 4, 8, 0)).toEqual([3, 3, 0.25]); // 3.25: the last row twice
    expect(bilinearSource(2, 5, 9, XNN_FLAG_ALIGN_CORNERS)).toEqual([1, 2, 0]);
    expect(bilinearSource(0, 5, 1, XNN_FLAG_ALIGN_CORNERS)).toEqual([0, 1, 0]);
    expect(bilinearSource(3, 4, 8, XNN_FLAG_TENSORFLOW_LEGACY_MODE)).toEqual([1, 2, 0.5]);
    const out = new Float32Array(4);
    resizeBilinear2dF32(Float32Array.from([0, 10, 20, 30]), out, 1, 2, 2, 1, 4, 1, XNN_FLAG_ALIGN_CORNERS);
    // fp32 steps: 10 * fp32(1/3), 10 * fp32(2/3).
    const f = Math.fround;
    expect(Array.from(out)).toEqual([0, f(10 * f(1 / 3)), f(10 * f(2 / 3)), 10]);
  });
});
