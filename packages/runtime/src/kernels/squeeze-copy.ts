import { defineKernel, type EValue, type Tensor } from '@kindling/core';
import { expectArgs, intArg, intListArg, tensorArg } from './util/args.js';
import { REAL_AND_BOOL } from './util/dtype.js';
import { normalizeDim } from './util/shape.js';
import { copyView } from './util/view.js';

/** True when `dims` names dimension `d` of a rank-`rank` tensor (dims are checked by the caller). */
function names(dims: readonly number[], d: number, rank: number): boolean {
  for (const e of dims) if (e === d || e + rank === d) return true;
  return false;
}

function squeeze(op: string, x: Tensor, dims: readonly number[], out: Tensor): void {
  const rank = x.rank;
  for (const d of dims) normalizeDim(op, d, rank);
  const sizes: number[] = [];
  const strides: number[] = [];
  for (let d = 0; d < rank; d++) {
    if (x.sizes[d] === 1 && names(dims, d, rank)) continue;
    sizes.push(x.sizes[d] as number);
    strides.push(x.strides[d] as number);
  }
  copyView(op, x, { sizes, strides, base: 0 }, out);
}

/** The one dim of `squeeze_copy.dim_out`, in a reused list. */
const dimScratch = [0];

/** `aten::squeeze_copy.dim_out(Tensor self, int dim, *, Tensor(a!) out)`. */
export const squeezeCopyDim = /* @__PURE__ */ defineKernel({
  op: 'aten::squeeze_copy.dim_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::squeeze_copy.dim_out';
    expectArgs(op, args, 3);
    dimScratch[0] = intArg(op, args, 1);
    squeeze(op, tensorArg(op, args, 0), dimScratch, tensorArg(op, args, 2));
  },
});

/** `aten::squeeze_copy.dims_out(Tensor self, int[] dim, *, Tensor(a!) out)`. */
export const squeezeCopyDims = /* @__PURE__ */ defineKernel({
  op: 'aten::squeeze_copy.dims_out',
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    const op = 'aten::squeeze_copy.dims_out';
    expectArgs(op, args, 3);
    squeeze(op, tensorArg(op, args, 0), intListArg(op, args, 1), tensorArg(op, args, 2));
  },
});
