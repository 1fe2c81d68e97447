// Load a program from a Blob or File (from an <input type="file"> or a drop) with progress and a
// time limit, give the input's dtype by name, read outputs as typed tensors, and dispose the module
// with `await using`.
import { Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

/** Runs a top-k program (float32 [2, 7] in; its values and their int64 indices out). */
export async function topK(
  file: Blob,
  x: Float32Array,
  onProgress: (loaded: number, total: number | undefined) => void,
): Promise<{ values: Float32Array; indices: number[]; printed: string }> {
  await using module = await Module.load(file, {
    kernels: portableKernels,
    onProgress,
    signal: AbortSignal.timeout(10_000),
  });
  const outputs = await module.forward([Tensor.from('float32', [2, 7], x)], { signal: AbortSignal.timeout(2_000) });
  const values = outputs.tensor(0, 'float32');
  const indices = outputs.tensor(1, 'int64');
  // `values.data` is a Float32Array and `indices.data` a BigInt64Array: the dtypes type them.
  return { values: values.data, indices: Array.from(indices.data, Number), printed: `${values} ${indices}` };
}
