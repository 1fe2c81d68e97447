/**
 * The graph IR: SSA values and nodes with namespaced op names, imported from and exported to
 * ExecuTorch execution plans, with an operator schema table, shape and dtype inference, a printer,
 * a verifier, a pass manager and passes.
 *
 * @packageDocumentation
 */

export { deduplicateConstants, eliminateDeadCode } from '../passes/index.js';
export { cloneGraph } from './clone.js';
export {
  type AddMethodOptions,
  type Allocation,
  bumpMemoryPlan,
  type ExportContext,
  exportMethod,
  type MethodMemoryPlan,
  needsAllocation,
  ProgramBuilder,
  type ProgramBuilderOptions,
  TENSOR_ALIGNMENT,
  valueByteSize,
} from './export-program.js';
export {
  type AddNodeOptions,
  type Argument,
  arg,
  argumentValues,
  CALL_DELEGATE,
  type DelegateInfo,
  Graph,
  isStatic,
  type Literal,
  mapArgumentValues,
  Node,
  type ScalarValueType,
  type TensorType,
  tensorType,
  Value,
  type ValueSource,
  type ValueType,
} from './graph.js';
export { type ImportOptions, importMethod, importProgram, type ProgramSource } from './import-program.js';
export { OP_SCHEMAS, type OpSchemaEntry } from './op-schemas.js';
export {
  type GraphPass,
  type PassLogEntry,
  type PassManagerOptions,
  type PassResult,
  runPasses,
} from './pass-manager.js';
export { formatArgument, formatNode, formatType, printGraph, shortDtype } from './printer.js';
export {
  defaultSchemas,
  fallbackOpName,
  type OpSchema,
  parseSignature,
  requireSchema,
  type SchemaArgument,
  SchemaRegistry,
} from './schema.js';
export {
  broadcastShapes,
  INFERENCE_RULES,
  type InferredType,
  inferOutputTypes,
  type PromotionOperand,
  promoteTypes,
  resultType,
} from './shape-inference.js';
export { findGraphProblems, type VerifyOptions, verifyGraph } from './verifier.js';
