import { defineKernel, type EValue, EValues, ScalarType, Tag, Tensor } from '@kindling/core';
import { readOne } from '../util/access.js';
import { expectArgs, intArg, intListArg, tensorArg } from '../util/args.js';
import { isFloat } from '../util/dtype.js';
import { fail } from '../util/errors.js';
import { normalizeDim, resizeOut } from '../util/shape.js';
import { inferSize } from '../util/view.js';

/** `aten::sym_size.int(Tensor self, int dim) -> SymInt`. */
export const symSize = /* @__PURE__ */ defineKernel({
  op: 'aten::sym_size.int',
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    const op = 'aten::sym_size.int';
    expectArgs(op, args, 2);
    const x = tensorArg(op, args, 0);
    const d = normalizeDim(op, intArg(op, args, 1), x.rank);
    if (x.rank === 0) fail(op, 'a 0-dim tensor has no sizes');
    args[2] = EValues.int(x.sizes[d] as number);
  },
});

/** `aten::sym_numel(Tensor self) -> SymInt`. */
export const symNumel = /* @__PURE__ */ defineKernel({
  op: 'aten::sym_numel',
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    const op = 'aten::sym_numel';
    expectArgs(op, args, 1);
    args[1] = EValues.int(tensorArg(op, args, 0).numel);
  },
});

/** `aten::_local_scalar_dense(Tensor self) -> Scalar`: the single element as an int, float or bool. */
export const localScalarDense = /* @__PURE__ */ defineKernel({
  op: 'aten::_local_scalar_dense',
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    const op = 'aten::_local_scalar_dense';
    expectArgs(op, args, 1);
    const x = tensorArg(op, args, 0);
    if (x.numel !== 1) fail(op, `expected a tensor with one element, got ${x.numel}`);
    if (x.dtype === ScalarType.Bool) args[1] = EValues.bool(readOne(x, 0) !== 0);
    else if (isFloat(x.dtype)) args[1] = EValues.double(readOne(x, 0));
    else args[1] = EValues.int(readOne(x, 0));
  },
});

/**
 * `executorch_prim::et_view.default(Tensor self, int[] size) -> Tensor`: an aliasing view; the
 * output slot is replaced by a tensor over `self`'s storage.
 */
export const etView = /* @__PURE__ */ defineKernel({
  op: 'executorch_prim::et_view.default',
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    const op = 'executorch_prim::et_view.default';
    expectArgs(op, args, 2);
    const x = tensorArg(op, args, 0);
    const order = x.dimOrder;
    for (let d = 0; d < order.length; d++) if (order[d] !== d) fail(op, 'only contiguous tensors can be viewed');
    const size = intListArg(op, args, 1);
    // The view of the previous call is kept when it still aliases the same bytes with these sizes
    // (the steady state of a method run again and again): no new tensor per call.
    const prev = args[2];
    if (prev?.tag === Tag.Tensor && aliases(prev.value, x, size)) return;
    const sizes = inferSize(op, size, x.numel);
    args[2] = EValues.tensor(new Tensor({ dtype: x.dtype, sizes, bytes: x.bytes }));
  },
});

/**
 * Whether `view` is a contiguous view of exactly `x`'s bytes with `x`'s dtype and the requested
 * `size` (one -1 standing for the size that makes the element counts agree).
 */
function aliases(view: Tensor, x: Tensor, size: readonly number[]): boolean {
  const a = view.bytes;
  const b = x.bytes;
  if (view.dtype !== x.dtype || a.buffer !== b.buffer || a.byteOffset !== b.byteOffset) return false;
  if (a.byteLength !== b.byteLength || view.rank !== size.length) return false;
  let inferred = 0;
  for (let i = 0; i < size.length; i++) {
    const want = size[i] as number;
    if (want === -1) inferred++;
    else if (view.sizes[i] !== want) return false;
    if (view.dimOrder[i] !== i) return false;
  }
  return inferred <= 1 && view.numel === x.numel;
}

/**
 * `executorch_prim::et_copy_index.tensor(Tensor copy_to, Tensor copy_from, int index)`: writes
 * copy_from into copy_to[index], growing copy_to's first dimension to index + 1 when needed.
 */
export const etCopyIndex = /* @__PURE__ */ defineKernel({
  op: 'executorch_prim::et_copy_index.tensor',
  dtypes: 'any',
  run(_ctx, args: EValue[]) {
    const op = 'executorch_prim::et_copy_index.tensor';
    expectArgs(op, args, 3);
    const to = tensorArg(op, args, 0);
    const from = tensorArg(op, args, 1);
    const index = intArg(op, args, 2);
    if (to.dtype !== from.dtype) fail(op, 'copy_to and copy_from dtypes must match');
    if (to.rank !== from.rank + 1) fail(op, `copy_to must have rank ${from.rank + 1}, got ${to.rank}`);
    if (index < 0) fail(op, `index ${index} must be non-negative`);
    for (let k = 0; k < from.rank; k++) {
      if (to.sizes[k + 1] !== from.sizes[k])
        fail(op, `copy_to sizes [${to.sizes.join(', ')}] do not match copy_from [${from.sizes.join(', ')}]`);
    }
    if ((to.sizes[0] as number) < index + 1) resizeOut(op, to, [index + 1, ...from.sizes]);
    const n = from.nbytes;
    to.bytes.set(from.bytes.subarray(0, n), index * n);
    if (args[3] && args[3].tag !== Tag.Tensor) args[3] = EValues.tensor(to);
  },
});
