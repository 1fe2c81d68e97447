/** Bilinear resize to the node's size (fp32, NHWC, TypeScript kernel). */
import { ErrorCode } from '@kindling/core';
import { resizeBilinear2dF32 } from '../../kernels/resize.js';
import { attrsOf, f32, fail, requireFloat, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const resizeBilinearStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const out = io.out;
  const { newHeight, newWidth } = attrsOf(node, 'resize', 'the output size');
  requireFloat(node, x, out);
  return {
    node,
    infer() {
      const s = x.shape;
      if (s.length !== 4) fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC`);
      if ((s[1] as number) === 0 || (s[2] as number) === 0)
        fail(node, ErrorCode.InvalidArgument, `input shape [${s}] has no pixels to interpolate`);
      setShape(out, [s[0] as number, newHeight, newWidth, s[3] as number]);
    },
    run() {
      const s = x.shape;
      resizeBilinear2dF32(
        f32(x),
        f32(out),
        s[0] as number,
        s[1] as number,
        s[2] as number,
        newHeight,
        newWidth,
        s[3] as number,
        node.flags,
      );
    },
  };
};
