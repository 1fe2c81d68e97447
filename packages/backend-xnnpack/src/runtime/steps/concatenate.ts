/** Concatenation of 2 to 5 inputs on one axis (any datatype). */
import { ErrorCode } from '@kindling/core';
import { concatenateN, type Elements } from '../../kernels/data-movement.js';
import type { RuntimeValue } from '../runtime-value.js';
import { attrsOf, fail, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const concatenateStep: StepFactory = (node, io) => {
  const xs = node.inputs.map((_, i) => io.input(i));
  const out = io.out;
  const axis = attrsOf(node, 'cat', 'axis').axis;
  const arrays: Elements[] = new Array(xs.length);
  const axisSizes: number[] = new Array(xs.length).fill(0);
  return {
    node,
    infer() {
      const first = xs[0] as RuntimeValue;
      const rank = first.shape.length;
      if (axis >= rank) fail(node, ErrorCode.InvalidArgument, `axis ${axis} for rank ${rank}`);
      const shape = first.shape.slice();
      shape[axis] = 0;
      for (const v of xs) {
        if (v.shape.length !== rank || v.shape.some((d, i) => i !== axis && d !== first.shape[i])) {
          fail(node, ErrorCode.InvalidArgument, `cannot concatenate [${first.shape}] and [${v.shape}] on axis ${axis}`);
        }
        shape[axis] = (shape[axis] as number) + (v.shape[axis] as number);
      }
      setShape(out, shape);
    },
    run() {
      const shape = out.shape;
      let outer = 1;
      for (let i = 0; i < axis; i++) outer *= shape[i] as number;
      let inner = 1;
      for (let i = axis + 1; i < shape.length; i++) inner *= shape[i] as number;
      for (let i = 0; i < xs.length; i++) {
        const v = xs[i] as RuntimeValue;
        arrays[i] = v.data as Elements;
        axisSizes[i] = v.shape[axis] as number;
      }
      concatenateN(arrays, axisSizes, outer, inner, out.data as Elements);
    },
  };
};
