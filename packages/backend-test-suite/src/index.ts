/**
 * The backend test suite: the conformance and robustness checks every Kindling backend runs, ours
 * and vendors'. Cases come from the conformance zoo (programs exported by the real ExecuTorch, with
 * its recorded outputs) and are chosen from the backend's declared capabilities, never by name:
 *
 * - programs ExecuTorch delegated to the backend's id run as they are;
 * - portable programs are lowered with the backend's lowering, when one is given;
 * - with `capabilities.threads`, the delegated programs run again on two threads;
 * - robustness: truncated and bit-flipped payloads give `KindlingError`, `destroy` releases every
 *   delegate (and worker threads), programs run at once on one backend instance stay exact.
 *
 * Run it with vitest (`@kindling/backend-test-suite/vitest`) or without a framework
 * ({@link runBackendSuiteInNode}). Node only: it reads the zoo's files.
 *
 * @packageDocumentation
 */
export {
  DYNAMIC_SHAPES,
  declaredRequirements,
  dtypeRequirement,
  operatorRequirement,
  quantizationRequirement,
  type Requirement,
  THREADS,
  unmet,
  withoutCapability,
} from './capabilities.js';
export { type CaseRequirements, delegatedRequirements, loweredRequirements } from './requirements.js';
export type { RobustnessOptions } from './robustness.js';
export {
  type CheckOutcome,
  type NodeRunnerOptions,
  runBackendSuiteInNode,
  type SuiteReport,
} from './runner.js';
export {
  type BackendFactory,
  type BackendSuiteOptions,
  type CheckGroup,
  planBackendSuite,
  type SuiteBackendOptions,
  type SuiteCheck,
  type SuiteContext,
  type SuitePlan,
  type SuiteProgram,
  withTimeout,
} from './suite.js';
