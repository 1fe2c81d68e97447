/** Batched matrix multiplication (fp32). */
import { ErrorCode } from '@kindling/core';
import { broadcastShapes } from '../../kernels/elementwise-binary.js';
import { batchMatMulF32 } from '../../kernels/fully-connected.js';
import { gemmPackedLength } from '../../kernels/packing.js';
import { numelOf } from '../runtime-value.js';
import { f32, fail, requireFloat, setShape } from './common.js';
import { inKernelMemory, type StepFactory } from './step.js';
import { ArgList, callKernel, pointerOf, runParallel } from './wasm-call.js';

export const batchMatMulStep: StepFactory = (node, io, ctx) => {
  const a = io.input(0);
  const b = io.input(1);
  const out = io.out;
  requireFloat(node, a, b, out);
  const transposeB = (node.flags & 1) !== 0;
  // The WebAssembly GEMM (`bmm_part`) only where it multiplies and adds in one rounding (relaxed
  // SIMD), as XNNPACK does on x86 and Arm; the TypeScript kernel emulates that rounding in doubles,
  // the SIMD128 GEMM cannot (its products of activations feed softmax and dynamic quantization,
  // which magnify it), so the SIMD128 build runs `bmm_exact_part`, the TypeScript kernel's
  // arithmetic in double lanes (bit-identical to it).
  const inHeap = ctx.heap && inKernelMemory(a) && inKernelMemory(b) && inKernelMemory(out) ? ctx.heap : null;
  const fused = inHeap?.variant === 'relaxed-simd' ? inHeap : null;
  const exact = inHeap && !fused ? inHeap : null;
  const kernel = fused ? 'bmm_part' : 'bmm_exact_part';
  const kx = inHeap?.kernels(kernel);
  const call = new ArgList(11);
  let scratch = new Float32Array(0);
  const dims = { batch: 0, m: 0, k: 0, n: 0, aStride: 0, bStride: 0 };
  return {
    node,
    infer() {
      const sa = a.shape;
      const sb = b.shape;
      if (sa.length < 2 || sb.length < 2)
        fail(node, ErrorCode.InvalidArgument, `shapes [${sa}] and [${sb}] are not matrices`);
      const m = sa[sa.length - 2] as number;
      const k = sa[sa.length - 1] as number;
      const kb = (transposeB ? sb[sb.length - 1] : sb[sb.length - 2]) as number;
      const n = (transposeB ? sb[sb.length - 2] : sb[sb.length - 1]) as number;
      if (k !== kb) fail(node, ErrorCode.InvalidArgument, `inner dims of [${sa}] and [${sb}] differ`);
      const batchA = sa.slice(0, -2);
      const batchB = sb.slice(0, -2);
      const batchShape = broadcastShapes(batchA, batchB);
      const ba = numelOf(batchA);
      const bb = numelOf(batchB);
      const batch = batchShape ? numelOf(batchShape) : -1;
      if (!batchShape || (ba !== batch && ba !== 1) || (bb !== batch && bb !== 1)) {
        fail(node, ErrorCode.NotImplemented, `batch dims of [${sa}] and [${sb}] broadcast in a way not supported yet`);
      }
      Object.assign(dims, { batch, m, k, n, aStride: ba === 1 ? 0 : m * k, bStride: bb === 1 ? 0 : k * n });
      setShape(out, [...batchShape, m, n]);
      if (scratch.length < k * n) scratch = new Float32Array(k * n);
    },
    scratchBytes: () =>
      fused ? gemmPackedLength(dims.n, dims.k) * 4 : exact && transposeB ? dims.k * dims.n * 4 + 16 : 0,
    run() {
      const heap = fused ?? exact;
      if (heap && kx) {
        const d = dims;
        call
          .reset()
          .add(d.batch)
          .add(d.m)
          .add(d.k)
          .add(d.n)
          .add(pointerOf(heap, a))
          .add(d.aStride)
          .add(pointerOf(heap, b))
          .add(d.bStride);
        call
          .add(transposeB ? 1 : 0)
          .add(pointerOf(heap, out))
          .add(ctx.scratchPtr);
        if (runParallel(ctx, kx, kernel, call.values, d.batch * d.m * d.k * d.n, 10)) return;
        return callKernel(kx[kernel], call.whole());
      }
      batchMatMulF32(
        f32(a),
        f32(b),
        f32(out),
        dims.batch,
        dims.m,
        dims.k,
        dims.n,
        dims.aStride,
        dims.bStride,
        transposeB,
        scratch,
      );
    },
  };
};
