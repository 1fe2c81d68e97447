import { ErrorCode, KindlingError } from '@kindling/core';
import { VkDataType, type VkGraph, VkValueKind } from '../serialization/vk-graph.js';
import { OPERATORS } from './ops.js';
import { type CallShapes, type Plan, Planner } from './plan.js';

/** Node types (operator names) this backend executes. */
export const IMPLEMENTED_OPERATORS: readonly string[] = Object.keys(OPERATORS).sort();

/**
 * Validates a decoded VkGraph and plans its execution: every operator must be implemented (else a
 * `NotImplemented` error naming it), every id in range and every argument of the kind, dtype and
 * shape its operator needs. With `shapes` (a call whose input shapes are not the payload's), every
 * output takes the shape its operator computes from them, within the buffer the payload sizes.
 */
export function buildPlan(graph: VkGraph, shapes?: CallShapes): Plan {
  // Graph inputs are written by the caller, every other tensor by a node before it is read.
  const produced = new Set<number>();
  const p = new Planner(graph, graph.constants.length, produced, shapes);
  for (const [i, call] of graph.chain.entries()) {
    if (!Object.hasOwn(OPERATORS, call.name)) {
      throw new KindlingError(
        ErrorCode.NotImplemented,
        `WebGPU backend: operator ${call.name} (node ${call.nodeId}) is not implemented`,
        { context: { backend: 'VulkanBackend', operator: call.name, node: call.nodeId, instruction: i } },
      );
    }
  }
  const inputs = graph.inputIds.map((id) => {
    p.setNode(-1, 'graph inputs');
    const kind = p.value(id).kind;
    if (kind === VkValueKind.SymInt) {
      if (produced.has(id)) p.fail(`graph input ${id} is listed twice`);
      p.symInput(id);
      produced.add(id);
      return id;
    }
    if (kind !== VkValueKind.Tensor) {
      throw new KindlingError(ErrorCode.NotSupported, `WebGPU backend: graph input ${id} is not a tensor`, {
        context: { backend: 'VulkanBackend', value: id },
      });
    }
    const t = p.input(id);
    if (t.constant !== -1) p.fail(`graph input ${id} is a constant`);
    if (produced.has(id)) p.fail(`graph input ${id} is listed twice`);
    produced.add(id);
    return id;
  });
  for (const call of graph.chain) {
    p.setNode(call.nodeId, call.name);
    OPERATORS[call.name]!(p, call.args, produced);
  }
  p.setNode(-1, 'graph outputs');
  const outputs = graph.outputIds.map((id) => {
    if (p.value(id).kind !== VkValueKind.SymInt) return p.tensor(id).id;
    if (!produced.has(id)) p.fail(`graph output ${id} is never written`);
    return id;
  });
  for (const id of [...inputs, ...outputs]) {
    const t = p.tensors.get(id);
    if (!t) continue; // a SymInt
    if (t.half && t.staging !== VkDataType.Float32) {
      throw new KindlingError(
        ErrorCode.NotSupported,
        `WebGPU backend: graph input or output ${id} is FLOAT16 without FLOAT32 staging; this version passes fp32 only`,
        { context: { backend: 'VulkanBackend', value: id } },
      );
    }
  }
  return { tensors: p.tensors, dispatches: p.dispatches, inputs, outputs, symInts: p.symInts };
}
