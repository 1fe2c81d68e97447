/** Datatype conversion (fp32/fp16, qint8, qdint8 and more; see `convertKernel`). */
import { ErrorCode } from '@kindling/core';
import { convertKernel, ensureRowParams, rowLength } from '../../kernels/convert.js';
import { XnnDatatype } from '../../serialization/xnn-graph.js';
import { numelOf } from '../runtime-value.js';
import { fail, setShape } from './common.js';
import { inKernelMemory, type StepFactory } from './step.js';
import { pointerOf } from './wasm-call.js';

export const convertStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const out = io.out;
  const kernel = convertKernel(x, out);
  if (!kernel) {
    return fail(
      node,
      ErrorCode.NotImplemented,
      `conversion ${XnnDatatype[x.datatype]} -> ${XnnDatatype[out.datatype]} is not implemented yet`,
    );
  }
  const infer = () => setShape(out, x.shape.slice());
  const reference = { node, infer, run: () => kernel(x, out) };
  const heap = ctx.heap && inKernelMemory(x) ? ctx.heap : null;
  const isF = x.datatype === XnnDatatype.Fp32 || x.datatype === XnnDatatype.Fp16;
  if (heap && isF && out.datatype === XnnDatatype.QDInt8 && inKernelMemory(out)) {
    // Dynamic quantization per row (identical to the TypeScript kernel): the kernel writes each
    // row's scale and zero point to scratch, copied to the value's row parameters.
    const rowsOf = () => {
      const cols = rowLength(out);
      return cols === 0 ? 0 : numelOf(x.shape) / cols;
    };
    const paramBytes = (rows: number) => Math.ceil((rows * 4) / 16) * 16;
    // Views of the scratch, made again only when it moves, the memory grows or the rows change.
    let scales: Float32Array<ArrayBufferLike> = new Float32Array(0);
    let zeros: Int32Array<ArrayBufferLike> = new Int32Array(0);
    const { qd8_quantize_rows } = heap.kernels('qd8_quantize_rows');
    return {
      node,
      infer,
      scratchBytes: () => 2 * paramBytes(rowsOf()),
      run() {
        const rows = rowsOf();
        const cols = rowLength(out);
        const sp = ctx.scratchPtr;
        const zp = sp + paramBytes(rows);
        qd8_quantize_rows(rows, cols, pointerOf(heap, x), pointerOf(heap, out), sp, zp);
        if (scales.buffer !== heap.buffer || scales.byteOffset !== sp || scales.length !== rows) {
          scales = new Float32Array(heap.buffer, sp, rows);
          zeros = new Int32Array(heap.buffer, zp, rows);
        }
        ensureRowParams(out, rows);
        out.rowScales!.set(scales);
        out.rowZeroPoints!.set(zeros);
      },
    };
  }
  // fp32 <-> per-tensor qint8 (either way) over the WebAssembly kernels.
  const toQs8 = x.datatype === XnnDatatype.Fp32 && out.datatype === XnnDatatype.QInt8;
  const fromQs8 = x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.Fp32;
  const q = toQs8 ? out.quant : x.quant;
  if (!heap || !(toQs8 || fromQs8) || q?.kind !== 'per-tensor') return reference;
  // The kernel multiplies in fp32, as the reference's double product rounded to fp32 does only
  // when the scale is an fp32 value (as serialized).
  if (fromQs8 && Math.fround(q.scale) !== q.scale) return reference;
  const inv = Math.fround(1 / q.scale);
  const zp = q.zeroPoint;
  if (toQs8) {
    const { qs8_quantize } = heap.kernels('qs8_quantize');
    return {
      node,
      infer,
      run: () => qs8_quantize(numelOf(x.shape), pointerOf(heap, x), inv, zp, -128, 127, pointerOf(heap, out)),
    };
  }
  const { qs8_dequantize } = heap.kernels('qs8_dequantize');
  return {
    node,
    infer,
    run: () => qs8_dequantize(numelOf(x.shape), pointerOf(heap, x), zp, q.scale, pointerOf(heap, out)),
  };
};
