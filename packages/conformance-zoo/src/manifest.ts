import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KindlingError, parseScalarType, Tensor } from '@kindling/core';

/** A value in the manifest: a tensor stored in a raw file, or a literal scalar. */
export type ManifestValue =
  | { kind: 'tensor'; dtype: string; shape: number[]; file: string; dim_order?: number[] }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' };

export interface ManifestStep {
  method: string;
  inputs: ManifestValue[];
  outputs: ManifestValue[];
  eager_outputs?: ManifestValue[];
}

export interface ManifestCase {
  id: string;
  model: string;
  flavour: string;
  file: string;
  committed: boolean;
  size: number;
  sha256: string;
  tolerance: { atol: number; rtol: number };
  /** The quantization scheme of the flavour's recipe (`int8-static`, ...), `null` for float programs. */
  quantization?: string | null;
  steps: ManifestStep[];
  /** Operators left to kernels in the program (`aten::add.out`, ...). */
  operators: string[];
  /** Delegate ids the program calls (empty for a portable program). */
  delegates: string[];
  /** Delegate calls in the program. */
  delegate_calls: number;
  notes?: string;
}

export interface Manifest {
  schema: number;
  executorch_version: string;
  torch_version: string;
  cases: ManifestCase[];
  models?: Record<string, Record<string, unknown>>;
  skipped_flavours?: { model: string; flavour: string; reason: string }[];
}

export function readManifest(path: string): Manifest {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (manifest.schema !== 1 || !Array.isArray(manifest.cases)) {
    throw new KindlingError(ErrorCode.InvalidArgument, `${path} is not a schema-1 conformance manifest`);
  }
  return manifest;
}

/** Reads a raw little-endian tensor file as a contiguous tensor of the given dtype and shape. */
export function readTensorFile(dir: string, v: Extract<ManifestValue, { kind: 'tensor' }>): Tensor {
  const dtype = parseScalarType(v.dtype);
  if (dtype === undefined) throw new KindlingError(ErrorCode.InvalidArgument, `unknown dtype ${v.dtype}`);
  const bytes = new Uint8Array(readFileSync(join(dir, v.file)));
  return new Tensor({ dtype, sizes: v.shape, bytes });
}
