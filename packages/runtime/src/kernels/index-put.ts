import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
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
  if (!accumulate && putRows(op, target, indices, values)) return;
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

/**
 * The common case of writing whole rows, as a KV-cache update does (`cache[:, :, pos] = k`): one
 * 1-D integer index tensor on dimension `d`, every other index absent, `values` of exactly the
 * indexed shape, both tensors contiguous. Copies one block per (leading position, index) without
 * an offset table. Returns false, having done nothing, when the case does not apply.
 */
function putRows(op: string, target: Tensor, indices: readonly (Tensor | null)[], values: Tensor): boolean {
  let d = -1;
  for (let k = 0; k < indices.length; k++) {
    if (indices[k] === null) continue;
    if (d >= 0) return false;
    d = k;
  }
  const index = d >= 0 ? indices[d] : null;
  if (!index || index.rank !== 1 || (index.dtype !== ScalarType.Long && index.dtype !== ScalarType.Int)) return false;
  const rank = target.rank;
  if (d >= rank || values.rank !== rank || !isContiguous(target) || !isContiguous(values)) return false;
  const count = index.numel;
  for (let k = 0; k < rank; k++) {
    const want = k === d ? count : (target.sizes[k] as number);
    if (values.sizes[k] !== want) return false;
  }
  const size = target.sizes[d] as number;
  let inner = 1;
  for (let k = d + 1; k < rank; k++) inner *= target.sizes[k] as number;
  let outer = 1;
  for (let k = 0; k < d; k++) outer *= target.sizes[k] as number;
  const ids = index.data as BigInt64Array | Int32Array;
  const rows = new Array<number>(count);
  for (let j = 0; j < count; j++) {
    let v = Number(ids[j]);
    if (v < -size || v >= size) fail(op, `index ${v} is out of bounds for dimension ${d} with size ${size}`);
    if (v < 0) v += size;
    rows[j] = v;
  }
  const src = values.data as unknown as ElementArray;
  const dst = target.data as unknown as ElementArray;
  for (let p = 0; p < outer; p++) {
    for (let j = 0; j < count; j++) {
      const from = (p * count + j) * inner;
      const to = (p * size + (rows[j] as number)) * inner;
      if (inner >= 32) dst.set(src.subarray(from, from + inner), to);
      else for (let e = 0; e < inner; e++) dst[to + e] = src[from + e];
    }
  }
  return true;
}

interface ElementArray {
  [i: number]: unknown;
  subarray(a: number, b: number): ElementArray;
  set(a: ElementArray, o?: number): void;
}

function isContiguous(t: Tensor): boolean {
  for (let k = 0; k < t.rank; k++) if (t.dimOrder[k] !== k) return false;
  return true;
}

/** `aten::index_put.out(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False, *, Tensor(a!) out)`. */
export const indexPut = /* @__PURE__ */ defineKernel({
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
export const indexPutInPlace = /* @__PURE__ */ defineKernel({
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
