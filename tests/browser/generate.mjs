/**
 * Programs large enough for the XNNPACK thread pool: the committed conformance programs are all
 * below the size at which the backend splits a kernel call across threads (about 1M multiply-adds),
 * so the 2-thread tests would never hand a job to a worker. This builds one method with Kindling's
 * graph IR (seeded random weights) whose GEMM, convolution and depthwise convolution each exceed it,
 * emits it as a portable program and, lowered by `xnnpackLowering()`, as an XNNPACK program, and
 * computes the expected outputs in float64 (plain loops, independent of both).
 *
 * The result is a manifest in the conformance schema (served as `generated/manifest.json`) and its
 * files, in memory.
 */

import { randomFloat32, seededRandom } from '@kindling/backend-utils';
import { xnnpackLowering } from '@kindling/backend-xnnpack/partitioner';
import { ScalarType } from '@kindling/core';
import { arg, Graph, tensorType } from '@kindling/ir';
import { lower } from '@kindling/partitioner';

/** `n` float32 values uniform in [-scale, scale). */
function randomF32(random, n, scale) {
  return randomFloat32(random, n, -scale, scale);
}

const bytesOf = (a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

// Shapes: GEMM 64x256 @ 256x512 (8.4M MACs); 3x3 convolution 16 -> 128 channels on 32x32 (18.9M);
// 3x3 depthwise convolution over 128 channels (1.2M).
const M = 64;
const K = 256;
const N = 512;
const C_IN = 16;
const C = 128;
const H = 32;
const W = 32;

/** out[m][n] = bias[n] + sum_k a[m][k] * b[k][n], in float64. */
function addmmReference(bias, a, b) {
  const out = new Float32Array(M * N);
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let s = bias[n];
      for (let k = 0; k < K; k++) s += a[m * K + k] * b[k * N + n];
      out[m * N + n] = s;
    }
  }
  return out;
}

/** NCHW 3x3 convolution, stride 1, padding 1, batch 1, float64 accumulation (groups: 1 or channels). */
function conv3x3Reference(x, cin, weight, bias, cout, depthwise) {
  const out = new Float64Array(cout * H * W);
  for (let o = 0; o < cout; o++) {
    const inputs = depthwise ? [o] : Array.from({ length: cin }, (_, i) => i);
    for (let y = 0; y < H; y++) {
      for (let xx = 0; xx < W; xx++) {
        let s = bias[o];
        for (const [j, i] of inputs.entries()) {
          for (let ky = 0; ky < 3; ky++) {
            const iy = y + ky - 1;
            if (iy < 0 || iy >= H) continue;
            for (let kx = 0; kx < 3; kx++) {
              const ix = xx + kx - 1;
              if (ix < 0 || ix >= W) continue;
              s += x[(i * H + iy) * W + ix] * weight[((o * (depthwise ? 1 : cin) + j) * 3 + ky) * 3 + kx];
            }
          }
        }
        out[(o * H + y) * W + xx] = s;
      }
    }
  }
  return out;
}

function buildGraph(w) {
  const g = new Graph('forward');
  const a = g.addInput(tensorType(ScalarType.Float, [M, K]));
  const img = g.addInput(tensorType(ScalarType.Float, [1, C_IN, H, W]));
  const constant = (shape, data) => g.addConstant(tensorType(ScalarType.Float, shape), bytesOf(data));
  const gemm = g.addNode(
    'aten.addmm.default',
    [arg.value(constant([N], w.gemmBias)), arg.value(a), arg.value(constant([K, N], w.gemmWeight))],
    [tensorType(ScalarType.Float, [M, N])],
  );
  const conv = (input, weight, weightShape, bias, groups) =>
    g.addNode(
      'aten.convolution.default',
      [
        arg.value(input),
        arg.value(constant(weightShape, weight)),
        arg.value(constant([C], bias)),
        arg.ints([1, 1]),
        arg.ints([1, 1]),
        arg.ints([1, 1]),
        arg.bool(false),
        arg.ints([0, 0]),
        arg.int(groups),
      ],
      [tensorType(ScalarType.Float, [1, C, H, W])],
    );
  const c1 = conv(img, w.convWeight, [C, C_IN, 3, 3], w.convBias, 1);
  const c2 = conv(c1.outputs[0], w.dwWeight, [C, 1, 3, 3], w.dwBias, C);
  g.outputs = [gemm.outputs[0], c2.outputs[0]];
  return g;
}

/** Builds the programs, inputs and expected outputs: `{ manifest, files }` (paths relative to `generated/`). */
export async function generatePrograms() {
  const random = seededRandom(20251102);
  const w = {
    gemmWeight: randomF32(random, K * N, 1 / Math.sqrt(K)),
    gemmBias: randomF32(random, N, 0.1),
    convWeight: randomF32(random, C * C_IN * 9, 1 / Math.sqrt(C_IN * 9)),
    convBias: randomF32(random, C, 0.1),
    dwWeight: randomF32(random, C * 9, 1 / 3),
    dwBias: randomF32(random, C, 0.1),
  };
  const a = randomF32(random, M * K, 1);
  const img = randomF32(random, C_IN * H * W, 1);
  const gemmOut = addmmReference(w.gemmBias, a, w.gemmWeight);
  const c1 = conv3x3Reference(img, C_IN, w.convWeight, w.convBias, C, false);
  const c2 = new Float32Array(conv3x3Reference(c1, C, w.dwWeight, w.dwBias, C, true));

  const portable = await lower([buildGraph(w)], { backends: [] });
  const lowered = await lower([buildGraph(w)], { backends: [xnnpackLowering()] });
  const delegated = lowered.report[0]?.partitions.length ?? 0;
  if (delegated === 0) throw new Error('generate: xnnpackLowering() delegated nothing');

  const model = 'threads/gemm_conv';
  const files = new Map([
    [`${model}/portable.pte`, portable.bytes],
    [`${model}/xnnpack.pte`, lowered.bytes],
    [`${model}/in0.bin`, bytesOf(a)],
    [`${model}/in1.bin`, bytesOf(img)],
    [`${model}/out0.bin`, bytesOf(gemmOut)],
    [`${model}/out1.bin`, bytesOf(c2)],
  ]);
  const tensor = (shape, file) => ({ kind: 'tensor', dtype: 'float32', shape, file: `${model}/${file}` });
  const step = {
    method: 'forward',
    inputs: [tensor([M, K], 'in0.bin'), tensor([1, C_IN, H, W], 'in1.bin')],
    outputs: [tensor([M, N], 'out0.bin'), tensor([1, C, H, W], 'out1.bin')],
  };
  const cases = ['portable', 'xnnpack'].map((flavour) => ({
    id: `${model}/${flavour}`,
    model,
    flavour,
    file: `${model}/${flavour}.pte`,
    committed: true,
    size: files.get(`${model}/${flavour}.pte`).byteLength,
    // Reference: float64 loops (not ExecuTorch); float32 kernels sum in other orders.
    tolerance: { atol: 1e-4, rtol: 1e-4 },
    steps: [step],
  }));
  const manifest = { schema: 1, generated_by: 'tests/browser/generate.mjs', cases };
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return { manifest, files };
}
