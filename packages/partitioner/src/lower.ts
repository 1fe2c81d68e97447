import type { CompileSpec } from '@kindling/core';
import {
  arg,
  CALL_DELEGATE,
  eliminateDeadCode,
  type Graph,
  importProgram,
  type ProgramSource,
  PteFile,
  type SchemaRegistry,
} from '@kindling/ir';
import type { BackendChoice, BackendLowering } from './backend-lowering.js';
import { emitProgram } from './emit.js';
import type { MemoryPlan, PlacementAlgorithm } from './memory-planning.js';
import { type MethodPartitioning, partitionGraph } from './partition.js';

/** Progress of {@link lower}, for a progress indicator. */
export interface LowerProgress {
  readonly stage: 'import' | 'partition' | 'preprocess' | 'plan' | 'emit';
  readonly method?: string;
  /** Work done and total within the stage (e.g. partitions preprocessed). */
  readonly done: number;
  readonly total: number;
}

/** Options for {@link lower}. */
export interface LowerOptions {
  /** Backends in priority order (the first that supports a node takes it). */
  backends: readonly (BackendLowering | BackendChoice)[];
  /** Compile specs per backend id (used when a choice gives none). */
  compileSpecs?: Readonly<Record<string, readonly CompileSpec[]>>;
  /** Methods to lower (default: all). Others are re-emitted unchanged. */
  methods?: readonly string[];
  schemas?: SchemaRegistry;
  /** Memory planning algorithms to try (default: all built-in). */
  algorithms?: readonly PlacementAlgorithm[];
  onProgress?: (p: LowerProgress) => void;
}

/** What {@link lower} produced. */
export interface LowerResult {
  /** The `.pte` bytes. */
  readonly bytes: Uint8Array;
  /** The lowered method graphs. */
  readonly methods: readonly Graph[];
  /** Per method: partitions and the per-node report. */
  readonly report: readonly MethodPartitioning[];
  /** Per method: the memory plan. */
  readonly plans: ReadonlyMap<string, MemoryPlan>;
}

/**
 * Lowers a program: imports every method, partitions it over `backends`, hands each partition to
 * its backend's `preprocess` and replaces it by one `DelegateCall`, removes what became dead
 * (constants only a delegate used), plans memory and writes the `.pte`. With no backends this is
 * import, re-plan and export.
 */
export async function lower(
  program: Uint8Array | ProgramSource | readonly Graph[],
  options: LowerOptions,
): Promise<LowerResult> {
  const progress = options.onProgress ?? (() => {});
  const choices: BackendChoice[] = options.backends.map((b) => ('lowering' in b ? b : { lowering: b }));
  progress({ stage: 'import', done: 0, total: 1 });
  const graphs: Graph[] =
    program instanceof Uint8Array
      ? importProgram(PteFile.read(program))
      : Array.isArray(program)
        ? [...(program as Graph[])]
        : importProgram(program as ProgramSource);
  progress({ stage: 'import', done: 1, total: 1 });

  const namedData: { key: string; bytes: Uint8Array }[] = [];
  const report: MethodPartitioning[] = [];
  const methods: Graph[] = [];
  for (const [m, input] of graphs.entries()) {
    if (
      (options.methods && !options.methods.includes(input.name)) ||
      input.nodes.length === 0 ||
      choices.length === 0
    ) {
      methods.push(input);
      continue;
    }
    progress({ stage: 'partition', method: input.name, done: m, total: graphs.length });
    const graph = input;
    const partitioning = partitionGraph(graph, choices, options.schemas ? { schemas: options.schemas } : {});
    report.push(partitioning);
    for (const [i, partition] of partitioning.partitions.entries()) {
      progress({ stage: 'preprocess', method: graph.name, done: i, total: partitioning.partitions.length });
      const choice = choices.find((c) => c.lowering.id === partition.backendId) as BackendChoice;
      const specs = choice.compileSpecs ?? options.compileSpecs?.[partition.backendId] ?? [];
      const result = await choice.lowering.preprocess(partition, specs);
      for (const n of result.namedData ?? []) namedData.push({ key: n.key, bytes: n.bytes });
      const node = graph.fuseNodes(partition.nodes, CALL_DELEGATE, partition.inputs.map(arg.value), partition.outputs);
      // A view the delegate took now has memory of its own that the delegate writes.
      for (const o of partition.outputs) if (o.type.kind === 'tensor' && !o.planned) o.planned = true;
      node.delegate = {
        id: partition.backendId,
        processed: result.processed,
        compileSpecs: (result.compileSpecs ?? specs).map((c) => ({ key: c.key, value: c.value })),
        ...(result.inline ? { inline: true } : {}),
      };
      node.meta.partition = partition.index;
    }
    graph.sortTopologically();
    methods.push(eliminateDeadCode(graph).graph);
  }
  progress({ stage: 'plan', done: 0, total: methods.length });
  const { bytes, plans } = emitProgram(methods, {
    namedData,
    ...(options.schemas ? { schemas: options.schemas } : {}),
    ...(options.algorithms ? { algorithms: options.algorithms } : {}),
  });
  progress({ stage: 'emit', done: 1, total: 1 });
  return { bytes, methods, report, plans };
}

/** The partition report as text: one line per node, then a summary per method. */
export function formatPartitionReport(report: readonly MethodPartitioning[]): string {
  const lines: string[] = [];
  for (const m of report) {
    lines.push(`method ${m.method}: ${m.partitions.length} partition(s)`);
    for (const n of m.nodes) {
      const where = n.backend ? `${n.backend} (partition ${n.partition})` : 'portable';
      const why = Object.entries(n.reasons)
        .map(([b, r]) => `${b}: ${r}`)
        .join('; ');
      lines.push(`  ${String(n.index).padStart(4)}  ${n.op.padEnd(40)} -> ${where}${why ? `  [${why}]` : ''}`);
    }
    const delegated = m.nodes.filter((n) => n.backend).length;
    lines.push(`  ${delegated} of ${m.nodes.length} node(s) delegated`);
  }
  return lines.join('\n');
}

/** The partition report as JSON-ready data. */
export function partitionReportJson(report: readonly MethodPartitioning[]): unknown {
  return report.map((m) => ({
    method: m.method,
    partitions: m.partitions.map((p) => ({
      index: p.index,
      backend: p.backendId,
      nodes: p.nodes.length,
      inputs: p.inputs.map((v) => v.name),
      outputs: p.outputs.map((v) => v.name),
      constants: p.constants.map((v) => v.name),
    })),
    nodes: m.nodes,
  }));
}
