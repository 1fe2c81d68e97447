import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { COREML_MESSAGES, type Model } from '../generated/coreml-proto.js';
import { type CoreMLReference, readCoreMLReference, unflattenDirectory } from './flattened-directory.js';
import { decodeMessage } from './protobuf.js';
import { readWeightBlob, type WeightBlob } from './weight-blob.js';

/** The delegate id ExecuTorch writes for Core ML payloads. */
export const COREML_BACKEND_ID = 'CoreMLBackend';

/** `metadata.json` of a payload, for the function this delegate runs. */
export interface CoreMLMethodMetadata {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
}

/** An `.mlpackage` opened from a file map: the decoded model spec and its weights. */
export interface MlPackage {
  /** Path of the model spec (`model.mlpackage/Data/com.apple.CoreML/model.mlmodel`). */
  readonly modelPath: string;
  /** The decoded model spec. */
  readonly model: Model;
  /** A weight blob by the file name the program gives (`@model_path/weights/weight.bin`) and record offset. */
  blob(fileName: string, offset: number): WeightBlob;
}

/** A `CoreMLBackend` payload, read and checked. */
export interface CoreMLPayload extends MlPackage {
  /** The identifier ExecuTorch gave the model (`executorch_<uuid>`); on device, the compile cache key. */
  readonly identifier: string;
  /** The ML Program function this delegate calls (`main`, or the method's function of a multifunction package). */
  readonly functionName: string;
  /** Input and output names in the order the delegate call passes them. */
  readonly metadata: CoreMLMethodMetadata;
  /** The CMJR reference, when the payload was one (multi-method weight sharing). */
  readonly reference?: CoreMLReference;
  /** Every file of the unflattened directory, by path under the root. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The `.mlpackage` directory among the files. */
  readonly packagePath: string;
}

function fail(message: string, context: Record<string, unknown> = {}, code = ErrorCode.InvalidProgram): never {
  throw new KindlingError(code, `Core ML payload: ${message}`, { context: { backend: COREML_BACKEND_ID, ...context } });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readJson(files: ReadonlyMap<string, Uint8Array>, path: string): Record<string, unknown> {
  const bytes = files.get(path);
  if (!bytes) return fail(`no ${path}`, { path });
  try {
    const o: unknown = JSON.parse(utf8.decode(bytes));
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error('not an object');
    return o as Record<string, unknown>;
  } catch (e) {
    return fail(`${path} is not a JSON object: ${e instanceof Error ? e.message : String(e)}`, { path });
  }
}

function names(x: unknown, what: string): string[] {
  if (!Array.isArray(x) || !x.every((n) => typeof n === 'string'))
    fail(`metadata.json: ${what} is not a list of names`);
  return x as string[];
}

function methodMetadata(meta: Record<string, unknown>, functionName: string | undefined): CoreMLMethodMetadata {
  if (meta.methods !== undefined) {
    const methods = meta.methods as Record<string, Record<string, unknown>> | null;
    if (typeof methods !== 'object' || methods === null) fail('metadata.json: methods is not an object');
    if (functionName === undefined) fail('a multifunction package needs a CMJR reference naming its function');
    const m = Object.hasOwn(methods, functionName) ? methods[functionName] : undefined;
    if (typeof m !== 'object' || m === null) fail(`metadata.json has no method ${functionName}`);
    return { inputNames: names(m.inputNames, 'inputNames'), outputNames: names(m.outputNames, 'outputNames') };
  }
  return { inputNames: names(meta.inputNames, 'inputNames'), outputNames: names(meta.outputNames, 'outputNames') };
}

/** The path of the root model spec of the `.mlpackage` under `root`, from its `Manifest.json`. */
function rootModelPath(files: ReadonlyMap<string, Uint8Array>, pkg: string): string {
  const manifest = readJson(files, `${pkg}/Manifest.json`);
  const id = manifest.rootModelIdentifier;
  const entries = manifest.itemInfoEntries as Record<string, Record<string, unknown>> | undefined;
  if (typeof id !== 'string' || typeof entries !== 'object' || entries === null || !Object.hasOwn(entries, id)) {
    return fail('Manifest.json names no root model item');
  }
  const path = entries[id]?.path;
  if (typeof path !== 'string' || path.split('/').some((p) => p === '..' || p === '')) {
    return fail('Manifest.json: the root model item has a bad path');
  }
  return `${pkg}/Data/${path}`;
}

/**
 * Reads a `CoreMLBackend` payload: unflattens the directory (following a `CMJR` reference into
 * `namedData`), parses `metadata.json` and the package's `Manifest.json`, and decodes the model spec.
 * A compiled model (`.mlmodelc`, compile spec `model_type=compiled_model`) only Core ML can read:
 * it is refused with `NotSupported`.
 */
export function readCoreMLPayload(processed: Uint8Array, namedData?: NamedDataMap): CoreMLPayload {
  const reference = readCoreMLReference(processed);
  let bytes = processed;
  if (reference) {
    if (!namedData?.has(reference.key)) fail(`the CMJR reference names ${reference.key}, not in the named data`);
    bytes = namedData.get(reference.key);
  }
  const { files } = unflattenDirectory(bytes);
  const meta = readJson(files, 'metadata.json');
  const identifier = typeof meta.identifier === 'string' ? meta.identifier : '';
  const metadata = methodMetadata(meta, reference?.functionName);
  if (!files.has('model.mlpackage/Manifest.json')) {
    if ([...files.keys()].some((p) => p.startsWith('model.mlmodelc/'))) {
      fail('a compiled model (.mlmodelc) can only be loaded by Core ML on an Apple device', {}, ErrorCode.NotSupported);
    }
    fail('no model.mlpackage in the payload');
  }
  const functionName = reference?.functionName ?? 'main';
  return {
    identifier,
    functionName,
    metadata,
    ...(reference ? { reference } : {}),
    files,
    packagePath: PACKAGE,
    ...openMlPackage(files, PACKAGE),
  };
}

const PACKAGE = 'model.mlpackage';

/**
 * Opens the `.mlpackage` at `pkg` among `files`: finds the root model through `Manifest.json`,
 * decodes it, and resolves the program's weight references against the files.
 */
export function openMlPackage(files: ReadonlyMap<string, Uint8Array>, pkg: string): MlPackage {
  const modelPath = rootModelPath(files, pkg);
  const spec = files.get(modelPath);
  if (!spec) fail(`no ${modelPath}`);
  const model = decodeMessage<Model>(COREML_MESSAGES, 'Model', spec, 'Core ML model spec');
  const modelDir = modelPath.slice(0, modelPath.lastIndexOf('/'));
  return {
    modelPath,
    model,
    blob(fileName: string, offset: number): WeightBlob {
      const prefix = '@model_path/';
      const rel = fileName.startsWith(prefix) ? fileName.slice(prefix.length) : undefined;
      if (rel === undefined || rel.split('/').some((p) => p === '..' || p === '')) {
        fail(`a weight file name ${fileName} is not under @model_path/`);
      }
      const file = files.get(`${modelDir}/${rel}`);
      if (!file) fail(`no weight file ${rel}`);
      return readWeightBlob(file, offset);
    },
  };
}
