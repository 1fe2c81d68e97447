/** Static reshape (any datatype): a copy unless the output shares the input's memory. */
import { ErrorCode } from '@kindling/core';
import type { Elements } from '../../kernels/data-movement.js';
import { numelOf } from '../runtime-value.js';
import { attrsOf, fail, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const reshapeStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const out = io.out;
  const newShape = attrsOf(node, 'reshape', 'new shape').newShape;
  return {
    node,
    infer() {
      const total = numelOf(x.shape);
      const shape = newShape.slice();
      const unknown = shape.indexOf(0);
      if (unknown >= 0 && shape.indexOf(0, unknown + 1) < 0) {
        const known = numelOf(shape.filter((_, i) => i !== unknown));
        shape[unknown] = known === 0 ? 0 : total / known;
      }
      if (numelOf(shape) !== total)
        fail(node, ErrorCode.InvalidArgument, `cannot reshape [${x.shape}] to [${newShape}]`);
      setShape(out, shape);
    },
    run: () => {
      if (out.data !== x.data) (out.data as Elements).set((x.data as Elements).subarray(0, numelOf(x.shape)));
    },
  };
};
