/**
 * The ahead-of-time half of `kindling-backend-elementwise`: which graph nodes it takes, and the
 * payload it writes for a partition. Apps that only run models never load this entry.
 *
 * @packageDocumentation
 */
import { ScalarType } from '@kindling/core';
import type { Node, Value } from '@kindling/ir';
import type { BackendLoweringV1, Partition, PreprocessResult, SupportResult } from '@kindling/partitioner';
import { ELEMENTWISE_CAPABILITIES } from './index.js';
import { ELEMENTWISE_ID, encodePayload, type Op } from './payload.js';

const isFloatTensor = (v: Value) => v.type.kind === 'tensor' && v.type.dtype === ScalarType.Float;
const numel = (v: Value) => (v.type.kind === 'tensor' ? v.type.shape.reduce((a, b) => a * b, 1) : 0);

function supports(node: Node): SupportResult {
  if (!ELEMENTWISE_CAPABILITIES.operators.includes(node.op)) {
    return { supported: false, reason: `operator ${node.op} is not implemented` };
  }
  const out = node.outputs[0];
  const operands = node.inputs;
  if (!out || ![...operands, out].every(isFloatTensor)) return { supported: false, reason: 'only float32 tensors' };
  if ([...operands, out].some((v) => v.type.kind === 'tensor' && v.type.dynamism !== 0)) {
    return { supported: false, reason: 'dynamic shapes are not supported' };
  }
  if (numel(out) === 0) return { supported: false, reason: 'empty tensors are not supported' };
  // Operands must have the output's element count (no broadcasting) or be a single element.
  if (operands.some((v) => numel(v) !== numel(out) && numel(v) !== 1)) {
    return { supported: false, reason: 'broadcasting is not supported' };
  }
  const alpha = node.args[2];
  if (
    (node.op === 'aten.add.Tensor' || node.op === 'aten.sub.Tensor') &&
    alpha &&
    !(alpha.kind === 'int' && alpha.value === 1n)
  ) {
    return { supported: false, reason: 'alpha must be 1' };
  }
  return { supported: true };
}

function preprocess(partition: Partition): PreprocessResult {
  const constants: Record<string, number[]> = {};
  for (const c of partition.constants) {
    const bytes = (c.data as Uint8Array).slice();
    constants[c.id] = Array.from(new Float32Array(bytes.buffer, 0, bytes.byteLength / 4));
  }
  const processed = encodePayload({
    version: 1,
    inputs: partition.inputs.map((v) => v.id),
    outputs: partition.outputs.map((v) => v.id),
    constants,
    steps: partition.nodes.map((n) => ({
      op: n.op as Op,
      args: n.inputs.map((v) => v.id),
      out: (n.outputs[0] as Value).id,
      numel: numel(n.outputs[0] as Value),
    })),
  });
  return { processed };
}

/** Creates the lowering (delegate id `ElementwiseJsBackend`). */
export function elementwiseLowering(): BackendLoweringV1 {
  return {
    specificationVersion: 'v1',
    id: ELEMENTWISE_ID,
    name: 'elementwise',
    capabilities: ELEMENTWISE_CAPABILITIES,
    supports,
    preprocess,
  };
}

export default elementwiseLowering;
