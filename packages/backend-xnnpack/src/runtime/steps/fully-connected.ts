/** Fully connected (fp32; qint8 static or dynamically quantized with int8/int4 filters). */
import { ErrorCode } from '@kindling/core';
import { fullyConnectedF32 } from '../../kernels/fully-connected.js';
import { gemmPackedLength, packGemmWeights } from '../../kernels/packing.js';
import { qFullyConnected, qFullyConnectedBlockwise } from '../../kernels/quantized-gemm.js';
import { XnnDatatype } from '../../serialization/xnn-graph.js';
import { numelOf } from '../runtime-value.js';
import { f32, fail, isFloat, setShape } from './common.js';
import { wasmQd8FullyConnectedStep } from './qd8-gemm.js';
import { wasmQs8FullyConnectedStep } from './qs8-gemm.js';
import { quantizedGemm } from './quantized-gemm.js';
import { inKernelMemory, type StepFactory } from './step.js';
import { packInto, pointerOf, runParallel } from './wasm-call.js';

export const fullyConnectedStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const w = io.input(1);
  const bias = io.optional(2);
  const out = io.out;
  if (w.shape.length !== 2) fail(node, ErrorCode.InvalidArgument, `filter shape [${w.shape}] is not 2-D`);
  const transposed = (node.flags & 1) !== 0; // XNN_FLAG_TRANSPOSE_WEIGHTS: filter is [k, n]
  const n = (transposed ? w.shape[1] : w.shape[0]) as number;
  const k = (transposed ? w.shape[0] : w.shape[1]) as number;
  const { outputMin: min, outputMax: max } = node;
  const infer = () => {
    const s = x.shape;
    if (s.length === 0 || s[s.length - 1] !== k)
      fail(node, ErrorCode.InvalidArgument, `input [${s}] does not end in ${k}`);
    const shape = s.slice();
    shape[s.length - 1] = n;
    setShape(out, shape);
  };
  const rowsOf = () => (k === 0 ? 0 : numelOf(x.shape) / k);
  // The WebAssembly kernels where the input lives in their memory (not a constant).
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  if (isFloat(x) && isFloat(w) && isFloat(out)) {
    if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
    const b = bias ? f32(bias) : null;
    if (heap) {
      const kx = heap.kernels('gemm', 'gemm_part');
      const packed = packInto(heap, gemmPackedLength(n, k), (o) =>
        packGemmWeights(f32(w), 0, n, k, transposed, b, o, 0),
      );
      return {
        node,
        infer,
        run() {
          const rows = rowsOf();
          const xp = pointerOf(heap, x);
          const op = pointerOf(heap, out);
          if (!runParallel(ctx, kx, 'gemm_part', [rows, n, k, xp, k, packed, op, n, min, max], rows * n * k))
            kx.gemm(rows, n, k, xp, k, packed, op, n, min, max);
        },
      };
    }
    const weights = transposed ? transposeWeights(f32(w), n, k) : f32(w);
    return { node, infer, run: () => fullyConnectedF32(f32(x), weights, b, f32(out), rowsOf(), k, n, min, max) };
  }
  if (transposed && (w.datatype === XnnDatatype.QCInt4 || w.datatype === XnnDatatype.QBInt4))
    fail(node, ErrorCode.NotImplemented, `a transposed ${XnnDatatype[w.datatype]} filter is not implemented yet`);
  const q = quantizedGemm(node, x, w, bias, out, n, k, true);
  const reference =
    q.blockSize > 0 ? () => qFullyConnectedBlockwise(q, x, out, rowsOf()) : () => qFullyConnected(q, x, out, rowsOf());
  const wasm =
    heap &&
    (q.dynamic
      ? wasmQd8FullyConnectedStep(node, q, x, out, heap, ctx, infer, reference)
      : wasmQs8FullyConnectedStep(node, q, x, out, heap, ctx, infer));
  return wasm || { node, infer, run: reference };
};

/** A [k, n] filter as [n, k]. */
function transposeWeights(w: Float32Array, n: number, k: number): Float32Array {
  const weights = new Float32Array(n * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) weights[j * k + i] = w[i * n + j] as number;
  return weights;
}
