/**
 * Ahead-of-time lowering for Kindling: the versioned `BackendLowering` interface, capability-based
 * partitioning, `lower()`, memory planning and emission of `.pte` programs.
 *
 * @packageDocumentation
 */

export {
  type BackendChoice,
  type BackendLowering,
  type BackendLoweringV1,
  isBackendLowering,
  type Partition,
  type PreprocessResult,
  type SupportContext,
  type SupportResult,
} from './backend-lowering.js';
export { type EmitOptions, type EmitResult, emitProgram } from './emit.js';
export {
  formatPartitionReport,
  type LowerOptions,
  type LowerProgress,
  type LowerResult,
  lower,
  partitionReportJson,
} from './lower.js';
export {
  bestFitByArea,
  bestFitByLifetime,
  bestFitBySize,
  computeLifetimes,
  DEFAULT_ALGORITHMS,
  findPlanConflict,
  greedySharedObjects,
  type MemoryPlan,
  type MemoryPlanningOptions,
  type PlacementAlgorithm,
  planMemory,
  type TensorLifetime,
} from './memory-planning.js';
export {
  extractSubgraph,
  type MethodPartitioning,
  type NodeReport,
  type PartitionOptions,
  partitionGraph,
} from './partition.js';
