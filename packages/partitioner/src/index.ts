/**
 * Ahead-of-time lowering for Kindling: the versioned `BackendLowering` interface, capability-based
 * partitioning, `lower()`, memory planning and emission of `.pte` programs.
 *
 * @packageDocumentation
 */
export { type EmitOptions, type EmitResult, emitProgram } from './emit.js';
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
