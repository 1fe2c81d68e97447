import { fail } from './errors.js';

/** Clamp slice bounds as PyTorch does (None = full; INT64_MAX-like ends clamp); returns [start, length]. */
export function sliceBounds(
  op: string,
  size: number,
  start: number | null,
  end: number | null,
  step: number,
): [number, number] {
  if (step <= 0) fail(op, `slice step must be positive, got ${step}`);
  let s = start ?? 0;
  let e = end ?? size;
  if (s < 0) s += size;
  if (e < 0) e += size;
  s = Math.min(Math.max(s, 0), size);
  e = Math.min(Math.max(e, s), size);
  return [s, Math.floor((e - s + step - 1) / step)];
}
