import { ErrorCode } from '@kindling/core';
import type { MilOp } from '../op-args.js';
import { axisOf, floatTensor, isFloat, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';

/** How `scatter_along_axis` combines an update with the value it lands on. */
const MODES: Readonly<Record<string, (old: number, update: number) => number>> = {
  update: (_old, u) => u,
  add: (old, u) => old + u,
  sub: (old, u) => old - u,
  mul: (old, u) => old * u,
  div: (old, u) => old / u,
  max: (old, u) => Math.max(old, u),
  min: (old, u) => Math.min(old, u),
};

/**
 * `scatter_along_axis(data, indices, updates, axis = 0, mode = "add")`: a copy of `data` where, for
 * each position p of `indices` (the shape of `updates`, the rank of `data`), the element at p with
 * its `axis` coordinate replaced by `indices[p]` is combined with `updates[p]` by `mode`, in
 * row-major order of p (repeated indices accumulate under `add`; the last wins under `update`).
 */
const scatterAlongAxis: MilOp = (args) => {
  const data = args.tensor('data');
  const idx = args.tensor('indices');
  const updates = args.tensor('updates');
  const rank = data.shape.length;
  const axis = axisOf(args.int('axis', 0), rank);
  const modeName = args.string('mode', 'add');
  const combine = MODES[modeName] ?? args.fail(`mode ${modeName} is not one of ${Object.keys(MODES).join(', ')}`);
  if (idx.dtype !== 'int32') args.fail(`indices are ${idx.dtype}, not int32`);
  if (updates.dtype !== data.dtype) args.fail(`updates are ${updates.dtype}, data ${data.dtype}`);
  if (idx.shape.length !== rank || idx.shape.some((d, i) => d !== updates.shape[i]))
    args.fail(`indices [${idx.shape}] and updates [${updates.shape}] differ, or are not of rank ${rank}`);
  if (idx.shape.some((d, i) => i !== axis && d > (data.shape[i] as number)))
    args.fail(`indices [${idx.shape}] exceed data [${data.shape}] outside axis ${axis}`);
  const float = isFloat(data.dtype);
  if (!float && data.dtype !== 'int32') args.fail(`data is ${data.dtype}, a float or int32 tensor was expected`);
  const out = Float64Array.from(numbers(data, 'data'));
  const ids = numbers(idx, 'indices');
  const ups = numbers(updates, 'updates');
  const n = data.shape[axis] as number;
  const dataStrides = stridesOf(data.shape);
  const idxStrides = stridesOf(idx.shape);
  for (let p = 0; p < numel(idx.shape); p++) {
    let id = ids[p] as number;
    if (id < 0) id += n;
    if (id < 0 || id >= n) args.fail(`index ${ids[p]} is out of range for ${n}`, ErrorCode.InvalidArgument);
    let at = 0;
    for (let d = 0; d < rank; d++) {
      const c = d === axis ? id : Math.floor(p / (idxStrides[d] as number)) % (idx.shape[d] as number);
      at += c * (dataStrides[d] as number);
    }
    const r = combine(out[at] as number, ups[p] as number);
    out[at] = float ? r : r | 0;
  }
  const o = args.output();
  if (float) return [floatTensor(o.dtype, data.shape, Float32Array.from(out))];
  return [{ dtype: 'int32', shape: data.shape, data: Int32Array.from(out) } satisfies MilTensor];
};

/** Scatters, by MIL name. */
export const SCATTER_OPS: Readonly<Record<string, MilOp>> = { scatter_along_axis: scatterAlongAxis };
