import type { Tensor } from '@kindling/core';
import { fail } from './errors.js';

/** PyTorch's pooling output size. */
export function poolOutputSize(
  op: string,
  input: number,
  k: number,
  pad: number,
  stride: number,
  dilation: number,
  ceil: boolean,
): number {
  if (stride <= 0 || k <= 0 || dilation <= 0) fail(op, 'kernel size, stride and dilation must be positive');
  if (pad < 0 || pad > Math.floor(k / 2))
    fail(op, `padding ${pad} must be non-negative and at most half the kernel size ${k}`);
  const num = input + 2 * pad - dilation * (k - 1) - 1 + (ceil ? stride - 1 : 0);
  let out = Math.floor(num / stride) + 1;
  if (ceil && (out - 1) * stride >= input + pad) out -= 1;
  if (out < 1) fail(op, `output size ${out} is too small for input size ${input}`);
  return out;
}

/** Expand an int[] of 1 or 2 values (or empty → fallback) into [h, w]. */
export function pair(
  op: string,
  name: string,
  v: readonly number[],
  fallback?: readonly [number, number],
): [number, number] {
  if (v.length === 0 && fallback) return [fallback[0], fallback[1]];
  if (v.length === 1) return [v[0] as number, v[0] as number];
  if (v.length === 2) return [v[0] as number, v[1] as number];
  return fail(op, `${name} must have 1 or 2 values, got [${v.join(', ')}]`);
}

/** Leading (batch × channel) count and spatial sizes of a 3-D or 4-D input. */
export function planes(op: string, x: Tensor): { planes: number; H: number; W: number; lead: number[] } {
  if (x.rank !== 3 && x.rank !== 4) fail(op, `expected a 3-D or 4-D input, got rank ${x.rank}`);
  const H = x.sizes[x.rank - 2] as number;
  const W = x.sizes[x.rank - 1] as number;
  const lead = x.sizes.slice(0, -2);
  let p = 1;
  for (const s of lead) p *= s;
  return { planes: p, H, W, lead };
}
