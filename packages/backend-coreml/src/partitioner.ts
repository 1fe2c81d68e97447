/**
 * AOT entry of the Core ML backend: {@link coremlLowering} decides which graph nodes Core ML takes
 * (a small operator set, with Core ML's rank, dtype and operator constraints as ExecuTorch's
 * CoreMLPartitioner applies them) and writes each partition as ExecuTorch's `CoreMLBackend` payload:
 * an ML Program `.mlpackage` (model spec, blob v2 weight file, `Manifest.json`) and
 * `metadata.json`, flattened, with ExecuTorch's compile specs.
 *
 * ```ts
 * import { lower } from '@kindling/partitioner';
 * import { coremlLowering } from '@kindling/backend-coreml/partitioner';
 * import { xnnpackLowering } from '@kindling/backend-xnnpack/partitioner';
 * // Core ML first; the CPU delegate takes what Core ML does not
 * const { bytes } = await lower(programBytes, { backends: [coremlLowering(), xnnpackLowering()] });
 * ```
 *
 * @packageDocumentation
 */

import { type CompileSpec, ErrorCode, KindlingError } from '@kindling/core';
import type {
  BackendLoweringV1,
  Partition,
  PreprocessResult,
  SupportContext,
  SupportResult,
} from '@kindling/partitioner';
import { COREML_CAPABILITIES } from './capabilities.js';
import {
  buildProgram,
  type CoreMLDeploymentTarget,
  type CoreMLPrecision,
  DEPLOYMENT_TARGETS,
} from './partitioner/build-program.js';
import { supportsNode } from './partitioner/support.js';
import { flattenPayload } from './partitioner/write-package.js';
import { readCoreMLPayload } from './serialization/model-package.js';

/** The Core ML lowering: a `BackendLoweringV1` of `@kindling/partitioner`. */
export interface CoreMLLowering extends BackendLoweringV1 {
  readonly id: 'CoreMLBackend';
  readonly name: 'coreml';
}

/** Compute units the program asks Core ML for (compile spec `compute_units`). */
export type CoreMLComputeUnits = 'all' | 'cpu_only' | 'cpu_and_gpu' | 'cpu_and_ne';

/** Options of {@link coremlLowering}. */
export interface CoreMLLoweringOptions {
  /** Default `'all'`, as ExecuTorch. */
  readonly computeUnits?: CoreMLComputeUnits;
  /** Default `'float16'`, as ExecuTorch: an fp16 program (fp32 inputs and outputs, cast inside). */
  readonly precision?: CoreMLPrecision;
  /**
   * The oldest OS the program must load on: `iOS15` (default: spec version 6, opset CoreML5, what
   * ExecuTorch writes without a target), `iOS16`, `iOS17` or `iOS18`.
   */
  readonly minDeploymentTarget?: CoreMLDeploymentTarget;
  /**
   * int64 tensors from the program's inputs (or computed by portable kernels): Core ML programs hold
   * int32. `'bounded'` (default) takes them only as indices (embedding, gather, index, scatter), so a
   * lowered program gives torch's result for every input; `'int32'` takes them wherever an int tensor
   * is, as ExecuTorch's CoreMLPartitioner does (comparisons, max/min, copies of int64 inputs), and the
   * backend refuses a call whose int64 input lies outside int32 with `InvalidArgument`.
   */
  readonly int64Inputs?: 'bounded' | 'int32';
}

const COMPUTE_UNITS: readonly CoreMLComputeUnits[] = ['all', 'cpu_only', 'cpu_and_gpu', 'cpu_and_ne'];

const utf8 = new TextEncoder();
const spec = (key: string, value: string): CompileSpec => ({ key, value: utf8.encode(value) });

function checkOptions(options: CoreMLLoweringOptions): Required<Omit<CoreMLLoweringOptions, 'minDeploymentTarget'>> & {
  minDeploymentTarget?: CoreMLDeploymentTarget;
} {
  const bad = (what: string, value: unknown, allowed: readonly string[]): never => {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `coremlLowering: ${what} ${String(value)} is not one of ${allowed.join(', ')}`,
      {
        context: { backend: 'CoreMLBackend' },
      },
    );
  };
  const computeUnits = options.computeUnits ?? 'all';
  if (!COMPUTE_UNITS.includes(computeUnits)) bad('computeUnits', computeUnits, COMPUTE_UNITS);
  const precision = options.precision ?? 'float16';
  if (precision !== 'float16' && precision !== 'float32') bad('precision', precision, ['float16', 'float32']);
  const target = options.minDeploymentTarget;
  if (target !== undefined && !Object.hasOwn(DEPLOYMENT_TARGETS, target))
    bad('minDeploymentTarget', target, Object.keys(DEPLOYMENT_TARGETS));
  const int64Inputs = options.int64Inputs ?? 'bounded';
  if (int64Inputs !== 'bounded' && int64Inputs !== 'int32') bad('int64Inputs', int64Inputs, ['bounded', 'int32']);
  return { computeUnits, precision, int64Inputs, ...(target ? { minDeploymentTarget: target } : {}) };
}

/**
 * The compile specs ExecuTorch's `CoreMLBackend.generate_compile_specs` writes, in its order:
 * `compute_units`, `min_deployment_target` (the target's spec version number, empty when none),
 * `model_compute_precision`, `model_type` (`model`: an `.mlpackage`, compiled on device).
 */
export function coremlCompileSpecs(options: CoreMLLoweringOptions = {}): CompileSpec[] {
  const o = checkOptions(options);
  return [
    spec('compute_units', o.computeUnits),
    spec('min_deployment_target', o.minDeploymentTarget ? String(DEPLOYMENT_TARGETS[o.minDeploymentTarget].value) : ''),
    spec('model_compute_precision', o.precision),
    spec('model_type', 'model'),
  ];
}

/** `preprocess` of the Core ML lowering: the flattened payload and its compile specs. */
export async function preprocessPartition(
  partition: Partition,
  options: CoreMLLoweringOptions = {},
): Promise<PreprocessResult> {
  const o = checkOptions(options);
  const built = buildProgram(partition, o.precision, o.minDeploymentTarget ?? 'iOS15');
  return { processed: await flattenPayload(built), compileSpecs: coremlCompileSpecs(options) };
}

/** Creates the Core ML lowering (delegate id `CoreMLBackend`). */
export function coremlLowering(options: CoreMLLoweringOptions = {}): CoreMLLowering {
  const checked = checkOptions(options);
  return {
    specificationVersion: 'v1',
    id: 'CoreMLBackend',
    name: 'coreml',
    capabilities: COREML_CAPABILITIES,
    // the payload's inputs are tensors; sizes are literals of the program
    tensorArgumentsOnly: true,
    supports: (node, context: SupportContext): SupportResult =>
      supportsNode(node, context, { int64Inputs: checked.int64Inputs }),
    preprocess: (partition: Partition): Promise<PreprocessResult> => preprocessPartition(partition, options),
  };
}

export default coremlLowering;

export { COREML_CAPABILITIES } from './capabilities.js';
export {
  type BuiltProgram,
  buildProgram,
  type CoreMLDeploymentTarget,
  type CoreMLPrecision,
  DEPLOYMENT_TARGETS,
} from './partitioner/build-program.js';
export { LOWERED_OPERATORS, MAX_RANK, type SupportOptions, supportsNode } from './partitioner/support.js';
export { flattenPayload, payloadTree, ROOT_NAME } from './partitioner/write-package.js';

/** The MIL operation types a Core ML payload's `main` function calls, once each, sorted (for `kindling select`). */
export function delegateNodeTypes(payload: Uint8Array): string[] {
  const p = readCoreMLPayload(payload);
  const fn = p.model.mlProgram?.functions.get(p.functionName);
  const block = fn?.blockSpecializations.get(fn.opset);
  return [...new Set((block?.operations ?? []).map((o) => o.type).filter((t) => t !== 'const'))].sort();
}
