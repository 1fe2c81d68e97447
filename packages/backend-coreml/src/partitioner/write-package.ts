/**
 * Writes a built ML Program as ExecuTorch's Core ML payload: the `.mlpackage` (`Manifest.json`,
 * `Data/com.apple.CoreML/model.mlmodel`, `Data/com.apple.CoreML/weights/weight.bin`,
 * `executorch_debug_handle_mapping.json`), `metadata.json` and `debug_info.json` in a directory
 * named `lowered_module`, flattened into one blob.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { COREML_MESSAGES } from '../generated/coreml-proto.js';
import { type DirectoryTree, flattenDirectory } from '../serialization/flattened-directory.js';
import { encodeMessage } from '../serialization/protobuf.js';
import { writeWeightFile } from '../serialization/weight-blob.js';
import type { BuiltProgram, DebugHandleEntry } from './build-program.js';

/** The name ExecuTorch gives the flattened directory's root. */
export const ROOT_NAME = 'lowered_module';

const utf8 = new TextEncoder();
const json = (o: unknown, indent?: number): Uint8Array => utf8.encode(JSON.stringify(o, null, indent));

/** 16 bytes as a version-4-shaped UUID (lower case). */
function uuidOf(bytes: Uint8Array): string {
  const b = bytes.slice(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Identifiers of a package, derived from the SHA-256 of its model spec and weights (ExecuTorch draws
 * random ones; derived ones make a lowering reproducible, and on device the identifier is the
 * compile cache key, which then changes exactly when the model does).
 */
interface PackageIds {
  readonly identifier: string;
  readonly modelItem: string;
  readonly weightsItem: string;
}

async function packageIds(spec: Uint8Array, weights: Uint8Array | undefined): Promise<PackageIds> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new KindlingError(ErrorCode.NotSupported, 'Core ML lowering: Web Crypto (crypto.subtle) is not available');
  const all = new Uint8Array(spec.byteLength + (weights?.byteLength ?? 0));
  all.set(spec);
  if (weights) all.set(weights, spec.byteLength);
  const d = new Uint8Array(await subtle.digest('SHA-256', all));
  const flip = d.map((x) => x ^ 0xff);
  return {
    identifier: `executorch_${uuidOf(d)}`,
    modelItem: uuidOf(d.subarray(16)),
    weightsItem: uuidOf(flip),
  };
}

/** The format version the debug mapping files carry (the coremltools release whose layout they follow). */
const DEBUG_MAPPING_VERSION = '9.0';

/**
 * ExecuTorch's two debug files: `executorch_debug_handle_mapping.json` in the package (handle ->
 * operation paths) and `debug_info.json` beside `metadata.json` (debug symbol `<output>:<operator>`
 * -> operation path and -> handles), from which a Core ML runtime relates its operations to graph
 * nodes.
 */
function debugFiles(built: BuiltProgram): { mapping: Uint8Array; info: Uint8Array } {
  const path = (e: DebugHandleEntry) => [
    { Type: 'Program' },
    { Type: 'Function', Name: 'main' },
    { Type: 'Block' },
    { Type: 'Operation', Operator: e.operator, Output: e.output },
  ];
  const mapping: Record<string, ReturnType<typeof path>[]> = {};
  const symbolPaths: Record<string, ReturnType<typeof path>> = {};
  const symbolHandles: Record<string, number[]> = {};
  for (const e of built.debugHandles) {
    const key = String(e.handle);
    if (!Object.hasOwn(mapping, key)) mapping[key] = [];
    mapping[key]?.push(path(e));
    const symbol = `${e.output}:${e.operator}`;
    symbolPaths[symbol] = path(e);
    if (!Object.hasOwn(symbolHandles, symbol)) symbolHandles[symbol] = [];
    symbolHandles[symbol]?.push(e.handle);
  }
  return {
    mapping: json({ version: DEBUG_MAPPING_VERSION, mapping }),
    info: json({
      versionInfo: DEBUG_MAPPING_VERSION,
      debugSymbolToOperationPath: symbolPaths,
      debugSymbolToHandles: symbolHandles,
    }),
  };
}

/** The files of the payload directory, by path under the root (what {@link flattenPayload} flattens). */
export async function payloadTree(built: BuiltProgram): Promise<Map<string, DirectoryTree>> {
  const spec = encodeMessage(COREML_MESSAGES, 'Model', built.model, 'Core ML model spec');
  const weights = built.weights.length > 0 ? writeWeightFile(built.weights).file : undefined;
  const { identifier, modelItem: modelId, weightsItem: weightsId } = await packageIds(spec, weights);
  const manifest = {
    fileFormatVersion: '1.0.0',
    itemInfoEntries: {
      [modelId]: {
        author: 'com.apple.CoreML',
        description: 'CoreML Model Specification',
        name: 'model.mlmodel',
        path: 'com.apple.CoreML/model.mlmodel',
      },
      [weightsId]: {
        author: 'com.apple.CoreML',
        description: 'CoreML Model Weights',
        name: 'weights',
        path: 'com.apple.CoreML/weights',
      },
    },
    rootModelIdentifier: modelId,
  };
  const coreml = new Map<string, DirectoryTree>([['model.mlmodel', spec]]);
  // the weights folder is listed in Manifest.json and written even when empty, as ExecuTorch does
  coreml.set('weights', new Map(weights ? [['weight.bin', weights]] : []));
  const debug = debugFiles(built);
  return new Map<string, DirectoryTree>([
    ['debug_info.json', debug.info],
    ['metadata.json', json({ inputNames: built.inputNames, outputNames: built.outputNames, identifier })],
    [
      'model.mlpackage',
      new Map<string, DirectoryTree>([
        ['Manifest.json', json(manifest, 4)],
        ['Data', new Map([['com.apple.CoreML', coreml]])],
        ['executorch_debug_handle_mapping.json', debug.mapping],
      ]),
    ],
  ]);
}

/** The flattened `CoreMLBackend` payload of `built`. */
export async function flattenPayload(built: BuiltProgram): Promise<Uint8Array> {
  return flattenDirectory(ROOT_NAME, await payloadTree(built));
}
