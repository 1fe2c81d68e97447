// ---------------------------------------------------------------------------------------------
// Scaled dot-product attention (fp32), per batch-head b and query row i:
// `s[u] = Σ_c (q[b][i][c] * scale[c]) * k[b][u][c] + mask[i][u]`, `p = softmax(s)` (as softmax_f32),
// `out[b][i] = Σ_u p[u] * v[b][u]`. Query `[bh, t, c]`, key `[bh, u, c]`, value `[bh, u, d]`, out
// `[bh, t, d]`, all contiguous; `scale` holds c multipliers of the query (XNNPACK's per-channel
// scale; a scalar scale is c equal values); `mask` (0 for none) is `[t, u]` per batch-head,
// `maskStride` floats apart (0: one mask for all). `scratch` holds c + u floats (+ 16 bytes).

import { splitAt } from '../common';
import { softmaxRows } from './softmax';

function laneSum4(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Rows `[r0, r1)` of the `bh * t` query rows. */
function attentionRows(
  r0: i32,
  r1: i32,
  t: i32,
  u: i32,
  c: i32,
  d: i32,
  q: usize,
  k: usize,
  v: usize,
  scale: usize,
  mask: usize,
  maskStride: i32,
  out: usize,
  scratch: usize,
): void {
  const qs = scratch;
  const s = scratch + ((<usize>((c + 3) & ~3)) << 2);
  const c4 = c & ~3;
  const d4 = d & ~3;
  const cBytes = (<usize>c) << 2;
  const dBytes = (<usize>d) << 2;
  for (let r = r0; r < r1; r++) {
    const b = r / t;
    const i = r - b * t;
    const qr = q + <usize>r * cBytes;
    // The scaled query row.
    let x = 0;
    for (; x < c4; x += 4) {
      const o = (<usize>x) << 2;
      v128.store(qs + o, f32x4.mul(v128.load(qr + o), v128.load(scale + o)));
    }
    for (; x < c; x++) {
      const o = (<usize>x) << 2;
      store<f32>(qs + o, load<f32>(qr + o) * load<f32>(scale + o));
    }
    // Scores against every key row, plus the mask.
    const kb = k + <usize>b * <usize>u * cBytes;
    const mr = mask ? mask + ((<usize>b * <usize>maskStride + <usize>i * <usize>u) << 2) : 0;
    for (let j = 0; j < u; j++) {
      const kr = kb + <usize>j * cBytes;
      let acc = f32x4.splat(0);
      x = 0;
      for (; x < c4; x += 4) {
        const o = (<usize>x) << 2;
        acc = f32x4.add(acc, f32x4.mul(v128.load(qs + o), v128.load(kr + o)));
      }
      let dot = laneSum4(acc);
      for (; x < c; x++) {
        const o = (<usize>x) << 2;
        dot += load<f32>(qs + o) * load<f32>(kr + o);
      }
      if (mr) dot += load<f32>(mr + ((<usize>j) << 2));
      store<f32>(s + ((<usize>j) << 2), dot);
    }
    softmaxRows(0, 1, u, s, s);
    // The weighted sum of the value rows.
    const orow = out + <usize>r * dBytes;
    const vb = v + <usize>b * <usize>u * dBytes;
    for (x = 0; x < d4; x += 4) v128.store(orow + ((<usize>x) << 2), f32x4.splat(0));
    for (; x < d; x++) store<f32>(orow + ((<usize>x) << 2), 0);
    for (let j = 0; j < u; j++) {
      const pj = load<f32>(s + ((<usize>j) << 2));
      const p = f32x4.splat(pj);
      const vr = vb + <usize>j * dBytes;
      x = 0;
      for (; x < d4; x += 4) {
        const o = (<usize>x) << 2;
        v128.store(orow + o, f32x4.add(v128.load(orow + o), f32x4.mul(p, v128.load(vr + o))));
      }
      for (; x < d; x++) {
        const o = (<usize>x) << 2;
        store<f32>(orow + o, load<f32>(orow + o) + pj * load<f32>(vr + o));
      }
    }
  }
}

/** Scaled dot-product attention over `bh` batch-heads of `t` queries and `u` keys (see above). */
export function attention_f32(
  bh: i32,
  t: i32,
  u: i32,
  c: i32,
  d: i32,
  q: usize,
  k: usize,
  v: usize,
  scale: usize,
  mask: usize,
  maskStride: i32,
  out: usize,
  scratch: usize,
): void {
  attentionRows(0, bh * t, t, u, c, d, q, k, v, scale, mask, maskStride, out, scratch);
}

/** Part `part` of `parts` of {@link attention_f32} (ranges of query rows; `scratch` is the part's own). */
export function attention_f32_part(
  bh: i32,
  t: i32,
  u: i32,
  c: i32,
  d: i32,
  q: usize,
  k: usize,
  v: usize,
  scale: usize,
  mask: usize,
  maskStride: i32,
  out: usize,
  scratch: usize,
  part: i32,
  parts: i32,
): void {
  const rows = bh * t;
  attentionRows(
    splitAt(rows, part, parts),
    splitAt(rows, part + 1, parts),
    t,
    u,
    c,
    d,
    q,
    k,
    v,
    scale,
    mask,
    maskStride,
    out,
    scratch,
  );
}
