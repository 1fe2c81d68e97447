/** The lowered operators kept in their own modules, merged (one line per module). */
import { ADAPTIVE_POOL_OPS } from './adaptive-pool.js';
import { ARITH_OPS } from './arith.js';
import { CONVOLUTION_OPS } from './convolution.js';
import { INTEGER_OPS } from './integer.js';
import { LAYOUT_OPS } from './layout.js';
import type { LoweredOps } from './lowered-op.js';
import { MATH_OPS } from './math.js';
import { NORMALIZATION_OPS } from './normalization.js';
import { RESIZE_OPS } from './resize.js';

export type { LoweredOp, LoweredOps } from './lowered-op.js';

export const EXTRA_OPS: LoweredOps = Object.freeze({
  ...CONVOLUTION_OPS,
  ...RESIZE_OPS,
  ...LAYOUT_OPS,
  ...ADAPTIVE_POOL_OPS,
  ...MATH_OPS,
  ...ARITH_OPS,
  ...NORMALIZATION_OPS,
  ...INTEGER_OPS,
});
