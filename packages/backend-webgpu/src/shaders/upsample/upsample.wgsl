// 2-D upsampling (or downsampling) of NCHW planes, ATen's index rules with float32 scales (output to
// input: 1 / scale factor when one is given, else input / output size; with align_corners,
// (input - 1) / (output - 1)).
//   nearest: source = min(floor(dst * scale), size - 1)
//   bilinear: source = dst * scale (align_corners) or max((dst + 0.5) * scale - 0.5, 0), blending
//             the two neighbours (the upper one clamped to the edge) by the fraction
// p: [count, H, W, OH, OW, scale h (f32 bits), scale w (f32 bits)]
override BILINEAR: bool = false;
override ALIGN_CORNERS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

struct Taps {
  i0: u32,
  i1: u32,
  l1: f32,
}

fn taps(dst: u32, size: u32, scale: f32) -> Taps {
  var src: f32;
  if (ALIGN_CORNERS) {
    src = scale * f32(dst);
  } else {
    src = max(scale * (f32(dst) + 0.5) - 0.5, 0.0);
  }
  let i0 = min(u32(src), size - 1u);
  let i1 = min(i0 + 1u, size - 1u);
  return Taps(i0, i1, src - f32(i0));
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let h = p[1]; let w = p[2]; let oh = p[3]; let ow = p[4];
  let ox = i % ow;
  let oy = (i / ow) % oh;
  let base = (i / (ow * oh)) * h * w;
  let sh = bitcast<f32>(p[5]);
  let sw = bitcast<f32>(p[6]);
  if (!BILINEAR) {
    let iy = min(u32(floor(f32(oy) * sh)), h - 1u);
    let ix = min(u32(floor(f32(ox) * sw)), w - 1u);
    out[i] = x[base + iy * w + ix];
    return;
  }
  let ty = taps(oy, h, sh);
  let tx = taps(ox, w, sw);
  let top = (1.0 - tx.l1) * x[base + ty.i0 * w + tx.i0] + tx.l1 * x[base + ty.i0 * w + tx.i1];
  let bottom = (1.0 - tx.l1) * x[base + ty.i1 * w + tx.i0] + tx.l1 * x[base + ty.i1 * w + tx.i1];
  out[i] = (1.0 - ty.l1) * top + ty.l1 * bottom;
}
