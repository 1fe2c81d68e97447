/**
 * Which graph nodes the WebGPU lowering takes, following ExecuTorch's VulkanPartitioner (tensors of
 * at most 4 dimensions, static or with bounded dynamic shapes, the element types each operator's
 * shader handles, constant convolution weights) and restricted to what this package's runtime
 * executes.
 */
import { type Argument, type Node, TensorShapeDynamism, type Value } from '@kindling/ir';
import type { SupportContext, SupportResult } from '@kindling/partitioner';
import { WEBGPU_CAPABILITIES } from '../capabilities.js';
import { OPERATORS } from '../runtime/ops.js';
import { dtypeClass, OP_TABLE } from './op-table.js';

/** Most dimensions a tensor may have (ExecuTorch's Vulkan limit for operators without high-dim support). */
export const MAX_RANK = 4;

const refuse = (reason: string): SupportResult => ({ supported: false, reason });

const DECLARED: ReadonlySet<string> = new Set(WEBGPU_CAPABILITIES.operators);

/** Why the tensor `v` cannot cross into or live in the payload, or `null`. */
function tensorProblem(v: Value, what: string, allowEmpty: boolean): string | null {
  if (v.type.kind !== 'tensor') return `${what} ${v.name} is not a tensor`;
  const t = v.type;
  // bounded dynamic shapes: the payload declares the upper bounds and the runtime plans each call
  if (t.dynamism === TensorShapeDynamism.DYNAMIC_UNBOUND) return `${what} ${v.name} has an unbounded dynamic shape`;
  if (t.shape.length > MAX_RANK) return `${what} ${v.name} has ${t.shape.length} dimensions (at most ${MAX_RANK})`;
  if (!t.dimOrder.every((d, i) => d === i)) return `${what} ${v.name} is not contiguous (dim order [${t.dimOrder}])`;
  if (!allowEmpty && t.shape.some((d) => d === 0)) return `${what} ${v.name} is empty`;
  if (dtypeClass(v) === null) return `${what} ${v.name} has an element type the payload does not carry`;
  if (v.source === 'external' || v.source === 'buffer' || v.source === 'placeholder')
    return `${what} ${v.name} is a ${v.source} tensor`;
  if (v.source === 'constant' && !v.data) return `${what} ${v.name} is a constant without bytes`;
  if (v.source === 'constant' && v.data && dtypeClass(v) === 'long' && !fitsInt32(v.data))
    return `${what} ${v.name} holds int64 values outside the int32 range`;
  return null;
}

/** Whether every int64 of `bytes` is an int32 (the payload narrows int64 constants). */
function fitsInt32(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 8 <= bytes.byteLength; i += 8) {
    const x = view.getBigInt64(i, true);
    if (x < -(2n ** 31n) || x >= 2n ** 31n) return false;
  }
  return true;
}

/** Operators whose size lists may hold symbolic integers (the runtime reads them per call). */
const SYMBOLIC_SIZES: ReadonlySet<string> = new Set(['aten.view_copy.default']);

/** Whether an argument can be written as a payload value (literals, lists of literals, tensors). */
function argumentProblem(a: Argument, symbolic: boolean): string | null {
  if (a.kind === 'value' && a.value.type.kind !== 'tensor') return `${a.value.name} is a symbolic ${a.value.type.kind}`;
  if (a.kind === 'int-list' && a.items.some((i) => typeof i !== 'bigint')) {
    if (!symbolic) return 'a size is symbolic';
    if (a.items.some((i) => typeof i !== 'bigint' && i.type.kind !== 'int')) return 'a size is not an integer';
  }
  return null;
}

const isConstant = (v: Value): boolean =>
  v.source === 'constant' || (v.source === 'alias' && v.aliasOf !== null && isConstant(v.aliasOf));

function readsConstantsOnly(node: Node): boolean {
  const tensors = node.inputs.filter((v) => v.type.kind === 'tensor');
  return tensors.length > 0 && tensors.every(isConstant);
}

/** Whether this lowering takes every node that reads `node`'s outputs (and none is a graph output). */
function readersTaken(node: Node, depth: number): boolean {
  if (depth > 8) return false;
  const outputs = node.graph.outputs;
  return node.outputs.every(
    (o) => !outputs.includes(o) && o.users.every((u) => supportsNode(u, undefined, depth + 1).supported),
  );
}

/** Whether the WebGPU lowering takes `node`. */
export function supportsNode(node: Node, _context?: SupportContext, depth = 0): SupportResult {
  const e = OP_TABLE[node.op];
  if (!e) return refuse(`${node.op} is not lowered to the GPU`);
  if (!OPERATORS[e.name]) return refuse(`the WebGPU runtime does not implement ${e.name}`);
  if (!DECLARED.has(node.op)) return refuse(`${node.op} is not among the WebGPU capabilities`);
  if (node.mutates.length > 0) return refuse('writes a value in place');
  for (const a of node.args) {
    const why = argumentProblem(a, SYMBOLIC_SIZES.has(e.name));
    if (why) return refuse(why);
  }
  // A node that computes from constants only (a transposed weight) is taken only when the GPU
  // takes every node that reads it; otherwise it is left to its readers' backend, which may fold
  // it into a constant of its own (XNNPACK's fully connected does), or to the portable kernels.
  if (readsConstantsOnly(node) && !readersTaken(node, depth))
    return refuse('reads constants only, and a reader of its result stays off the GPU');
  for (const v of node.inputs) {
    if (v.type.kind === 'int') continue; // a symbolic size (checked with the arguments)
    const why = tensorProblem(v, 'input', false);
    if (why) return refuse(why);
  }
  const [out, ...rest] = node.outputs;
  if (!out) return refuse('defines no value');
  const why = tensorProblem(out, 'output', false);
  if (why) return refuse(why);
  for (const o of rest) {
    if (e.unusedExtraOutputs) {
      if (o.users.length > 0 || node.graph.outputs.includes(o))
        return refuse(`output ${o.name} is used (not computed)`);
      const w = tensorProblem(o, 'output', true);
      if (w) return refuse(w);
    } else {
      const w = tensorProblem(o, 'output', false);
      if (w) return refuse(w);
    }
  }
  const reason = e.check(node);
  return reason ? refuse(reason) : { supported: true };
}
