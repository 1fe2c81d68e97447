import type { MilOp } from '../op-args.js';
import { ARG_REDUCE_OPS } from './arg-reduce.js';
import { cast } from './cast.js';
import { conv } from './conv.js';
import { ELEMENTWISE_OPS } from './elementwise.js';
import { linear, matmul } from './linear.js';
import { LOGIC_OPS } from './logic.js';
import { NORMALIZATION_OPS } from './normalization.js';
import { POOLING_OPS } from './pooling.js';
import { SCAN_OPS } from './scan.js';
import { SCATTER_OPS } from './scatter.js';
import { SHAPE_OPS } from './shape.js';
import { SPATIAL_OPS } from './spatial.js';

/** Every MIL operation the reference interpreter executes, by MIL name (`const` is read at load). */
export const MIL_OPS: Readonly<Record<string, MilOp>> = {
  ...ARG_REDUCE_OPS,
  ...ELEMENTWISE_OPS,
  ...LOGIC_OPS,
  ...NORMALIZATION_OPS,
  ...POOLING_OPS,
  ...SCAN_OPS,
  ...SCATTER_OPS,
  ...SHAPE_OPS,
  ...SPATIAL_OPS,
  cast,
  conv,
  linear,
  matmul,
};
