// Direct 2-D convolution (NCHW, weights [Cout, Cin / groups, KH, KW]), optional bias, output
// clamped to [lo, hi] (et_vk.conv_with_clamp folds ReLU in this way).
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
  let cin = p[1]; let h = p[2]; let wd = p[3]; let cout = p[4]; let oh = p[5]; let ow = p[6];
  let kh = p[7]; let kw = p[8];
  if (i >= p[0] * cout * oh * ow) { return; }
  let ox = i % ow;
  let oy = (i / ow) % oh;
  let oc = (i / (ow * oh)) % cout;
  let n = i / (ow * oh * cout);
  let groups = p[15];
  let cin_g = cin / groups;
  let cout_g = cout / groups;
  let g = oc / cout_g;
  var acc = 0.0;
  for (var c = 0u; c < cin_g; c++) {
    let ic = g * cin_g + c;
    let xbase = (n * cin + ic) * h * wd;
    let wbase = (oc * cin_g + c) * kh * kw;
    for (var ky = 0u; ky < kh; ky++) {
      let iy = i32(oy * p[9] + ky * p[13]) - i32(p[11]);
      if (iy < 0 || iy >= i32(h)) { continue; }
      for (var kx = 0u; kx < kw; kx++) {
        let ix = i32(ox * p[10] + kx * p[14]) - i32(p[12]);
        if (ix < 0 || ix >= i32(wd)) { continue; }
        acc = fma(x[xbase + u32(iy) * wd + u32(ix)], w[wbase + ky * kw + kx], acc);
      }
    }
  }
  if (HAS_BIAS) { acc += bias[oc]; }
  if (CLAMP) { acc = min(max(acc, bitcast<f32>(p[16])), bitcast<f32>(p[17])); }
  out[i] = acc;
}
