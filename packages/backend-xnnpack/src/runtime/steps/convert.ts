/** Datatype conversion (fp32/fp16, qint8, qdint8 and more; see `convertKernel`). */
import { ErrorCode } from '@kindling/core';
import { convertKernel } from '../../kernels/convert.js';
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
  return {
    node,
    infer,
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (toQs8) heap.exports.qs8_quantize(numelOf(x.shape), xp, inv, zp, -128, 127, op);
      else heap.exports.qs8_dequantize(numelOf(x.shape), xp, zp, q.scale, op);
    },
  };
};
