/** The lowered operators kept in their own modules, merged (one line per module). */
import { CONVOLUTION_OPS } from './convolution.js';
import type { LoweredOps } from './lowered-op.js';

export type { LoweredOp, LoweredOps } from './lowered-op.js';

export const EXTRA_OPS: LoweredOps = Object.freeze({
  ...CONVOLUTION_OPS,
});
