import { type Graph, ProgramBuilder, type WritePteOptions } from '@kindling/ir';
import { type MemoryPlan, type MemoryPlanningOptions, planMemory } from './memory-planning.js';

/** Options for {@link emitProgram}. */
export interface EmitOptions extends MemoryPlanningOptions {
  /** Named data to store in the program (e.g. delegate weights), key to bytes. */
  namedData?: readonly { key: string; bytes: Uint8Array }[];
  /** Segment alignment of the file (default 128). */
  segmentAlignment?: number;
}

/** The emitted file and the memory plan of each method. */
export interface EmitResult {
  readonly bytes: Uint8Array;
  readonly plans: ReadonlyMap<string, MemoryPlan>;
}

/**
 * Writes methods as a `.pte`: memory planning per method ({@link planMemory}), constants deduplicated
 * into the constant segment (16-byte aligned, placeholder entry 0), delegate payloads in segments
 * (deduplicated) unless marked inline, named data in segments.
 */
export function emitProgram(methods: readonly Graph[], options: EmitOptions = {}): EmitResult {
  const builder = new ProgramBuilder(options.schemas ? { schemas: options.schemas } : {});
  const plans = new Map<string, MemoryPlan>();
  for (const g of methods) {
    const plan = planMemory(g, options);
    plans.set(g.name, plan);
    builder.addMethod(g, { memoryPlan: plan });
  }
  for (const n of options.namedData ?? []) builder.addNamedData(n.key, n.bytes);
  const writeOptions: WritePteOptions = options.segmentAlignment ? { segmentAlignment: options.segmentAlignment } : {};
  return { bytes: builder.toPte(writeOptions), plans };
}
