// Depthwise 2-D convolution (NCHW, one input channel per group, weights [Cout, 1, KH, KW]): each
// invocation computes 4 neighbouring output columns of one output row of one channel, so every
// weight it loads serves 4 columns. Kernel size, stride, padding and dilation are specialization
// constants.
// p: [N, Cin, H, W, Cout, OH, OW, groups, lo (f32 bits), hi (f32 bits)]
override HAS_BIAS: bool = false;
override CLAMP: bool = false;
override KH: u32 = 3u;
override KW: u32 = 3u;
override SH: u32 = 1u;
override SW: u32 = 1u;
override PH: u32 = 0u;
override PW: u32 = 0u;
override DH: u32 = 1u;
override DW: u32 = 1u;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

fn at(row: u32, ix: i32, wd: i32) -> f32 {
  return select(0.0, x[row + u32(clamp(ix, 0, wd - 1))], ix >= 0 && ix < wd);
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let cin = p[1]; let h = p[2]; let wd = p[3]; let cout = p[4]; let oh = p[5]; let ow = p[6];
  let tiles = (ow + 3u) / 4u;
  if (i >= p[0] * cout * oh * tiles) { return; }
  let tx = i % tiles;
  let oy = (i / tiles) % oh;
  let oc = (i / (tiles * oh)) % cout;
  let n = i / (tiles * oh * cout);
  let ic = oc / (cout / p[7]);
  let ox = tx * 4u;
  let wdi = i32(wd);
  let xbase = (n * cin + ic) * h * wd;
  let wbase = oc * KH * KW;
  var acc = vec4<f32>(0.0);
  for (var ky = 0u; ky < KH; ky++) {
    let iy = i32(oy * SH + ky * DH) - i32(PH);
    if (iy < 0 || iy >= i32(h)) { continue; }
    let row = xbase + u32(iy) * wd;
    for (var kx = 0u; kx < KW; kx++) {
      let ix = i32(ox * SW + kx * DW) - i32(PW);
      let xv = vec4<f32>(at(row, ix, wdi), at(row, ix + i32(SW), wdi), at(row, ix + 2 * i32(SW), wdi),
                         at(row, ix + 3 * i32(SW), wdi));
      acc = fma(vec4<f32>(w[wbase + ky * KW + kx]), xv, acc);
    }
  }
  var b = 0.0;
  if (HAS_BIAS) { b = bias[oc]; }
  let o = ((n * cout + oc) * oh + oy) * ow + ox;
  for (var l = 0u; l < 4u; l++) {
    if (ox + l < ow) {
      var r = acc[l] + b;
      if (CLAMP) { r = min(max(r, bitcast<f32>(p[8])), bitcast<f32>(p[9])); }
      out[o + l] = r;
    }
  }
}
