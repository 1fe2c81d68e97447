import type {
  Availability,
  Backend,
  BackendInitContext,
  CompileSpec,
  DelegateHandle,
  EValue,
  Tensor,
} from '@kindling/core';
import { ErrorCode, KindlingError, ScalarType, Tag } from '@kindling/core';
import { COREML_CAPABILITIES } from '../capabilities.js';
import { ArrayDataType, type FeatureDescription } from '../generated/coreml-proto.js';
import { COREML_BACKEND_ID, type CoreMLPayload, readCoreMLPayload } from '../serialization/model-package.js';
import type { CoreMLArrayType, CoreMLComputeUnits, CoreMLHost, CoreMLHostTensor } from './host.js';

/** Options of the Core ML backend. */
export interface CoreMLOptions {
  /**
   * The bridge to Core ML: an Apple app's native host, or `referenceHost()` (the TypeScript
   * reference interpreter, any platform). Without one the backend is unavailable.
   */
  readonly host?: CoreMLHost;
  /** Compute units for every delegate, instead of the program's `compute_units` compile spec. */
  readonly computeUnits?: CoreMLComputeUnits;
}

/** Why the backend cannot run without a host. */
export const NO_HOST_REASON =
  'no Core ML host: Core ML runs only on Apple devices (macOS, iOS, iPadOS, visionOS), through a native host ' +
  'the app passes as coreml({ host }); coreml({ host: referenceHost() }) runs Core ML programs in the ' +
  'TypeScript reference interpreter instead (slow, for tests and debugging)';

const COMPUTE_UNITS: readonly CoreMLComputeUnits[] = ['all', 'cpu_only', 'cpu_and_gpu', 'cpu_and_ne'];

interface IoSpec {
  readonly name: string;
  readonly dtype: CoreMLArrayType;
  readonly shape: readonly number[];
}

class CoreMLDelegate {
  released = false;
  constructor(
    readonly host: CoreMLHost,
    readonly compiled: unknown,
    readonly loaded: unknown,
    readonly inputs: readonly IoSpec[],
    readonly outputs: readonly IoSpec[],
  ) {}
}

function fail(code: ErrorCode, message: string, context: Record<string, unknown> = {}): never {
  throw new KindlingError(code, `Core ML backend: ${message}`, { context: { backend: COREML_BACKEND_ID, ...context } });
}

const utf8 = new TextDecoder();

function computeUnitsOf(specs: readonly CompileSpec[], override?: CoreMLComputeUnits): CoreMLComputeUnits {
  if (override) return override;
  const spec = specs.find((s) => s.key === 'compute_units');
  if (!spec) return 'all';
  const v = utf8.decode(spec.value) as CoreMLComputeUnits;
  if (!COMPUTE_UNITS.includes(v)) fail(ErrorCode.InvalidProgram, `compile spec compute_units is ${v}`);
  return v;
}

function arrayType(t: number, name: string): CoreMLArrayType {
  if (t === ArrayDataType.FLOAT32) return 'float32';
  if (t === ArrayDataType.FLOAT16) return 'float16';
  if (t === ArrayDataType.INT32) return 'int32';
  return fail(
    ErrorCode.NotSupported,
    `feature ${name} has multi-array type ${t} (float32, float16, int32 are supported)`,
  );
}

/** The model description's feature of each name, in the order the delegate call passes them. */
function ioSpecs(features: readonly FeatureDescription[], names: readonly string[], what: string): IoSpec[] {
  return names.map((name) => {
    const f = features.find((x) => x.name === name);
    const array = f?.type?.multiArrayType;
    if (!array) return fail(ErrorCode.InvalidProgram, `the model describes no multi-array ${what} ${name}`);
    return { name, dtype: arrayType(array.dataType, name), shape: array.shape };
  });
}

// Core ML has no bool arrays: ExecuTorch's Core ML programs take and give bool tensors as float32 0/1.
const TENSOR_TYPES: Readonly<Record<CoreMLArrayType, readonly ScalarType[]>> = {
  float32: [ScalarType.Float, ScalarType.Bool],
  float16: [ScalarType.Half],
  int32: [ScalarType.Int, ScalarType.Long],
};

function tensorArg(args: EValue[], i: number, spec: IoSpec, what: string): Tensor {
  const v = args[i];
  if (!v || v.tag !== Tag.Tensor) return fail(ErrorCode.InvalidArgument, `${what} ${i} is not a tensor`);
  const t = v.value;
  if (!TENSOR_TYPES[spec.dtype].includes(t.dtype)) {
    fail(ErrorCode.InvalidArgument, `${what} ${spec.name} is ${t.dtypeName}, the model takes ${spec.dtype}`);
  }
  if (t.dimOrder.some((d, k) => d !== k)) fail(ErrorCode.NotSupported, `${what} ${spec.name} is not contiguous`);
  return t;
}

/** A rank-0 tensor against a shape [1] feature (Core ML arrays have at least one dimension). */
const scalarFeature = (sizes: readonly number[], shape: readonly number[]): boolean =>
  sizes.length === 0 && shape.length === 1 && shape[0] === 1;

function toHost(t: Tensor, spec: IoSpec): CoreMLHostTensor {
  if (scalarFeature(t.sizes, spec.shape)) {
    // passed as the model's one-element array
  } else if (t.sizes.length !== spec.shape.length || t.sizes.some((d, k) => d !== spec.shape[k])) {
    fail(ErrorCode.InvalidArgument, `input ${spec.name} has shape [${t.sizes}], the model takes [${spec.shape}]`);
  }
  const src = t.data as ArrayLike<number | bigint>;
  let data: Float32Array | Uint16Array | Int32Array;
  if (spec.dtype === 'float32') data = Float32Array.from(src as ArrayLike<number>);
  else if (spec.dtype === 'float16') data = Uint16Array.from(src as ArrayLike<number>);
  else {
    data = new Int32Array(t.numel);
    for (let k = 0; k < t.numel; k++) {
      const x = Number(src[k]);
      if (x !== (x | 0)) fail(ErrorCode.InvalidArgument, `input ${spec.name} holds ${x}, outside int32`);
      data[k] = x;
    }
  }
  return { name: spec.name, dtype: spec.dtype, shape: spec.shape, data };
}

/** Checks a host result against the model's description and the output tensor, before anything is written. */
function checkOutput(out: Tensor, got: CoreMLHostTensor, spec: IoSpec): void {
  if (got.dtype !== spec.dtype)
    fail(ErrorCode.Internal, `the host returned ${got.name} as ${got.dtype}, not ${spec.dtype}`);
  if (got.data.length !== got.shape.reduce((a, b) => a * b, 1)) {
    fail(ErrorCode.Internal, `the host returned ${got.name} with ${got.data.length} elements for [${got.shape}]`);
  }
  const same =
    scalarFeature(out.sizes, got.shape) ||
    (out.sizes.length === got.shape.length && out.sizes.every((d, k) => d === got.shape[k]));
  if (!same && out.shapeIsStatic) {
    fail(ErrorCode.InvalidArgument, `output ${got.name} is [${got.shape}], the program's tensor is [${out.sizes}]`);
  }
}

function writeOutput(out: Tensor, got: CoreMLHostTensor): void {
  const scalar = scalarFeature(out.sizes, got.shape);
  if (!scalar && (out.sizes.length !== got.shape.length || out.sizes.some((d, k) => d !== got.shape[k])))
    out.resize(got.shape);
  const dst = out.data as unknown as { [k: number]: number | bigint; length: number };
  const big = out.dtype === ScalarType.Long;
  const bool = out.dtype === ScalarType.Bool;
  for (let k = 0; k < got.data.length; k++) {
    const v = got.data[k] as number;
    dst[k] = big ? BigInt(v) : bool ? (v !== 0 ? 1 : 0) : v;
  }
}

function delegateOf(handle: DelegateHandle): CoreMLDelegate {
  if (!(handle instanceof CoreMLDelegate) || handle.released) {
    return fail(ErrorCode.DelegateInvalidHandle, 'the handle is not a live delegate of this backend');
  }
  return handle;
}

/**
 * Creates the Core ML backend: it executes `CoreMLBackend` delegates (ExecuTorch's flattened
 * `.mlpackage` payload) through a {@link CoreMLHost}. It reads and checks the payload itself
 * (metadata, manifest, model spec, weights) and hands the package to the host, which compiles,
 * loads and runs it. Without a host it is unavailable (Core ML exists only on Apple devices):
 *
 * ```ts
 * const module = await Module.load(bytes, {
 *   backends: [coreml({ host: referenceHost() })],
 *   kernels: portableKernels,
 * });
 * ```
 */
export function coreml(options: CoreMLOptions = {}): Backend {
  const host = options.host;
  return {
    specificationVersion: 'v1',
    id: COREML_BACKEND_ID,
    name: host ? `coreml (${host.name})` : 'coreml',
    capabilities: COREML_CAPABILITIES,
    async isAvailable(): Promise<Availability> {
      if (!host) return { available: false, reason: NO_HOST_REASON };
      return host.isAvailable();
    },
    async init(context: BackendInitContext, processed: Uint8Array, compileSpecs: readonly CompileSpec[]) {
      const payload: CoreMLPayload = readCoreMLPayload(processed, context.namedData);
      // a multifunction package describes each function; a single-function model describes itself
      const model = payload.model.description;
      const description = model?.functions.find((f) => f.name === payload.functionName) ?? model;
      const inputs = ioSpecs(description?.input ?? [], payload.metadata.inputNames, 'input');
      const outputs = ioSpecs(description?.output ?? [], payload.metadata.outputNames, 'output');
      if (!host) return fail(ErrorCode.NotSupported, NO_HOST_REASON);
      const computeUnits = computeUnitsOf(compileSpecs, options.computeUnits);
      const compiled = await host.compile({
        identifier: payload.identifier,
        files: payload.files,
        packagePath: payload.packagePath,
      });
      try {
        const loaded = await host.load(compiled, { computeUnits, functionName: payload.functionName });
        return new CoreMLDelegate(host, compiled, loaded, inputs, outputs);
      } catch (e) {
        host.release(compiled);
        throw e;
      }
    },
    async execute(_context, handle: DelegateHandle, args: EValue[]): Promise<void> {
      const d = delegateOf(handle);
      const n = d.inputs.length;
      if (args.length !== n + d.outputs.length) {
        fail(
          ErrorCode.InvalidArgument,
          `${args.length} arguments, the delegate takes ${n} inputs and ${d.outputs.length} outputs`,
        );
      }
      const hostInputs = d.inputs.map((spec, i) => toHost(tensorArg(args, i, spec, 'input'), spec));
      const outs = d.outputs.map((spec, i) => tensorArg(args, n + i, spec, 'output'));
      const results = await d.host.predict(d.loaded, hostInputs);
      const byName = new Map(results.map((r) => [r.name, r]));
      const found = d.outputs.map(
        (spec) => byName.get(spec.name) ?? fail(ErrorCode.Internal, `the host returned no ${spec.name}`),
      );
      // every output is checked before any is written: a failed call leaves the outputs as they were
      found.forEach((got, i) => {
        checkOutput(outs[i]!, got, d.outputs[i]!);
      });
      found.forEach((got, i) => {
        writeOutput(outs[i]!, got);
      });
    },
    destroy(handle: DelegateHandle): void {
      const d = delegateOf(handle);
      d.released = true;
      d.host.release(d.loaded);
      d.host.release(d.compiled);
    },
  };
}
