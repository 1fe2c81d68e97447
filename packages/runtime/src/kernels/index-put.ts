import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { readOne, writeOne } from './util/access.js';
import { boolArg, expectArgs, optTensorListArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { planIndex } from './util/indexing.js';
import { broadcastShapes, broadcastStrides, identityOrder, offsetTable, sameShape } from './util/shape.js';
import { copyView, viewOf } from './util/view.js';

function applyIndexPut(
  op: string,
  target: Tensor,
  indices: readonly (Tensor | null)[],
  values: Tensor,
  accumulate: boolean,
): void {
  checkDtypes(op, REAL_AND_BOOL, target, values);
  if (values.dtype !== target.dtype) fail(op, 'values must have the same dtype as self');
  const plan = planIndex(op, target.sizes, target.strides, indices);
  if (!sameShape(broadcastShapes(op, plan.shape, values.sizes), plan.shape)) {
    fail(
      op,
      `values of sizes [${values.sizes.join(', ')}] do not broadcast to the indexed shape [${plan.shape.join(', ')}]`,
    );
  }
  const vo = offsetTable(plan.shape, broadcastStrides(values, plan.shape), identityOrder(plan.shape.length));
  const n = plan.offsets.length;
  if (!accumulate) {
    const src = values.data as unknown as ArrayLike<unknown>;
    const dst = target.data as unknown as { [i: number]: unknown };
    for (let i = 0; i < n; i++) dst[plan.offsets[i] as number] = src[vo === null ? i : (vo[i] as number)];
    return;
  }
  const cast = castFn(target.dtype);
  for (let i = 0; i < n; i++) {
    const o = plan.offsets[i] as number;
    writeOne(target, o, cast(readOne(target, o) + readOne(values, vo === null ? i : (vo[i] as number))));
  }
}

/** `aten::index_put.out(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False, *, Tensor(a!) out)`. */
export const indexPut = defineKernel({
  op: 'aten::index_put.out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::index_put.out';
    expectArgs(op, args, 5);
    const self = tensorArg(op, args, 0);
    const out = tensorArg(op, args, 4);
    copyView(op, self, viewOf(self), out);
    applyIndexPut(op, out, optTensorListArg(op, args, 1), tensorArg(op, args, 2), boolArg(op, args, 3));
  },
});

/** `aten::index_put_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor(a!)`. */
export const indexPutInPlace = defineKernel({
  op: 'aten::index_put_',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::index_put_';
    expectArgs(op, args, 4);
    applyIndexPut(
      op,
      tensorArg(op, args, 0),
      optTensorListArg(op, args, 1),
      tensorArg(op, args, 2),
      boolArg(op, args, 3),
    );
  },
});
