/** Softmax over the last dim (fp32, TypeScript kernel). */
import { softmaxF32 } from '../../kernels/softmax.js';
import { numelOf } from '../runtime-value.js';
import { f32, requireFloat, setShape } from './common.js';
import type { StepFactory } from './step.js';

export const softmaxStep: StepFactory = (node, io) => {
  const x = io.input(0);
  const out = io.out;
  requireFloat(node, x, out);
  return {
    node,
    infer: () => setShape(out, x.shape.slice()),
    run() {
      const c = x.shape.length === 0 ? 1 : (x.shape[x.shape.length - 1] as number);
      softmaxF32(f32(x), f32(out), c === 0 ? 0 : numelOf(x.shape) / c, c);
    },
  };
};
