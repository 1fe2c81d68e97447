// Direct 2-D transposed convolution (NCHW, weights [Cin, Cout / groups, KH, KW]), optional bias,
// output clamped to [lo, hi] when CLAMP: each output element gathers the input positions whose
// window covers it, iy = (oy + padH - ky * dilH) / strideH where that divides exactly.
// p: [N, Cin, H, W, Cout, OH, OW, KH, KW, strideH, strideW, padH, padW, dilH, dilW, groups,
//     lo (f32 bits), hi (f32 bits)]
override HAS_BIAS: bool = false;
override CLAMP: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let cin = p[1]; let h = i32(p[2]); let wd = i32(p[3]); let cout = p[4]; let oh = p[5]; let ow = p[6];
  let kh = p[7]; let kw = p[8];
  let sh = i32(p[9]); let sw = i32(p[10]);
  if (i >= p[0] * cout * oh * ow) { return; }
  let ox = i32(i % ow);
  let oy = i32((i / ow) % oh);
  let oc = (i / (ow * oh)) % cout;
  let n = i / (ow * oh * cout);
  let groups = p[15];
  let cin_g = cin / groups;
  let cout_g = cout / groups;
  let g = oc / cout_g;
  let oc_g = oc % cout_g;
  var acc = 0.0;
  for (var ky = 0u; ky < kh; ky++) {
    let ty = oy + i32(p[11]) - i32(ky * p[13]);
    if (ty < 0 || ty % sh != 0) { continue; }
    let iy = ty / sh;
    if (iy >= h) { continue; }
    for (var kx = 0u; kx < kw; kx++) {
      let tx = ox + i32(p[12]) - i32(kx * p[14]);
      if (tx < 0 || tx % sw != 0) { continue; }
      let ix = tx / sw;
      if (ix >= wd) { continue; }
      for (var c = 0u; c < cin_g; c++) {
        let ic = g * cin_g + c;
        let xv = x[((n * cin + ic) * u32(h) + u32(iy)) * u32(wd) + u32(ix)];
        acc = fma(xv, w[((ic * cout_g + oc_g) * kh + ky) * kw + kx], acc);
      }
    }
  }
  if (HAS_BIAS) { acc += bias[oc]; }
  if (CLAMP) { acc = min(max(acc, bitcast<f32>(p[16])), bitcast<f32>(p[17])); }
  out[i] = acc;
}
