import { defineKernel, type EValue } from '@kindling/core';
import { readNumbers } from './util/access.js';
import { expectArgs, intArg, optDtypeArg, tensorArg } from './util/args.js';
import { castFn, checkDtypes, REAL_AND_BOOL, REAL_TYPES } from './util/dtype.js';
import { fail } from './util/errors.js';
import { writeOrdered } from './util/layout.js';
import { planAlongDim } from './util/reduce.js';
import { offsetTable, resizeOut } from './util/shape.js';

const OP = 'aten::cumsum.out';

/** `aten::cumsum.out(Tensor self, int dim, *, ScalarType? dtype=None, Tensor(a!) out)`. */
export const cumsum = defineKernel({
  op: OP,
  dtypes: REAL_AND_BOOL,
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const x = tensorArg(OP, args, 0);
    const dtype = optDtypeArg(OP, args, 2);
    const out = tensorArg(OP, args, 3);
    checkDtypes(OP, REAL_AND_BOOL, x);
    checkDtypes(OP, REAL_TYPES, out);
    if (dtype !== null && dtype !== out.dtype) fail(OP, 'dtype must match the output dtype');
    resizeOut(OP, out, x.sizes);
    const { order, lines, length } = planAlongDim(OP, x, intArg(OP, args, 1));
    const offs = offsetTable(x.sizes, x.strides, order);
    const xd = readNumbers(OP, x);
    const cast = castFn(out.dtype);
    const res = new Float64Array(x.numel);
    for (let l = 0; l < lines; l++) {
      let acc = 0;
      for (let j = 0; j < length; j++) {
        const i = l * length + j;
        acc = cast(acc + (xd[offs === null ? i : (offs[i] as number)] as number));
        res[i] = acc;
      }
    }
    writeOrdered(OP, out, order, res);
  },
});
