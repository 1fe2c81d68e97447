import {
  type Allocation,
  defaultSchemas,
  type Graph,
  type MethodMemoryPlan,
  needsAllocation,
  type SchemaRegistry,
  TENSOR_ALIGNMENT,
  type Value,
  valueByteSize,
} from '@kindling/ir';

/** The lifetime of one planned tensor, in node positions (0 = before the first node). */
export interface TensorLifetime {
  readonly value: Value;
  /** Bytes, rounded up to the alignment (upper bound for dynamic shapes). */
  readonly size: number;
  /** First position at which the tensor holds data (0 for inputs and buffers). */
  readonly start: number;
  /** Last position at which it is read (node count + 1 for outputs and buffers). */
  readonly end: number;
}

/** A memory planning algorithm: places lifetimes at aligned offsets of one arena. */
export interface PlacementAlgorithm {
  readonly name: string;
  /** Offsets for each lifetime (same order as given). */
  place(lifetimes: readonly TensorLifetime[], alignment: number): number[];
}

/** Options for {@link planMemory}. */
export interface MemoryPlanningOptions {
  /** Alignment of every tensor (default 16, as ExecuTorch). */
  alignment?: number;
  /** Algorithms to try; the plan with the smallest arena wins (default: all built-in ones). */
  algorithms?: readonly PlacementAlgorithm[];
  schemas?: SchemaRegistry;
}

/** A memory plan for one method. */
export interface MemoryPlan extends MethodMemoryPlan {
  /** Total planned bytes (the arena size). */
  readonly totalBytes: number;
  /** The algorithm whose plan was kept. */
  readonly algorithm: string;
  /** Arena size each algorithm reached. */
  readonly candidates: Readonly<Record<string, number>>;
  readonly lifetimes: readonly TensorLifetime[];
}

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;
const overlaps = (a: TensorLifetime, b: TensorLifetime) => a.start <= b.end && b.start <= a.end;

/**
 * Computes the lifetimes of the tensors memory planning must place: planned graph inputs, buffers
 * and node outputs. Buffers (mutable state) live for the whole method; outputs until the end; a
 * tensor read through an aliasing view (`executorch_prim.et_view`) lives as long as the view is read.
 */
export function computeLifetimes(
  graph: Graph,
  options: { alignment?: number; schemas?: SchemaRegistry } = {},
): TensorLifetime[] {
  const alignment = options.alignment ?? TENSOR_ALIGNMENT;
  const schemas = options.schemas ?? defaultSchemas;
  const nodes = graph.nodes;
  const last = nodes.length + 1;
  const position = new Map(nodes.map((n, i) => [n, i + 1]));
  const outputs = new Set(graph.outputs);

  const views = new Map<Value, Value[]>();
  for (const v of graph.values)
    if (v.source === 'alias' && v.aliasOf) views.set(v.aliasOf, [...(views.get(v.aliasOf) ?? []), v]);
  const lastUse = new Map<Value, number>();
  const useEnd = (v: Value): number => {
    const known = lastUse.get(v);
    if (known !== undefined) return known;
    lastUse.set(v, 0); // guard against cycles of aliases
    let end = outputs.has(v) ? last : 0;
    for (const user of v.users) {
      end = Math.max(end, position.get(user) ?? last);
      // An aliasing node's result shares this tensor's memory: its uses are uses of this tensor.
      if (schemas.get(user.op)?.entry.kind === 'alias')
        for (const out of user.outputs) end = Math.max(end, useEnd(out));
    }
    // Views planned onto this tensor's memory (`alias` values) are reads of it too.
    for (const view of views.get(v) ?? []) end = Math.max(end, useEnd(view));
    lastUse.set(v, end);
    return end;
  };

  const lifetimes: TensorLifetime[] = [];
  for (const v of graph.values) {
    if (!needsAllocation(v)) continue;
    const size = alignUp(valueByteSize(v), alignment);
    if (v.source === 'buffer') {
      lifetimes.push({ value: v, size, start: 0, end: last });
      continue;
    }
    const start = v.producer ? (position.get(v.producer) as number) : 0;
    lifetimes.push({ value: v, size, start, end: Math.max(start, useEnd(v)) });
  }
  return lifetimes;
}

/**
 * ExecuTorch's greedy algorithm: largest first; each tensor goes at offset 0 of the first shared
 * object whose tensors all have disjoint lifetimes, else right after the overlapping tensors of an
 * object where it still fits, else into a new object; objects are laid out back to back.
 */
export const greedySharedObjects: PlacementAlgorithm = {
  name: 'greedy',
  place(lifetimes) {
    const order = lifetimes
      .map((_, i) => i)
      .sort((a, b) => (lifetimes[b] as TensorLifetime).size - (lifetimes[a] as TensorLifetime).size);
    const objects: { size: number; items: { lt: TensorLifetime; offset: number; index: number }[] }[] = [];
    for (const i of order) {
      const lt = lifetimes[i] as TensorLifetime;
      let placed = false;
      for (const obj of objects) {
        if (obj.items.every((it) => !overlaps(it.lt, lt))) {
          obj.items.push({ lt, offset: 0, index: i });
          obj.size = Math.max(obj.size, lt.size);
          placed = true;
          break;
        }
      }
      if (!placed) {
        for (const obj of objects) {
          const end = Math.max(0, ...obj.items.filter((it) => overlaps(it.lt, lt)).map((it) => it.offset + it.lt.size));
          if (end + lt.size <= obj.size) {
            obj.items.push({ lt, offset: end, index: i });
            placed = true;
            break;
          }
        }
      }
      if (!placed) objects.push({ size: lt.size, items: [{ lt, offset: 0, index: i }] });
    }
    const offsets = new Array<number>(lifetimes.length).fill(0);
    let base = 0;
    for (const obj of objects) {
      for (const it of obj.items) offsets[it.index] = base + it.offset;
      base += obj.size;
    }
    return offsets;
  },
};

/** Places tensors in a given order, each in the smallest gap between lifetime-overlapping tensors that fits. */
function bestFitInOrder(name: string, order: (lifetimes: readonly TensorLifetime[]) => number[]): PlacementAlgorithm {
  return {
    name,
    place(lifetimes) {
      const offsets = new Array<number>(lifetimes.length).fill(0);
      const placed: number[] = [];
      for (const i of order(lifetimes)) {
        const lt = lifetimes[i] as TensorLifetime;
        const busy = placed
          .filter((j) => overlaps(lifetimes[j] as TensorLifetime, lt))
          .map((j) => [offsets[j] as number, (offsets[j] as number) + (lifetimes[j] as TensorLifetime).size] as const)
          .sort((a, b) => a[0] - b[0]);
        let best = -1;
        let bestGap = Number.POSITIVE_INFINITY;
        let cursor = 0;
        for (const [s, e] of busy) {
          const gap = s - cursor;
          if (gap >= lt.size && gap < bestGap) {
            best = cursor;
            bestGap = gap;
          }
          cursor = Math.max(cursor, e);
        }
        offsets[i] = best >= 0 ? best : cursor;
        placed.push(i);
      }
      return offsets;
    },
  };
}

const bySizeDesc = (l: readonly TensorLifetime[]) =>
  l
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (l[b] as TensorLifetime).size - (l[a] as TensorLifetime).size ||
        (l[a] as TensorLifetime).start - (l[b] as TensorLifetime).start,
    );

/** Best fit by offset, largest tensors first. */
export const bestFitBySize: PlacementAlgorithm = bestFitInOrder('best-fit-size', bySizeDesc);

/** Best fit by offset, longest-lived (then largest) tensors first. */
export const bestFitByLifetime: PlacementAlgorithm = bestFitInOrder('best-fit-lifetime', (l) =>
  l
    .map((_, i) => i)
    .sort((a, b) => {
      const x = l[a] as TensorLifetime;
      const y = l[b] as TensorLifetime;
      return y.end - y.start - (x.end - x.start) || y.size - x.size;
    }),
);

/** Best fit by offset, largest size x lifetime area first. */
export const bestFitByArea: PlacementAlgorithm = bestFitInOrder('best-fit-area', (l) =>
  l
    .map((_, i) => i)
    .sort((a, b) => {
      const x = l[a] as TensorLifetime;
      const y = l[b] as TensorLifetime;
      return y.size * (y.end - y.start + 1) - x.size * (x.end - x.start + 1) || y.size - x.size;
    }),
);

/** The built-in algorithms {@link planMemory} tries by default. */
export const DEFAULT_ALGORITHMS: readonly PlacementAlgorithm[] = [
  greedySharedObjects,
  bestFitBySize,
  bestFitByLifetime,
  bestFitByArea,
];

/** Checks that no two lifetime-overlapping tensors share bytes; returns the first conflict. */
export function findPlanConflict(lifetimes: readonly TensorLifetime[], offsets: readonly number[]): string | undefined {
  for (let i = 0; i < lifetimes.length; i++) {
    for (let j = i + 1; j < lifetimes.length; j++) {
      const a = lifetimes[i] as TensorLifetime;
      const b = lifetimes[j] as TensorLifetime;
      if (!overlaps(a, b) || a.size === 0 || b.size === 0) continue;
      const oa = offsets[i] as number;
      const ob = offsets[j] as number;
      if (oa < ob + b.size && ob < oa + a.size) return `${a.value.name} and ${b.value.name} overlap in time and memory`;
    }
  }
  return undefined;
}

/**
 * Plans the non-constant tensors of a method into one arena (memory id 1; id 0 is reserved):
 * lifetimes from {@link computeLifetimes}, every algorithm tried, the smallest arena kept.
 */
export function planMemory(graph: Graph, options: MemoryPlanningOptions = {}): MemoryPlan {
  const alignment = options.alignment ?? TENSOR_ALIGNMENT;
  const lifetimes = computeLifetimes(graph, { alignment, ...(options.schemas ? { schemas: options.schemas } : {}) });
  const algorithms = options.algorithms ?? DEFAULT_ALGORITHMS;
  const candidates: Record<string, number> = {};
  let best: { name: string; offsets: number[]; total: number } | undefined;
  for (const algo of algorithms) {
    const offsets = algo.place(lifetimes, alignment);
    const total = lifetimes.reduce((m, lt, i) => Math.max(m, (offsets[i] as number) + lt.size), 0);
    candidates[algo.name] = total;
    if (!best || total < best.total) best = { name: algo.name, offsets, total };
  }
  const chosen = best ?? { name: 'none', offsets: [], total: 0 };
  const byValue = new Map<Value, Allocation>(
    lifetimes.map((lt, i) => [lt.value, { memoryId: 1, offset: chosen.offsets[i] as number }]),
  );
  return {
    bufferSizes: [0n, BigInt(chosen.total)],
    allocation: (v) => byValue.get(v),
    totalBytes: chosen.total,
    algorithm: chosen.name,
    candidates,
    lifetimes,
  };
}
