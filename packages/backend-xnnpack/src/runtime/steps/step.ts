import type { XnnNode } from '../../serialization/xnn-graph.js';
import type { ThreadPool } from '../../threads/pool.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import type { RuntimeValue } from '../runtime-value.js';

/** One node ready to run: `infer` sets its outputs' shapes from its inputs', `run` computes. */
export interface Step {
  readonly node: XnnNode;
  infer(): void;
  run(): void;
  /** Bytes of kernel scratch (in the WebAssembly memory) `run` needs for the current shapes. */
  scratchBytes?(): number;
}

/**
 * What steps share: the WebAssembly kernels (or null), the scratch the graph planned (one slice of
 * `scratchBytes` per thread, `scratchStride` apart) and the thread pool (null: one thread).
 *
 * `heap` is fixed when the graph is loaded: every step chooses between the WebAssembly and the
 * TypeScript kernels once, when it is built, from `heap` and from where its operands live (with a
 * heap, every value but the constants lives in its memory; see {@link inKernelMemory}).
 */
export interface StepContext {
  readonly heap: KernelHeap | null;
  scratchPtr: number;
  scratchBytes: number;
  scratchStride: number;
  pool: ThreadPool | null;
}

/** Resolves a value id to its runtime value. */
export type ValueLookup = (id: number) => RuntimeValue;

/** The operands of the node a {@link StepFactory} builds. */
export interface StepOperands {
  /** Input `i`; a `KindlingError` when it is missing. */
  input(i: number): RuntimeValue;
  /** Input `i`, or null when it is absent (an optional bias). */
  optional(i: number): RuntimeValue | null;
  /** The node's (first) output. */
  readonly out: RuntimeValue;
}

/** Builds the step of one node type. */
export type StepFactory = (node: XnnNode, io: StepOperands, ctx: StepContext) => Step;

/**
 * Whether a value lives in the kernels' memory. With WebAssembly kernels every non-constant value
 * does (the graph places external tensors there too), so this is known when a step is built.
 */
export function inKernelMemory(v: RuntimeValue): boolean {
  return v.storage === 'arena';
}
