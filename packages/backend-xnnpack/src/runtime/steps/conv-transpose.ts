/**
 * Transposed convolution, NHWC input, OHWI filter (`[outC, kh, kw, gi]`): fp32; statically
 * quantized qint8 and dynamically quantized (qdint8 input, fp32 output), with a per-channel (qcint8)
 * or per-tensor (qint8) filter (TypeScript kernels).
 */
import { ErrorCode } from '@kindling/core';
import { rowLength } from '../../kernels/convert.js';
import { convTranspose2dF32 } from '../../kernels/convolution.js';
import { qConvTranspose2d } from '../../kernels/quantized-gemm.js';
import { XnnDatatype } from '../../serialization/xnn-graph.js';
import { numelOf } from '../runtime-value.js';
import { attrsOf, f32, fail, isFloat, isQs8, requireFloat } from './common.js';
import { convGeometry, inferConv } from './conv-geometry.js';
import { quantizedGemm } from './quantized-gemm.js';
import type { StepFactory } from './step.js';

export const convTransposeStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const w = io.input(1);
  const bias = io.optional(2);
  const out = io.out;
  const c = attrsOf(node, 'conv', 'convolution attributes').conv;
  const outC = c.groups * c.groupOutputChannels;
  const expectFilter = [outC, c.kernelHeight, c.kernelWidth, c.groupInputChannels];
  if (w.shape.join(',') !== expectFilter.join(','))
    fail(node, ErrorCode.DelegateInvalidCompatibility, `filter shape [${w.shape}] is not [${expectFilter}]`);
  if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
  if (bias && numelOf(bias.shape) !== outC)
    fail(node, ErrorCode.DelegateInvalidCompatibility, `bias has ${numelOf(bias.shape)} values, not ${outC}`);
  const geo = convGeometry(c);
  const infer = () => inferConv(node, c, geo, x, out, true);
  const dynamic = x.datatype === XnnDatatype.QDInt8 && isFloat(out);
  if ((isQs8(x) && isQs8(out)) || dynamic) {
    // Static: an int32 (or fp32) bias; dynamic: fp32 only (the output is fp32).
    const intBias = bias && (bias.datatype === XnnDatatype.QCInt32 || bias.datatype === XnnDatatype.QInt32);
    if (bias && !isFloat(bias) && (dynamic || !intBias))
      fail(node, ErrorCode.DelegateInvalidCompatibility, `bias ${bias.id} is ${XnnDatatype[bias.datatype]}`);
    // Validates the filter's datatype and scales (one per output channel) and packs it as [outC, k].
    const q = quantizedGemm(node, x, w, bias, out, outC, c.kernelHeight * c.kernelWidth * c.groupInputChannels);
    const inferQuantized = dynamic
      ? () => {
          infer();
          // One row of quantization parameters per image (or per several whole images).
          const image = geo.inHeight * geo.inWidth * c.groups * c.groupInputChannels;
          const row = rowLength(x);
          if (image > 0 && (row < image || row % image !== 0))
            fail(node, ErrorCode.NotImplemented, `dynamic quantization rows of ${row} elements split its images`);
        }
      : infer;
    return { node, infer: inferQuantized, run: () => qConvTranspose2d(q, x, out, geo) };
  }
  requireFloat(node, x, w, out);
  if (bias) requireFloat(node, bias);
  return {
    node,
    infer,
    run: () =>
      convTranspose2dF32(f32(x), f32(w), bias ? f32(bias) : null, f32(out), geo, node.outputMin, node.outputMax),
  };
};
