/** Static slice (any datatype). */
import { ErrorCode } from '@kindling/core';
import { type Elements, sliceN } from '../../kernels/data-movement.js';
import { attrsOf, fail, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const sliceStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const out = io.out;
  const { offsets, sizes } = attrsOf(node, 'slice', 'slice attributes');
  const index = new Int32Array(8);
  const strides: number[] = new Array(8).fill(0);
  return {
    node,
    infer() {
      if (offsets.length !== x.shape.length)
        fail(node, ErrorCode.InvalidArgument, `slice of ${offsets.length} dims for shape [${x.shape}]`);
      const shape = sizes.map((s, i) => (s === 0 ? (x.shape[i] as number) - (offsets[i] as number) : s));
      shape.forEach((s, i) => {
        if (s < 0 || (offsets[i] as number) + s > (x.shape[i] as number)) {
          fail(node, ErrorCode.InvalidArgument, `slice [${offsets}] + [${sizes}] exceeds shape [${x.shape}]`);
        }
      });
      setShape(out, shape);
    },
    run: () => sliceN(x.data as Elements, x.shape, offsets, out.shape, out.data as Elements, index, strides),
  };
};
