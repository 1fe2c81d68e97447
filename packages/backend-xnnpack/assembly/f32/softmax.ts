// ---------------------------------------------------------------------------------------------
// Softmax over the innermost dimension (fp32): per row of `channels` values, the maximum, then
// e^(x - max) (exp4, a few ulps; 0 below e^-87.3) stored and summed in 4 fp32 lanes, then times 1 / sum. The
// maximum skips NaN like the TypeScript reference (`v > max`); a NaN still makes its row NaN
// through the sum, as there.

import { splitAt } from '../common';
import { exp4 } from './math';

/** e^d for d = x - max <= 0, exactly 0 below exp4's floor (-87.3: masked-out -inf entries give 0). */
function expBelow4(d: v128): v128 {
  return v128.andnot(exp4(d), f32x4.lt(d, f32x4.splat(-87.33654)));
}

/** Softmax of rows `[r0, r1)` (also the attention kernel's, on its score rows). */
export function softmaxRows(r0: i32, r1: i32, channels: i32, x: usize, out: usize): void {
  const c4 = channels & ~3;
  const rowBytes = (<usize>channels) << 2;
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * rowBytes;
    const or = out + <usize>r * rowBytes;
    let vmax = f32x4.splat(-Infinity);
    let c = 0;
    // pmax keeps the running maximum where the element is NaN (it takes the second operand only
    // when it is greater).
    for (; c < c4; c += 4) vmax = f32x4.pmax(vmax, v128.load(xr + ((<usize>c) << 2)));
    let max = f32x4.extract_lane(vmax, 0);
    const m1 = f32x4.extract_lane(vmax, 1);
    const m2 = f32x4.extract_lane(vmax, 2);
    const m3 = f32x4.extract_lane(vmax, 3);
    if (m1 > max) max = m1;
    if (m2 > max) max = m2;
    if (m3 > max) max = m3;
    for (; c < channels; c++) {
      const v = load<f32>(xr + ((<usize>c) << 2));
      if (v > max) max = v;
    }
    const m = f32x4.splat(max);
    let vsum = f32x4.splat(0);
    c = 0;
    for (; c < c4; c += 4) {
      const e = expBelow4(f32x4.sub(v128.load(xr + ((<usize>c) << 2)), m));
      v128.store(or + ((<usize>c) << 2), e);
      vsum = f32x4.add(vsum, e);
    }
    let sum =
      f32x4.extract_lane(vsum, 0) +
      f32x4.extract_lane(vsum, 1) +
      (f32x4.extract_lane(vsum, 2) + f32x4.extract_lane(vsum, 3));
    for (; c < channels; c++) {
      const e = f32x4.extract_lane(expBelow4(f32x4.splat(load<f32>(xr + ((<usize>c) << 2)) - max)), 0);
      store<f32>(or + ((<usize>c) << 2), e);
      sum += e;
    }
    const inv = f32x4.splat(<f32>1 / sum);
    c = 0;
    for (; c < c4; c += 4) {
      const p = or + ((<usize>c) << 2);
      v128.store(p, f32x4.mul(v128.load(p), inv));
    }
    const invs = f32x4.extract_lane(inv, 0);
    for (; c < channels; c++) {
      const p = or + ((<usize>c) << 2);
      store<f32>(p, load<f32>(p) * invs);
    }
  }
}

/** `out = softmax(x)` over `rows` rows of `channels` fp32 values (`out` may be `x`). */
export function softmax_f32(rows: i32, channels: i32, x: usize, out: usize): void {
  softmaxRows(0, rows, channels, x, out);
}

/** Part `part` of `parts` of {@link softmax_f32} (ranges of rows). */
export function softmax_f32_part(rows: i32, channels: i32, x: usize, out: usize, part: i32, parts: i32): void {
  softmaxRows(splitAt(rows, part, parts), splitAt(rows, part + 1, parts), channels, x, out);
}
