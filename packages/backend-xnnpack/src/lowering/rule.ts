/** The shape of one operator rule of the XNNPACK lowering. */
import type { Node, Value } from '@kindling/ir';
import type { XnnNodeType } from '../serialization/xnn-graph.js';
import type { LoweringContext, StaticTensor } from './context.js';

/** What a rule's check may ask. */
export interface CheckContext {
  /** The static value of `v` (constant or derived from constants), or `null`. */
  staticOf(v: Value): StaticTensor | null;
}

/** One supported operator. */
export interface OpRule {
  /** XNNPACK node types the lowering may emit for it (beyond layout transposes). */
  readonly emits: readonly XnnNodeType[];
  /** Outputs after the first that must be unused (they are not computed). */
  readonly unusedOutputs?: boolean;
  /**
   * Whether the rule takes tensors with a bounded dynamic shape (the payload declares the upper
   * bound and XNNPACK reshapes at run time); `check` refuses the cases it cannot write.
   */
  readonly dynamic?: boolean;
  /** Whether non-tensor inputs (symbolic sizes the payload infers) are allowed. */
  readonly scalarInputs?: boolean;
  /** `null` when supported, else the reason. */
  check(node: Node, ctx: CheckContext): string | null;
  lower(node: Node, L: LoweringContext): void;
}
