import { type Argument, Graph, mapArgumentValues, type Value } from './graph.js';

/**
 * A deep copy of a graph: same value ids, node order, types, metadata (shallow copies of the
 * `meta` bags), constant bytes shared (they are never mutated in place).
 */
export function cloneGraph(graph: Graph): Graph {
  const out = new Graph(graph.name);
  Object.assign(out.meta, graph.meta);
  const map = new Map<Value, Value>();
  for (const v of graph.values) {
    const c = out.createValue(v.type, { id: v.id, source: v.source });
    Object.assign(c.meta, v.meta);
    c.data = v.data;
    c.literal = v.literal;
    c.planned = v.planned;
    c.extraTensorInfo = v.extraTensorInfo;
    map.set(v, c);
  }
  const m = (v: Value) => map.get(v) as Value;
  for (const v of graph.values) if (v.aliasOf) m(v).aliasOf = m(v.aliasOf);
  for (const n of graph.nodes) {
    const outs = n.outputs.map(m);
    for (const o of outs) o._source = null;
    const c = out.addNode(
      n.op,
      n.args.map((a: Argument) => mapArgumentValues(a, m)),
      outs,
    );
    Object.assign(c.meta, n.meta);
    c.delegate = n.delegate;
    c.target = n.target ? { ...n.target } : null;
    c.mutates = n.mutates.map(m);
  }
  out.inputs = graph.inputs.map(m);
  out.outputs = graph.outputs.map(m);
  return out;
}
