import { defineKernel, type EValue, type KernelDescriptor, type Tensor } from '@kindling/core';
import { readNumbers } from './access.js';
import { boolArg, expectArgs, intArg, tensorArg } from './args.js';
import { castFn, checkDtypes, FLOAT_TYPES } from './dtype.js';
import { fail } from './errors.js';
import { writeOrdered } from './layout.js';
import { planAlongDim } from './reduce.js';
import { offsetTable, resizeOut } from './shape.js';

function runSoftmax(op: string, x: Tensor, dim: number, out: Tensor, log: boolean): void {
  checkDtypes(op, FLOAT_TYPES, x, out);
  if (x.dtype !== out.dtype) fail(op, 'input and output dtypes must match');
  resizeOut(op, out, x.sizes);
  const { order, lines, length } = planAlongDim(op, x, dim);
  const offs = offsetTable(x.sizes, x.strides, order);
  const xd = readNumbers(op, x);
  const res = new Float64Array(x.numel);
  const cast = castFn(x.dtype);
  for (let l = 0; l < lines; l++) {
    const base = l * length;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < length; j++) {
      const v = xd[offs === null ? base + j : (offs[base + j] as number)] as number;
      res[base + j] = v;
      if (v > max || Number.isNaN(v)) max = v;
    }
    if (max === Number.NEGATIVE_INFINITY) max = 0;
    let sum = 0;
    for (let j = 0; j < length; j++) {
      const e = Math.exp((res[base + j] as number) - max);
      if (!log) res[base + j] = e;
      sum += e;
    }
    if (log) {
      const ls = Math.log(sum);
      for (let j = 0; j < length; j++) res[base + j] = cast((res[base + j] as number) - max - ls);
    } else {
      for (let j = 0; j < length; j++) res[base + j] = cast((res[base + j] as number) / sum);
    }
  }
  writeOrdered(op, out, order, res);
}

/** `_softmax.out` / `_log_softmax.out(Tensor self, int dim, bool half_to_float, *, Tensor(a!) out)`. */
export function softmaxKernel(op: string, log: boolean): KernelDescriptor {
  return defineKernel({
    op,
    dtypes: FLOAT_TYPES,
    run(_ctx, args: EValue[]) {
      expectArgs(op, args, 4);
      if (boolArg(op, args, 2)) fail(op, 'half_to_float is not supported');
      runSoftmax(op, tensorArg(op, args, 0), intArg(op, args, 1), tensorArg(op, args, 3), log);
    },
  });
}
