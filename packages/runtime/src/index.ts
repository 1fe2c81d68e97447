/**
 * Kindling runtime: load ExecuTorch programs (`.pte`) and run them in any JavaScript engine.
 *
 * @packageDocumentation
 */
export {
  BUNDLED_DEFAULT_TOLERANCE,
  type BundledCaseResult,
  type BundledReport,
  type RunBundledOptions,
  runBundledProgram,
  tensorElements,
} from './bundled.js';
export { loadDataFile, readDataFile } from './data-file.js';
export {
  createEventTracer,
  type EventKind,
  type EventSummaryRow,
  type EventTracerOptions,
  formatEventSummary,
  type RecordingEventTracer,
  type TracedEvent,
} from './event-tracer.js';
export {
  canonicalOperatorName,
  createKernelRegistry,
  isKernelRegistry,
  type KernelRegistry,
  kernelAccepts,
} from './kernel-registry.js';
export { portableKernels } from './kernels/index.js';
export { type BytesSource, type LoadBytesOptions, loadBytes } from './load-source.js';
export { DEFAULT_MAX_PLANNED_BYTES, MemoryArena } from './memory-arena.js';
export {
  BACKEND_PACKAGES,
  DEFAULT_LOOP_BUDGET_MS,
  type ExecuteLimits,
  MAX_INSTRUCTIONS_PER_EXECUTE,
  Method,
  type MethodExecuteOptions,
  type MethodLoadOptions,
} from './method.js';
export type { MethodInput, MethodOutput, MethodOutputs } from './method-io.js';
export type { Dynamism, MethodMeta, ScalarValueMeta, TensorValueMeta, ValueMeta } from './method-meta.js';
export { type ExecuteOptions, Module, type ModuleLoadOptions } from './module.js';
export { mergeNamedData } from './named-data.js';
export { Program, type ProgramLoadOptions } from './program.js';
