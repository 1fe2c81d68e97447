/** Which graph nodes the XNNPACK lowering takes (fp32), and why it refuses the others. */
import { ScalarType } from '@kindling/core';
import { type Node, TensorShapeDynamism, type Value } from '@kindling/ir';
import type { SupportResult } from '@kindling/partitioner';
import { layoutOf, numelOf } from '../lowering/args.js';
import { CONVERTS, evaluateStatic, type Producers } from '../lowering/context.js';
import { foldsAhead, OP_RULES } from '../lowering/ops.js';
import { nodeTypeName } from '../serialization/xnn-graph.js';
import { SUPPORTED_NODE_TYPES } from './supported-node-types.js';

/** Largest rank XNNPACK takes. */
const MAX_RANK = 6;

/** Op names the lowering knows (before argument checks). */
export const LOWERED_OPS: readonly string[] = Object.keys(OP_RULES);

function tensorProblem(v: Value, what: string, dynamic = false): string | null {
  if (v.type.kind !== 'tensor') return `${what} ${v.name} is not a tensor`;
  const t = v.type;
  if (t.dtype !== ScalarType.Float) return `${what} ${v.name} is not float32 (only fp32 is lowered)`;
  if (t.dynamism === TensorShapeDynamism.DYNAMIC_UNBOUND) return `${what} ${v.name} has an unbounded dynamic shape`;
  if (t.dynamism !== TensorShapeDynamism.STATIC && !dynamic)
    return `${what} ${v.name} has a dynamic shape (not supported for this op)`;
  if (t.shape.length > MAX_RANK) return `${what} ${v.name} has rank ${t.shape.length} (at most ${MAX_RANK})`;
  if (numelOf(t.shape) === 0) return `${what} ${v.name} is empty`;
  if (!layoutOf(v)) return `${what} ${v.name} has dim order [${t.dimOrder}] (only contiguous or channels last)`;
  return null;
}

const refuse = (reason: string): SupportResult => ({ supported: false, reason });

/**
 * Whether the XNNPACK lowering takes `node`. `producers` keeps the nodes whose values the check
 * folded (a transposed weight), for the lowering of the partition (see `Producers`).
 */
export function supportsNode(node: Node, producers?: Producers): SupportResult {
  const rule = OP_RULES[node.op];
  if (!rule) return refuse(`${node.op} is not lowered to XNNPACK`);
  const missing = rule.emits.filter((t) => !SUPPORTED_NODE_TYPES.includes(t));
  if (missing.length > 0) return refuse(`the runtime does not implement ${missing.map(nodeTypeName).join(', ')}`);
  const dynamic = rule.dynamic === true;
  const cache = new Map();
  const staticOf = (v: Value) => evaluateStatic(v, foldsAhead, cache, producers);
  // A constant converted to float32 is folded into a static value: its input never reaches XNNPACK.
  const folded = CONVERTS.has(node.op) && node.outputs.length === 1 && staticOf(node.outputs[0] as Value) !== null;
  for (const v of folded ? [] : node.inputs) {
    if (rule.scalarInputs && v.type.kind !== 'tensor') continue;
    const why = tensorProblem(v, 'input', dynamic);
    if (why) return refuse(why);
  }
  const [out, ...rest] = node.outputs;
  if (!out) return refuse('defines no value');
  const why = tensorProblem(out, 'output', dynamic);
  if (why) return refuse(why);
  for (const o of rest) {
    if (rule.unusedOutputs) {
      if (o.users.length > 0 || node.graph.outputs.includes(o))
        return refuse(`output ${o.name} is used (not computed by XNNPACK)`);
    } else {
      const w = tensorProblem(o, 'output', dynamic);
      if (w) return refuse(w);
    }
  }
  const reason = rule.check(node, { staticOf });
  return reason ? refuse(reason) : { supported: true };
}
