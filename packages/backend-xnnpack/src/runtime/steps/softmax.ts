/** Softmax over the last dim (fp32): the WebAssembly kernel `softmax_f32`, else the TypeScript one. */
import { softmaxF32 } from '../../kernels/softmax.js';
import { numelOf } from '../runtime-value.js';
import { f32, requireFloat, setShape } from './common.js';
import { inKernelMemory, type StepFactory } from './step.js';
import { pointerOf } from './wasm-call.js';

export const softmaxStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const out = io.out;
  requireFloat(node, x, out);
  const shape = () => {
    const c = x.shape.length === 0 ? 1 : (x.shape[x.shape.length - 1] as number);
    return { rows: c === 0 ? 0 : numelOf(x.shape) / c, c };
  };
  const heap = ctx.heap && inKernelMemory(x) && inKernelMemory(out) ? ctx.heap : null;
  const kx = heap?.kernels('softmax_f32');
  return {
    node,
    infer: () => setShape(out, x.shape.slice()),
    run() {
      const { rows, c } = shape();
      // Within a few fp32 ulps of the TypeScript kernel (see test/transformer-wasm-kernels.test.ts).
      if (heap && kx) kx.softmax_f32(rows, c, pointerOf(heap, x), pointerOf(heap, out));
      else softmaxF32(f32(x), f32(out), rows, c);
    },
  };
};
