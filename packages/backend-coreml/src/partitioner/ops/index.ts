/** The lowered operators kept in their own modules, merged (one line per module). */
import { ARITH_OPS } from './arith.js';
import type { LoweredOps } from './lowered-op.js';
import { MATH_OPS } from './math.js';
import { NORMALIZATION_OPS } from './normalization.js';

export type { LoweredOp, LoweredOps } from './lowered-op.js';

export const EXTRA_OPS: LoweredOps = Object.freeze({ ...MATH_OPS, ...ARITH_OPS, ...NORMALIZATION_OPS });
