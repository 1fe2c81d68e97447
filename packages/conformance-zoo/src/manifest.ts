import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bfloat16ToFloat, halfToFloat } from '@kindling/backend-utils';
import { ErrorCode, KindlingError, parseScalarType, ScalarType, Tensor } from '@kindling/core';

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

/** Copies a contiguous tensor into a tensor of the same shape stored in `dimOrder`. */
export function toDimOrder(t: Tensor, dimOrder: readonly number[]): Tensor {
  const out = new Tensor({ dtype: t.dtype, sizes: t.sizes, dimOrder });
  copyLogical(t, out);
  return out;
}

/** Copies element by logical index from `src` to `dst` (same sizes, any dim orders). */
export function copyLogical(src: Tensor, dst: Tensor): void {
  const sizes = src.sizes;
  const rank = sizes.length;
  const n = src.numel;
  const s = src.data as unknown as { [i: number]: number | bigint };
  const d = dst.data as unknown as { [i: number]: number | bigint };
  const index = new Array<number>(rank).fill(0);
  for (let i = 0; i < n; i++) {
    let so = 0;
    let doff = 0;
    for (let k = 0; k < rank; k++) {
      so += (index[k] as number) * (src.strides[k] as number);
      doff += (index[k] as number) * (dst.strides[k] as number);
    }
    d[doff] = s[so] as number | bigint;
    for (let k = rank - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (sizes[k] as number)) break;
      index[k] = 0;
    }
  }
}

/** Elements of a tensor in logical (contiguous) order as numbers; half and bfloat16 decoded. */
export function logicalNumbers(t: Tensor): Float64Array {
  const contiguous = t.dimOrder.every((d, i) => d === i)
    ? t
    : toDimOrder(
        t,
        t.dimOrder.map((_, i) => i),
      );
  const out = new Float64Array(t.numel);
  const raw = contiguous.data as unknown as ArrayLike<number | bigint>;
  const decode =
    t.dtype === ScalarType.Half ? halfToFloat : t.dtype === ScalarType.BFloat16 ? bfloat16ToFloat : undefined;
  for (let i = 0; i < out.length; i++) {
    const v = raw[i] as number | bigint;
    out[i] = decode ? decode(Number(v)) : Number(v);
  }
  return out;
}
