/** Turns one partition into an XNNPACK payload the way ExecuTorch's XNNPACK AOT writes it. */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { Partition, PreprocessResult } from '@kindling/partitioner';
import {
  type XnnNodeType as NodeType,
  XNN_FLAG_EXTERNAL_INPUT,
  XNN_FLAG_EXTERNAL_OUTPUT,
  XnnNodeType,
} from '../serialization/xnn-graph.js';
import { encodeXnnPayload, type XnnGraphData } from '../serialization/xnn-graph-writer.js';
import { layoutOf } from './args.js';
import { LoweringContext, type Producers } from './context.js';
import { foldsAhead, OP_RULES, planFusions } from './ops.js';

/** The lowered graph before serialisation, for tests and reports. */
export interface LoweredPartition {
  readonly graph: XnnGraphData;
  /** Weights by SHA-256 hex key. */
  readonly namedData: ReadonlyMap<string, Uint8Array>;
}

/**
 * Builds the `XNNGraph` of a partition: external inputs and outputs numbered by their position in
 * the delegate call (inputs, then outputs), convolutions and pooling in NHWC with transposes where
 * a value changes layout, weights as static values in named data keyed by SHA-256.
 */
export function buildPartitionGraph(partition: Partition, producers?: Producers): LoweredPartition {
  const L = new LoweringContext(partition.nodes, foldsAhead, producers);
  const b = L.builder;
  planFusions(partition.nodes, L);
  partition.inputs.forEach((v, i) => {
    if (v.type.kind !== 'tensor') {
      throw new KindlingError(ErrorCode.Internal, `XNNPACK lowering: delegate input ${v.name} is not a tensor`);
    }
    const layout = layoutOf(v) ?? 'nchw';
    const id = b.addValue(L.dims(v, layout));
    b.markExternal(id, XNN_FLAG_EXTERNAL_INPUT, i);
    L.define(v, layout, id);
  });
  partition.nodes.forEach((node, k) => {
    const rule = OP_RULES[node.op];
    if (!rule) throw new KindlingError(ErrorCode.Internal, `XNNPACK lowering: no rule for ${node.op}`);
    b.debugHandle = k + 1;
    rule.lower(node, L);
  });
  const base = partition.inputs.length;
  partition.outputs.forEach((o, j) => {
    const layout = layoutOf(o) ?? 'nchw';
    let id = L.tensor(o, layout);
    if (b.isBound(id)) {
      // A static or external value cannot also be this output: copy it.
      const copy = b.addValue(b.dimsOf(id));
      b.addNode(XnnNodeType.Copy as NodeType, [id], [copy]);
      id = copy;
    }
    b.markExternal(id, XNN_FLAG_EXTERNAL_OUTPUT, base + j);
  });
  return { graph: b.finish(base + partition.outputs.length), namedData: b.namedData };
}

/** `preprocess` of the XNNPACK lowering: the payload bytes and the weights as named data. */
export function preprocessPartition(partition: Partition, producers?: Producers): PreprocessResult {
  const { graph, namedData } = buildPartitionGraph(partition, producers);
  return {
    processed: encodeXnnPayload(graph),
    namedData: [...namedData].map(([key, bytes]) => ({ key, bytes })),
  };
}
