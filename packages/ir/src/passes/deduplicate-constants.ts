import { cloneGraph } from '../graph/clone.js';
import type { Graph, Value } from '../graph/graph.js';
import type { PassResult } from '../graph/pass-manager.js';
import { formatType } from '../graph/printer.js';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Constant deduplication: constants of the same type (dtype, shape, dim order) and the same bytes
 * are merged into the one with the smallest id; the others lose their uses and are removed.
 */
export function deduplicateConstants(input: Graph): PassResult {
  const graph = cloneGraph(input);
  const seen = new Map<string, Value[]>();
  let modified = false;
  for (const v of graph.values) {
    if (v.source !== 'constant' || !v.data) continue;
    const key = formatType(v.type);
    const candidates = seen.get(key) ?? [];
    const twin = candidates.find((c) => sameBytes(c.data as Uint8Array, v.data as Uint8Array));
    if (!twin) {
      candidates.push(v);
      seen.set(key, candidates);
      continue;
    }
    graph.replaceAllUses(v, twin);
    if (!graph.inputs.includes(v)) graph.removeValue(v);
    modified = true;
  }
  return { graph, modified };
}
