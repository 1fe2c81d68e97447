/** Transposed convolution (fp32, TypeScript kernel): NHWC input, OHWI filter. */
import { ErrorCode } from '@kindling/core';
import { convTranspose2dF32 } from '../../kernels/convolution.js';
import { numelOf } from '../runtime-value.js';
import { attrsOf, f32, fail, requireFloat } from './common.js';
import { convGeometry, inferConv } from './conv-geometry.js';
import type { StepFactory } from './step.js';

export const convTransposeStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const w = io.input(1);
  const bias = io.optional(2);
  const out = io.out;
  const c = attrsOf(node, 'conv', 'convolution attributes').conv;
  requireFloat(node, x, w, out);
  if (bias) requireFloat(node, bias);
  const outC = c.groups * c.groupOutputChannels;
  const expectFilter = [outC, c.kernelHeight, c.kernelWidth, c.groupInputChannels];
  if (w.shape.join(',') !== expectFilter.join(','))
    fail(node, ErrorCode.DelegateInvalidCompatibility, `filter shape [${w.shape}] is not [${expectFilter}]`);
  if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
  if (bias && numelOf(bias.shape) !== outC)
    fail(node, ErrorCode.DelegateInvalidCompatibility, `bias has ${numelOf(bias.shape)} values, not ${outC}`);
  const geo = convGeometry(c);
  return {
    node,
    infer: () => inferConv(node, c, geo, x, out, true),
    run: () =>
      convTranspose2dF32(f32(x), f32(w), bias ? f32(bias) : null, f32(out), geo, node.outputMin, node.outputMax),
  };
};
