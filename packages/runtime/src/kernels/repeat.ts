import { defineKernel, type EValue } from '@kindling/core';
import { expectArgs, intListArg, tensorArg } from './util/args.js';
import { checkDtypes, REAL_AND_BOOL } from './util/dtype.js';
import { fail } from './util/errors.js';
import { newRawLike, writeRawLogical } from './util/layout.js';
import { identityOrder, offsetTable, resizeOut } from './util/shape.js';

const OP = 'aten::repeat.out';

/** `aten::repeat.out(Tensor self, SymInt[] repeats, *, Tensor(a!) out)`. */
export const repeat = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 3);
    const x = tensorArg(OP, args, 0);
    const repeats = intListArg(OP, args, 1);
    const out = tensorArg(OP, args, 2);
    checkDtypes(OP, REAL_AND_BOOL, x, out);
    if (x.dtype !== out.dtype) fail(OP, 'input and output dtypes must match');
    if (repeats.length < x.rank) fail(OP, `repeats [${repeats.join(', ')}] must have at least ${x.rank} values`);
    if (repeats.some((r) => r < 0)) fail(OP, 'repeats must be non-negative');
    // Out's logical order equals the row-major order of the view [r0, s0, r1, s1, ...] (stride 0 on repeats).
    const lead = repeats.length - x.rank;
    const sizes: number[] = [];
    const strides: number[] = [];
    const outSizes: number[] = [];
    for (let i = 0; i < repeats.length; i++) {
      const s = i < lead ? 1 : (x.sizes[i - lead] as number);
      sizes.push(repeats[i] as number, s);
      strides.push(0, i < lead ? 0 : (x.strides[i - lead] as number));
      outSizes.push((repeats[i] as number) * s);
    }
    resizeOut(OP, out, outSizes);
    const n = out.numel;
    if (n === 0) return;
    const offs = offsetTable(sizes, strides, identityOrder(sizes.length), 0);
    const src = x.data as unknown as ArrayLike<unknown>;
    const res = newRawLike(x, n);
    for (let i = 0; i < n; i++) res[i] = src[offs === null ? i : (offs[i] as number)];
    writeRawLogical(out, res as unknown as ArrayLike<unknown>);
  },
});
