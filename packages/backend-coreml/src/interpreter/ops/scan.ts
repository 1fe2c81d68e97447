import type { MilOp } from '../op-args.js';
import { axisOf, floatTensor, isFloat, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';

/**
 * `cumsum(x, axis = 0, exclusive = false, reverse = false)`: running sums along `axis`, each
 * element including itself (or, `exclusive`, only those before it; `reverse`, counting from the
 * end). Float sums are kept in double precision and each result rounded to the output type, as
 * the other reductions are; int32 sums wrap.
 */
const cumsum: MilOp = (args) => {
  const x = args.tensor('x');
  const rank = x.shape.length;
  if (rank === 0) args.fail('x has no dimensions');
  const axis = axisOf(args.int('axis', 0), rank);
  const exclusive = args.bool('exclusive', false);
  const reverse = args.bool('reverse', false);
  const out = args.output();
  const float = isFloat(x.dtype);
  if (!float && x.dtype !== 'int32') args.fail(`x is ${x.dtype}, a float or int32 tensor was expected`);
  const src = numbers(x, 'x');
  const n = numel(x.shape);
  const sums = new Float64Array(n);
  const step = stridesOf(x.shape)[axis] as number;
  const count = x.shape[axis] as number;
  const outer = n / (step * count);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < step; i++) {
      const base = o * step * count + i;
      let acc = 0;
      for (let k = 0; k < count; k++) {
        const at = base + (reverse ? count - 1 - k : k) * step;
        const v = src[at] as number;
        if (exclusive) {
          sums[at] = acc;
          acc = float ? acc + v : (acc + v) | 0;
        } else {
          acc = float ? acc + v : (acc + v) | 0;
          sums[at] = acc;
        }
      }
    }
  if (float) return [floatTensor(out.dtype, x.shape, Float32Array.from(sums))];
  return [{ dtype: 'int32', shape: x.shape, data: Int32Array.from(sums) } satisfies MilTensor];
};

/** Scans along an axis, by MIL name. */
export const SCAN_OPS: Readonly<Record<string, MilOp>> = { cumsum };
