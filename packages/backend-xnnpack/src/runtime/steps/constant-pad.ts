/** Static constant padding (fp32). */
import { ErrorCode } from '@kindling/core';
import { constantPadN } from '../../kernels/data-movement.js';
import { attrsOf, f32, fail, requireFloat, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const constantPadStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const out = io.out;
  const { prePaddings: pre, postPaddings: post, paddingValue } = attrsOf(node, 'pad', 'paddings');
  const index = new Int32Array(8);
  const strides: number[] = new Array(8).fill(0);
  requireFloat(node, x, out);
  return {
    node,
    infer() {
      if (pre.length < x.shape.length)
        fail(node, ErrorCode.InvalidArgument, `${pre.length} paddings for shape [${x.shape}]`);
      setShape(
        out,
        x.shape.map((d, i) => d + (pre[i] as number) + (post[i] as number)),
      );
    },
    run: () => constantPadN(f32(x), x.shape, pre, out.shape, paddingValue, f32(out), index, strides),
  };
};
