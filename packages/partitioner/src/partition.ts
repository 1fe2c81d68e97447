import { ErrorCode, KindlingError } from '@kindling/core';
import {
  CALL_DELEGATE,
  defaultSchemas,
  type Graph,
  Graph as GraphClass,
  mapArgumentValues,
  type Node,
  type SchemaRegistry,
  type Value,
} from '@kindling/ir';
import type { BackendChoice, BackendLowering, Partition, SupportContext } from './backend-lowering.js';

/** The partition report's line for one node. */
export interface NodeReport {
  /** Position of the node in the method (before lowering). */
  readonly index: number;
  readonly op: string;
  /** Output value names. */
  readonly outputs: readonly string[];
  /** The delegate id that took the node, or `null` when it stays on portable kernels. */
  readonly backend: string | null;
  /** Index of the partition (within the method) that holds the node. */
  readonly partition: number | null;
  /** Why each backend refused the node (backend id to reason); empty when the first backend took it. */
  readonly reasons: Readonly<Record<string, string>>;
}

/** Partitioning of one method. */
export interface MethodPartitioning {
  readonly method: string;
  readonly partitions: readonly Partition[];
  readonly nodes: readonly NodeReport[];
}

/** Options for {@link partitionGraph}. */
export interface PartitionOptions {
  schemas?: SchemaRegistry;
}

function supportContext(graph: Graph, schemas: SchemaRegistry): SupportContext {
  return {
    graph,
    schemas,
    isConstant: (v) => v.source === 'constant',
    constantBytes: (v) => (v.source === 'constant' ? v.data : null),
  };
}

/** Reasons no backend may take a node, whatever it supports. */
function structuralRefusal(node: Node, schemas: SchemaRegistry): string | undefined {
  if (node.op === CALL_DELEGATE) return 'already delegated';
  if (node.mutates.length > 0) return 'writes a value in place (kept on portable kernels)';
  if (node.outputs.some((o) => o.type.kind !== 'tensor')) return 'defines a non-tensor value';
  // An aliasing view (`executorch_prim.et_view`) has no memory of its own; a backend that takes it
  // writes a copy, which memory planning then places (see `lower`).
  const view = schemas.get(node.op)?.entry.kind === 'alias';
  if (!view && node.outputs.some((o) => !o.planned)) return 'defines an unplanned tensor';
  return undefined;
}

/** Views a value's memory is read through. */
function readersOf(v: Value, views: Map<Value, Value[]>): Node[] {
  return [...v.users, ...(views.get(v) ?? []).flatMap((w) => readersOf(w, views))];
}

/**
 * Capability-based partitioning of one method: each node goes to the first backend (in priority
 * order) that supports it; nodes of one backend are grouped into maximal partitions, merging two
 * groups only when the graph of groups stays acyclic (so every partition can run as one call).
 */
export function partitionGraph(
  graph: Graph,
  backends: readonly BackendChoice[],
  options: PartitionOptions = {},
): MethodPartitioning {
  const schemas = options.schemas ?? defaultSchemas;
  const ctx = supportContext(graph, schemas);
  const nodes = graph.nodes;
  const position = new Map(nodes.map((n, i) => [n, i]));
  const owner = new Map<Node, number>(); // node -> backend index
  const reasons = new Map<Node, Record<string, string>>();
  for (const node of nodes) {
    const why: Record<string, string> = {};
    reasons.set(node, why);
    const refusal = structuralRefusal(node, schemas);
    if (refusal) {
      for (const b of backends) why[b.lowering.id] = refusal;
      continue;
    }
    for (const [i, b] of backends.entries()) {
      let r: ReturnType<BackendLowering['supports']>;
      try {
        r = b.lowering.supports(node, ctx);
      } catch (e) {
        r = { supported: false, reason: `supports() threw: ${e instanceof Error ? e.message : String(e)}` };
      }
      if (r.supported) {
        owner.set(node, i);
        break;
      }
      why[b.lowering.id] = r.reason;
    }
  }

  // Node-level edges (a reader of a view depends on the view's base's producer).
  const views = new Map<Value, Value[]>();
  for (const v of graph.values) if (v.aliasOf) views.set(v.aliasOf, [...(views.get(v.aliasOf) ?? []), v]);
  // A scalar read by a backend that takes tensor arguments only is not passed to the delegate, so it
  // orders nothing.
  const tensorsOnly = (u: Node) => backends[owner.get(u) ?? -1]?.lowering.tensorArgumentsOnly === true;
  const succ = new Map<Node, Set<Node>>(
    nodes.map((n) => [
      n,
      new Set(
        n.outputs
          .flatMap((o) => readersOf(o, views).filter((u) => o.type.kind === 'tensor' || !tensorsOnly(u)))
          .filter((u) => u !== n),
      ),
    ]),
  );

  // Union-find over groups; every node starts alone.
  const group = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const members = new Map<number, Node[]>(nodes.map((n, i) => [i, [n]]));
  const groupSucc = (g: number): Set<number> => {
    const out = new Set<number>();
    for (const n of members.get(g) ?? []) for (const s of succ.get(n) ?? []) out.add(group.get(s) as number);
    out.delete(g);
    return out;
  };
  /** Would merging groups a and b create a cycle among groups? */
  const createsCycle = (a: number, b: number): boolean => {
    const merged = new Set([a, b]);
    const stack = [...groupSucc(a), ...groupSucc(b)].filter((g) => !merged.has(g));
    const seen = new Set<number>(stack);
    while (stack.length > 0) {
      const g = stack.pop() as number;
      for (const s of groupSucc(g)) {
        if (merged.has(s)) return true;
        if (!seen.has(s)) {
          seen.add(s);
          stack.push(s);
        }
      }
    }
    return false;
  };
  const merge = (a: number, b: number) => {
    const ma = members.get(a) as Node[];
    for (const n of members.get(b) ?? []) {
      group.set(n, a);
      ma.push(n);
    }
    members.delete(b);
  };
  const backendOf = (g: number) => owner.get((members.get(g) as Node[])[0] as Node);

  // Pass 1: along data edges, in execution order.
  for (const node of nodes) {
    if (!owner.has(node)) continue;
    for (const v of node.inputs) {
      let base: Value | null = v;
      while (base?.aliasOf) base = base.aliasOf;
      const p = base?.producer;
      if (!p || owner.get(p) !== owner.get(node)) continue;
      const a = group.get(p) as number;
      const b = group.get(node) as number;
      if (a !== b && !createsCycle(a, b)) merge(Math.min(a, b), Math.max(a, b));
    }
  }
  // Pass 2: any two groups of the same backend (independent branches), while acyclic.
  for (let changed = true; changed; ) {
    changed = false;
    const groups = [...members.keys()].filter((g) => backendOf(g) !== undefined).sort((x, y) => x - y);
    outer: for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i] as number;
        const b = groups[j] as number;
        if (backendOf(a) === backendOf(b) && !createsCycle(a, b)) {
          merge(a, b);
          changed = true;
          break outer;
        }
      }
    }
  }

  const partitionGroups = [...members.entries()]
    .filter(([g]) => backendOf(g) !== undefined)
    .map(([, ns]) => ns.sort((x, y) => (position.get(x) as number) - (position.get(y) as number)))
    .sort((x, y) => (position.get(x[0] as Node) as number) - (position.get(y[0] as Node) as number));
  const partitions = partitionGroups.map((ns, index) => {
    const lowering = backends[owner.get(ns[0] as Node) as number]?.lowering as BackendLowering;
    return makePartition(graph, index, lowering.id, ns, views, lowering.tensorArgumentsOnly === true);
  });
  const partitionOf = new Map<Node, number>();
  partitions.forEach((p) => {
    for (const n of p.nodes) partitionOf.set(n, p.index);
  });
  return {
    method: graph.name,
    partitions,
    nodes: nodes.map((n, index) => ({
      index,
      op: n.op,
      outputs: n.outputs.map((o) => o.name),
      backend: owner.has(n) ? (backends[owner.get(n) as number]?.lowering.id ?? null) : null,
      partition: partitionOf.get(n) ?? null,
      reasons: reasons.get(n) ?? {},
    })),
  };
}

function makePartition(
  graph: Graph,
  index: number,
  backendId: string,
  nodes: Node[],
  views: Map<Value, Value[]>,
  tensorsOnly: boolean,
): Partition {
  const inside = new Set(nodes);
  const graphOutputs = new Set(graph.outputs);
  const inputs: Value[] = [];
  const constants: Value[] = [];
  const seen = new Set<Value>();
  for (const n of nodes) {
    for (const v of n.inputs) {
      if (seen.has(v)) continue;
      seen.add(v);
      let base: Value = v;
      while (base.aliasOf) base = base.aliasOf;
      if (base.producer && inside.has(base.producer)) continue; // defined inside
      if (v.source === 'constant' && readersOf(v, views).every((u) => inside.has(u)) && !graphOutputs.has(v))
        constants.push(v);
      else if (v.type.kind === 'tensor' || (v.source !== 'literal' && !tensorsOnly)) inputs.push(v);
    }
  }
  const outputs: Value[] = [];
  for (const n of nodes) {
    for (const o of n.outputs) {
      const outsideViews = (views.get(o) ?? []).some(
        (w) => graphOutputs.has(w) || readersOf(w, views).some((u) => !inside.has(u)),
      );
      if (graphOutputs.has(o) || o.users.some((u) => !inside.has(u)) || outsideViews) outputs.push(o);
    }
  }
  return {
    index,
    backendId,
    graph,
    nodes,
    inputs,
    outputs,
    constants,
    toGraph: () => extractSubgraph(graph, nodes, inputs, outputs, constants),
  };
}

/** Copies `nodes` into a standalone graph with the given boundary. */
export function extractSubgraph(
  graph: Graph,
  nodes: readonly Node[],
  inputs: readonly Value[],
  outputs: readonly Value[],
  constants: readonly Value[],
): Graph {
  const g = new GraphClass(`${graph.name}.partition`);
  const map = new Map<Value, Value>();
  const copy = (v: Value, source: 'input' | 'constant' | 'literal') => {
    const c = g.createValue(v.type, { id: v.id, source });
    Object.assign(c.meta, v.meta);
    c.planned = v.planned;
    c.literal = v.literal;
    c.extraTensorInfo = v.extraTensorInfo;
    if (source === 'constant' || v.source === 'constant') {
      c.data = v.data;
      if (source === 'input') c.meta.sharedConstant = true;
    }
    map.set(v, c);
    return c;
  };
  g.inputs = inputs.map((v) => copy(v, 'input'));
  for (const v of constants) copy(v, 'constant');
  const lookup = (v: Value): Value => {
    const m = map.get(v);
    if (m) return m;
    if (v.source === 'alias' && v.aliasOf) {
      const base = lookup(v.aliasOf);
      const a = g.addAlias(base, v.tensor);
      map.set(v, a);
      return a;
    }
    // A scalar the backend does not take as an argument (see `tensorArgumentsOnly`).
    if (v.source === 'literal' || v.type.kind !== 'tensor') return copy(v, 'literal');
    throw new KindlingError(ErrorCode.Internal, `partition reads ${v.name}, which is not at its boundary`);
  };
  for (const n of nodes) {
    const outs = n.outputs.map((o) => {
      const c = g.createValue(o.type, { id: o.id });
      Object.assign(c.meta, o.meta);
      c.planned = o.planned;
      map.set(o, c);
      return c;
    });
    const c = g.addNode(
      n.op,
      n.args.map((a) => mapArgumentValues(a, lookup)),
      outs,
    );
    Object.assign(c.meta, n.meta);
    c.target = n.target ? { ...n.target } : null;
  }
  g.outputs = outputs.map(lookup);
  return g;
}
