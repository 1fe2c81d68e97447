import { cloneGraph } from '../graph/clone.js';
import type { Graph, Value } from '../graph/graph.js';
import type { PassResult } from '../graph/pass-manager.js';

/**
 * Dead-code elimination: removes nodes none of whose outputs (or views of them) is used or
 * returned (nodes that write a value in place are kept), then constants, literals, placeholders
 * and views nothing uses. Repeats until nothing changes.
 */
export function eliminateDeadCode(input: Graph): PassResult {
  const graph = cloneGraph(input);
  let modified = false;
  for (let changed = true; changed; ) {
    changed = false;
    const outputs = new Set(graph.outputs);
    const views = new Map<Value, Value[]>();
    for (const v of graph.values) if (v.aliasOf) views.set(v.aliasOf, [...(views.get(v.aliasOf) ?? []), v]);
    const live = (v: Value): boolean => v.users.length > 0 || outputs.has(v) || (views.get(v) ?? []).some(live);
    const nodes = graph.nodes;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (!node || node.mutates.length > 0) continue;
      if (node.outputs.some(live)) continue;
      for (const o of node.outputs) for (const view of views.get(o) ?? []) graph.removeValue(view);
      graph.removeNode(node);
      changed = true;
    }
    for (const v of graph.values) {
      if (v.producer || live(v) || (views.get(v) ?? []).length > 0) continue;
      if (v.source === 'constant' || v.source === 'literal' || v.source === 'placeholder' || v.source === 'alias') {
        graph.removeValue(v);
        changed = true;
      }
    }
    modified ||= changed;
  }
  return { graph, modified };
}
