import { defineKernel, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { expectArgs, optTensorListArg, tensorArg } from './util/args.js';
import { rowMajor } from './util/broadcast.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { planIndex } from './util/indexing.js';
import { newRawLike, writeRawLogical } from './util/layout.js';
import { resizeOut } from './util/shape.js';

const OP = 'aten::index.Tensor_out';

/** `aten::index.Tensor_out(Tensor self, Tensor?[] indices, *, Tensor(a!) out)`: advanced indexing. */
export const indexTensor = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const indices = optTensorListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (indices.length === 1 && gatherRows(x, indices[0] ?? null, out)) return;
    const plan = planIndex(OP, x.sizes, x.strides, indices);
    resizeOut(OP, out, plan.shape);
    const src = x.data as unknown as ArrayLike<unknown>;
    const res = newRawLike(x, plan.offsets.length);
    for (let i = 0; i < plan.offsets.length; i++) res[i] = src[plan.offsets[i] as number];
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});

/**
 * `x[index]` with one integer index tensor on the first dimension of a row-major `x` (an embedding-
 * like row gather): rows are copied whole, without an offset per element. Returns false, doing
 * nothing, when the operands are not laid out that way.
 */
function gatherRows(x: Tensor, index: Tensor | null, out: Tensor): boolean {
  if (index === null || x.rank === 0) return false;
  if (index.dtype !== ScalarType.Long && index.dtype !== ScalarType.Int) return false;
  if (!rowMajor(x.sizes, x.strides) || !rowMajor(index.sizes, index.strides)) return false;
  const shape: number[] = [...index.sizes];
  for (let d = 1; d < x.rank; d++) shape.push(x.sizes[d] as number);
  if (out.rank !== shape.length) return false;
  for (let d = 0; d < shape.length; d++) if (out.dimOrder[d] !== d) return false;
  const size = x.sizes[0] as number;
  const n = index.numel;
  const iv = index.data as ArrayLike<number | bigint>;
  for (let k = 0; k < n; k++) {
    const v = Number(iv[k]);
    if (v < -size || v >= size) fail(OP, `index ${v} is out of bounds for dimension 0 with size ${size}`);
  }
  resizeOut(OP, out, shape);
  const row = size === 0 ? 0 : x.numel / size;
  const src = x.data as unknown as { [i: number]: unknown; subarray(a: number, b: number): unknown };
  const dst = out.data as unknown as { [i: number]: unknown; set(a: unknown, o: number): void };
  for (let k = 0; k < n; k++) {
    const v = Number(iv[k]);
    const from = (v < 0 ? v + size : v) * row;
    const to = k * row;
    if (row >= 64) dst.set(src.subarray(from, from + row), to);
    else for (let j = 0; j < row; j++) dst[to + j] = src[from + j];
  }
  return true;
}
