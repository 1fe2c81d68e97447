import * as fb from './flat.js';
import { invalid } from './flat.js';

/** Element types of VkGraph tensors (`VkDataType`). */
export enum VkDataType {
  Bool = 0,
  UInt8 = 1,
  Int8 = 2,
  Int32 = 3,
  Float16 = 4,
  Float32 = 5,
  Float64 = 6,
  Int64 = 7,
  Unset = 127,
}

/** Storage hints (`VkStorageType`); this backend keeps every tensor in a storage buffer. */
export enum VkStorageType {
  Buffer = 0,
  Texture3D = 1,
  Texture2D = 2,
  Default = 255,
}

/** Kinds of the `GraphTypes` union of a `VkValue`. */
export enum VkValueKind {
  None = 0,
  Null = 1,
  Int = 2,
  Double = 3,
  Bool = 4,
  Tensor = 5,
  IntList = 6,
  DoubleList = 7,
  BoolList = 8,
  ValueList = 9,
  String = 10,
  SymInt = 11,
}

/** A tensor value of the graph. */
export interface VkTensor {
  readonly kind: VkValueKind.Tensor;
  readonly dtype: VkDataType;
  readonly dims: readonly number[];
  /** Index into {@link VkGraph.constants}, or -1. */
  readonly constantId: number;
  /** Memory object id of ExecuTorch's planner (a hint), or -1. */
  readonly memObjId: number;
  readonly storageType: number;
  readonly memoryLayout: number;
  readonly stagingDtype: VkDataType;
}

/** One value of the graph. */
export type VkValue =
  | { readonly kind: VkValueKind.None | VkValueKind.Null }
  | { readonly kind: VkValueKind.Int; readonly value: bigint }
  | { readonly kind: VkValueKind.Double; readonly value: number }
  | { readonly kind: VkValueKind.Bool; readonly value: boolean }
  | VkTensor
  | { readonly kind: VkValueKind.IntList; readonly value: readonly bigint[] }
  | { readonly kind: VkValueKind.DoubleList; readonly value: readonly number[] }
  | { readonly kind: VkValueKind.BoolList; readonly value: readonly boolean[] }
  | { readonly kind: VkValueKind.ValueList; readonly value: readonly number[] }
  | { readonly kind: VkValueKind.String; readonly value: string }
  | { readonly kind: VkValueKind.SymInt; readonly value: number };

/** Where a constant's bytes are: the payload's raw-bytes section, or a named-data key. */
export interface VkBytes {
  /** Offset in the raw-bytes section; `2^64 - 1` when the bytes are in named data. */
  readonly offset: bigint;
  readonly length: bigint;
  readonly namedKey: string | null;
}

/** One operator call of the chain. */
export interface VkOperatorCall {
  readonly nodeId: number;
  readonly name: string;
  /** Value ids; the outputs are the last ones. */
  readonly args: readonly number[];
}

/** The decoded `VkGraph` (file identifier `VK00`). */
export interface VkGraph {
  readonly version: string;
  readonly chain: readonly VkOperatorCall[];
  readonly values: readonly VkValue[];
  readonly inputIds: readonly number[];
  readonly outputIds: readonly number[];
  readonly constants: readonly VkBytes[];
  readonly shaders: readonly VkBytes[];
}

/** File identifier of the VkGraph flatbuffer. */
export const VK_GRAPH_IDENTIFIER = 'VK00';

function decodeValue(f: fb.Flat, t: number, index: number): VkValue {
  const kind = fb.u8(f, t, 0);
  const body = fb.table(f, t, 1);
  if (kind === VkValueKind.None || kind === VkValueKind.Null) return { kind };
  if (body === null) invalid(`value ${index} has kind ${kind} but no body`, { value: index });
  switch (kind) {
    case VkValueKind.Int:
      return { kind, value: fb.int64(f, body, 0, true) };
    case VkValueKind.Double:
      return { kind, value: fb.float64(f, body, 0) };
    case VkValueKind.Bool:
      return { kind, value: fb.u8(f, body, 0) !== 0 };
    case VkValueKind.Tensor:
      return {
        kind,
        dtype: fb.i8(f, body, 0),
        dims: fb.ints(f, body, 1, false),
        constantId: fb.int32(f, body, 2),
        memObjId: fb.int32(f, body, 3),
        storageType: fb.u8(f, body, 4, VkStorageType.Default),
        memoryLayout: fb.u8(f, body, 5, 255),
        stagingDtype: fb.i8(f, body, 6, VkDataType.Unset),
      };
    case VkValueKind.IntList:
      return { kind, value: fb.longs(f, body, 0) };
    case VkValueKind.DoubleList:
      return { kind, value: fb.doubles(f, body, 0) };
    case VkValueKind.BoolList:
      return { kind, value: fb.bools(f, body, 0) };
    case VkValueKind.ValueList:
      return { kind, value: fb.ints(f, body, 0, true) };
    case VkValueKind.String:
      return { kind, value: fb.str(f, body, 0) ?? '' };
    case VkValueKind.SymInt:
      return { kind, value: fb.int32(f, body, 0) };
    default:
      return invalid(`value ${index} has unknown kind ${kind}`, { value: index });
  }
}

function decodeBytes(f: fb.Flat, t: number): VkBytes {
  return { offset: fb.int64(f, t, 0, false), length: fb.int64(f, t, 1, false), namedKey: fb.str(f, t, 2) };
}

/** Decodes a VkGraph flatbuffer (its structure only: the backend checks its meaning at load). */
export function decodeVkGraph(bytes: Uint8Array): VkGraph {
  const [f, root] = fb.openFlat(bytes);
  const id = fb.identifier(f);
  if (id !== VK_GRAPH_IDENTIFIER) invalid(`file identifier is "${id}", expected "${VK_GRAPH_IDENTIFIER}"`);
  return {
    version: fb.str(f, root, 0) ?? '',
    chain: fb.tables(f, root, 1, (t) => ({
      nodeId: fb.uint32(f, t, 0),
      name: fb.str(f, t, 1) ?? '',
      args: fb.ints(f, t, 2, true),
    })),
    values: fb.tables(f, root, 2, (t, i) => decodeValue(f, t, i)),
    inputIds: fb.ints(f, root, 3, false),
    outputIds: fb.ints(f, root, 4, false),
    constants: fb.tables(f, root, 5, (t) => decodeBytes(f, t)),
    shaders: fb.tables(f, root, 6, (t) => decodeBytes(f, t)),
  };
}
