import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { boolArg, expectArgs, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { scatterInto } from './util/scatter.js';
import { broadcastShapes, broadcastStrides, resizeOut, sameShape } from './util/shape.js';

function copyBroadcast(op: string, self: Tensor, src: Tensor, out: Tensor): void {
  checkDtypes(op, REAL_AND_BOOL, self, src, out);
  if (!sameShape(broadcastShapes(op, self.sizes, src.sizes), self.sizes)) {
    fail(op, `src of sizes [${src.sizes.join(', ')}] does not broadcast to [${self.sizes.join(', ')}]`);
  }
  resizeOut(op, out, self.sizes);
  scatterInto(op, src, self.sizes, broadcastStrides(src, self.sizes), 0, out, out.strides, 0);
}

/** `aten::copy.out(Tensor self, Tensor src, bool non_blocking=False, *, Tensor(a!) out)`: src broadcast to self's shape. */
export const copy = /* @__PURE__ */ defineKernel({
  op: 'aten::copy.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::copy.out';
    expectArgs(op, args, 4);
    boolArg(op, args, 2);
    copyBroadcast(op, tensorArg(op, args, 0), tensorArg(op, args, 1), tensorArg(op, args, 3));
  },
});

/** `aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)`: in place into self. */
export const copyInPlace = /* @__PURE__ */ defineKernel({
  op: 'aten::copy_',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::copy_';
    expectArgs(op, args, 3);
    boolArg(op, args, 2);
    const self = tensorArg(op, args, 0);
    copyBroadcast(op, self, tensorArg(op, args, 1), self);
  },
});
