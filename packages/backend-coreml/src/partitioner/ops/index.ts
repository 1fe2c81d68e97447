/** The lowered operators kept in their own modules, merged (one line per module). */
import { INTEGER_OPS } from './integer.js';
import type { LoweredOps } from './lowered-op.js';

export type { LoweredOp, LoweredOps } from './lowered-op.js';

export const EXTRA_OPS: LoweredOps = Object.freeze({ ...INTEGER_OPS });
