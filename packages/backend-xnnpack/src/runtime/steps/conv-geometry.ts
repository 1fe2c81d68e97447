/** Geometry and shape inference shared by the convolution steps. */
import { ErrorCode } from '@kindling/core';
import { type ConvGeometry, convOutputSize, convTransposeOutputSize } from '../../kernels/convolution.js';
import type { XnnConvAttrs, XnnNode } from '../../serialization/xnn-graph.js';
import type { RuntimeValue } from '../runtime-value.js';
import { fail, setShape } from './common.js';

/** A {@link ConvGeometry} whose sizes shape inference updates. */
export type MutableConvGeometry = { -readonly [K in keyof ConvGeometry]: ConvGeometry[K] };

/** A convolution's geometry from its attributes; {@link inferConv} sets the spatial sizes. */
export function convGeometry(c: XnnConvAttrs): MutableConvGeometry {
  return {
    batch: 0,
    inHeight: 0,
    inWidth: 0,
    outHeight: 0,
    outWidth: 0,
    kernelHeight: c.kernelHeight,
    kernelWidth: c.kernelWidth,
    strideHeight: c.subsamplingHeight,
    strideWidth: c.subsamplingWidth,
    dilationHeight: c.dilationHeight,
    dilationWidth: c.dilationWidth,
    padTop: c.paddingTop,
    padLeft: c.paddingLeft,
    groups: c.groups,
    groupInputChannels: c.groupInputChannels,
    groupOutputChannels: c.groupOutputChannels,
  };
}

/**
 * Shape inference of a convolution (or, `transposed`, a deconvolution): checks that `x` is NHWC
 * with the node's input channels, sets `geo`'s sizes and `out`'s shape.
 */
export function inferConv(
  node: XnnNode,
  c: XnnConvAttrs,
  geo: MutableConvGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  transposed: boolean,
): void {
  const s = x.shape;
  const inC = c.groups * c.groupInputChannels;
  if (s.length !== 4 || s[3] !== inC) {
    fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC with ${inC} channels`);
  }
  geo.batch = s[0] as number;
  geo.inHeight = s[1] as number;
  geo.inWidth = s[2] as number;
  const size = (input: number, before: number, after: number, k: number, stride: number, dil: number, adj: number) =>
    transposed
      ? convTransposeOutputSize(input, before, after, k, stride, dil, adj)
      : convOutputSize(input, before, after, k, stride, dil);
  geo.outHeight = size(
    geo.inHeight,
    c.paddingTop,
    c.paddingBottom,
    c.kernelHeight,
    c.subsamplingHeight,
    c.dilationHeight,
    c.adjustmentHeight,
  );
  geo.outWidth = size(
    geo.inWidth,
    c.paddingLeft,
    c.paddingRight,
    c.kernelWidth,
    c.subsamplingWidth,
    c.dilationWidth,
    c.adjustmentWidth,
  );
  setShape(out, [geo.batch, geo.outHeight, geo.outWidth, c.groups * c.groupOutputChannels]);
}
