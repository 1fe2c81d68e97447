/**
 * The shape of one lowered graph operator kept in its own module: when the Core ML lowering takes
 * it (`problem`) and the MIL it writes for it (`emit`). The lowering's older operators live in
 * `support.ts` / `build-program.ts`; newer ones are grouped in this folder and merged by `index.ts`.
 */

import type { Node, Value } from '@kindling/ir';
import type { SupportContext } from '@kindling/partitioner';
import type { ProgramBuilder } from '../build-program.js';

export interface LoweredOp {
  /** The MIL operation(s) it becomes, for the operator table (`LOWERED_OPERATORS`). */
  readonly mil: string;
  /**
   * Operator-specific reasons to refuse the node (the shared rules on ranks, dtypes and static
   * shapes are applied before), or `null` when it is taken.
   */
  readonly problem?: (node: Node, context?: SupportContext) => string | null;
  /**
   * Writes the node's MIL operations with `b` and returns the MIL name of its (first) output
   * `out`; `base` is the node's operator name made an identifier (`aten_add_Tensor`).
   */
  readonly emit: (b: ProgramBuilder, node: Node, out: Value, base: string) => string;
}

export type LoweredOps = Readonly<Record<string, LoweredOp>>;
