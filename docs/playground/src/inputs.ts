/**
 * A method's inputs: seeded random values, or raw little-endian bytes uploaded by the user (one file
 * per tensor input, in the input's dtype and shape, no header, like the zoo's `in0.bin`; elements in
 * the input's memory order, which is C order unless the method declares another dim order).
 */
import { floatToBfloat16, floatToHalf, seededRandom } from '@kindling/backend-utils';
import { dtypeName, ErrorCode, isFloatingType, KindlingError, numelOf, ScalarType, Tag, Tensor } from '@kindling/core';
import type { MethodInput, MethodMeta, Module } from '@kindling/runtime';

/** A non-tensor input takes the value the program recorded for it (an example input). */
function recordedValue(module: Module, method: string, input: number): MethodInput {
  const plan = module.program.plan(method);
  const v = plan.values[plan.inputs[input] as number];
  if (v?.type === 'Int') return Number(v.value);
  if (v?.type === 'Bool' || v?.type === 'Double' || v?.type === 'String') return v.value;
  if (v?.type === 'Null') return null;
  throw new KindlingError(
    ErrorCode.NotSupported,
    `input ${input} of method "${method}" is a ${v?.type ?? 'missing value'}, which the playground cannot make`,
    { context: { method, input } },
  );
}

/** One random value of `dtype`: floating in [-1, 1), integers in [0, 10), booleans half and half. */
function randomValue(dtype: ScalarType, next: () => number): number | bigint {
  if (dtype === ScalarType.Bool) return next() < 0.5 ? 0 : 1;
  if (dtype === ScalarType.Half) return floatToHalf(next() * 2 - 1);
  if (dtype === ScalarType.BFloat16) return floatToBfloat16(next() * 2 - 1);
  if (isFloatingType(dtype)) return next() * 2 - 1;
  const n = Math.floor(next() * 10);
  return dtype === ScalarType.Long || dtype === ScalarType.UInt64 ? BigInt(n) : n;
}

/** Random inputs for `meta` from `seed` (tensors at their serialized sizes, the upper bound when dynamic). */
export function randomInputs(module: Module, meta: MethodMeta, seed: number): MethodInput[] {
  const next = seededRandom(seed);
  return meta.inputs.map((im, i) => {
    if (im.tag !== Tag.Tensor) return recordedValue(module, meta.name, i);
    const t = Tensor.zeros(im.dtype, im.sizes, im.dimOrder);
    const data = t.data as unknown as { [i: number]: number | bigint };
    for (let k = 0; k < numelOf(im.sizes); k++) data[k] = randomValue(im.dtype, next);
    return t;
  });
}

/** Inputs from uploaded files: one file per tensor input, exactly its byte size. */
export async function fileInputs(module: Module, meta: MethodMeta, files: readonly File[]): Promise<MethodInput[]> {
  const tensors = meta.inputs.filter((im) => im.tag === Tag.Tensor).length;
  if (files.length !== tensors) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `method "${meta.name}" takes ${tensors} tensor input(s); ${files.length} file(s) were chosen`,
    );
  }
  const inputs: MethodInput[] = [];
  let f = 0;
  for (const [i, im] of meta.inputs.entries()) {
    if (im.tag !== Tag.Tensor) {
      inputs.push(recordedValue(module, meta.name, i));
      continue;
    }
    const file = files[f++] as File;
    if (file.size !== im.nbytes) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `${file.name}: ${file.size} bytes, but input ${i} is ${dtypeName(im.dtype)}[${im.sizes.join(', ')}] (${im.nbytes} bytes of raw little-endian data)`,
        { context: { method: meta.name, input: i } },
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    inputs.push(new Tensor({ dtype: im.dtype, sizes: im.sizes, dimOrder: im.dimOrder, bytes }));
  }
  return inputs;
}
