/** Static transpose (any datatype; 4-byte-or-smaller elements of the kernels' memory in WebAssembly). */
import { ErrorCode } from '@kindling/core';
import { type BlockSwap, blockSwapOf, type Elements, transposeN } from '../../kernels/data-movement.js';
import { XnnDatatype } from '../../serialization/xnn-graph.js';
import { storageElementSize } from '../runtime-value.js';
import { attrsOf, fail, setShape } from './common.js';
import { inKernelMemory, type StepFactory } from './step.js';
import { pointerOf } from './wasm-call.js';

export const transposeStep: StepFactory = (node, io, ctx) => {
  const x = io.input(0);
  const out = io.out;
  const perm = attrsOf(node, 'transpose', 'perm').perm;
  const index = new Int32Array(8);
  const strides: number[] = new Array(8).fill(0);
  const outShape: number[] = [];
  const elementBytes =
    x.datatype === XnnDatatype.QCInt4 || x.datatype === XnnDatatype.QBInt4 ? 0 : storageElementSize(x.datatype);
  const heap = ctx.heap && inKernelMemory(x) && elementBytes > 0 ? ctx.heap : null;
  const kx = heap?.kernels('transpose4');
  let swap: BlockSwap | null = null;
  return {
    node,
    infer() {
      if (perm.length !== x.shape.length)
        fail(node, ErrorCode.InvalidArgument, `perm of ${perm.length} dims for shape [${x.shape}]`);
      setShape(
        out,
        perm.map((p) => x.shape[p] as number),
      );
      outShape.length = 0;
      outShape.push(...out.shape);
      swap = heap ? blockSwapOf(x.shape, perm) : null;
    },
    run() {
      if (swap && heap && kx) {
        const xp = pointerOf(heap, x);
        const op = pointerOf(heap, out);
        // The kernel does not work in place.
        if (xp !== op) return kx.transpose4(swap.outer, swap.rows, swap.cols, swap.inner * elementBytes, xp, op);
      }
      transposeN(x.data as Elements, x.shape, perm, outShape, out.data as Elements, index, strides);
    },
  };
};
