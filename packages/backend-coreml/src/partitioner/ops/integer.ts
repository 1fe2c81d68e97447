/**
 * The lowered operators written for int and bool tensors (comparisons, logic, indexing, scatters,
 * index reductions, dtype copies) and those of them whose every result is written. The shared support
 * rules refuse int and bool tensors to any other operator (see `integerProblem` in `support.ts`).
 */
import { ARG_REDUCE_OPS, SEVERAL_RESULTS } from './arg-reduce.js';
import { COMPARE_OPS } from './compare.js';
import { INDEXING_OPS } from './indexing.js';
import { SCATTER_OPS } from './scatter.js';
import { SPLIT_OPS, SPLIT_RESULTS } from './split.js';

export { indexArguments } from './indexing.js';

import type { LoweredOps } from './lowered-op.js';
import { TO_DTYPE_OPS } from './to-dtype.js';

export const INTEGER_OPS: LoweredOps = Object.freeze({
  ...COMPARE_OPS,
  ...INDEXING_OPS,
  ...SCATTER_OPS,
  ...SPLIT_OPS,
  ...ARG_REDUCE_OPS,
  ...TO_DTYPE_OPS,
});

/** Graph operators that take and give int and bool tensors. */
export const INTEGER_OPERATORS: ReadonlySet<string> = new Set(Object.keys(INTEGER_OPS));

/** Graph operators with several results, all written. */
export const ALL_RESULTS: ReadonlySet<string> = new Set([...SEVERAL_RESULTS, ...SPLIT_RESULTS]);
