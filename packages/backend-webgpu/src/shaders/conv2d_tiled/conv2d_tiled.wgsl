// Direct 2-D convolution (NCHW, weights [Cout, Cin / groups, KH, KW]) with a register tile: each
// invocation computes 4 output channels x 4 neighbouring output columns of one output row, so every
// input value it loads serves 4 channels and every weight 4 columns. The output channels of a group
// come in multiples of 4 (the planner checks). Kernel size, stride, padding and dilation are
// specialization constants (loops of known length). A pointwise convolution (1x1, stride 1, no
// padding) is planned as one row of H * W columns.
// p: [N, Cin, H, W, Cout, OH, OW, groups, lo (f32 bits), hi (f32 bits)]
override HAS_BIAS: bool = false;
override CLAMP: bool = false;
override KH: u32 = 1u;
override KW: u32 = 1u;
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

// x[row + ix], or 0 outside the row (the padding)
fn at(row: u32, ix: i32, wd: i32) -> f32 {
  return select(0.0, x[row + u32(clamp(ix, 0, wd - 1))], ix >= 0 && ix < wd);
}

fn finish(v: f32, oc: u32) -> f32 {
  var r = v;
  if (HAS_BIAS) { r += bias[oc]; }
  if (CLAMP) { r = min(max(r, bitcast<f32>(p[8])), bitcast<f32>(p[9])); }
  return r;
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let cin = p[1]; let h = p[2]; let wd = p[3]; let cout = p[4]; let oh = p[5]; let ow = p[6];
  let tiles = (ow + 3u) / 4u;
  let blocks = cout / 4u;
  if (i >= p[0] * blocks * oh * tiles) { return; }
  let tx = i % tiles;
  let oy = (i / tiles) % oh;
  let oc = ((i / (tiles * oh)) % blocks) * 4u;
  let n = i / (tiles * oh * blocks);
  let cin_g = cin / p[7];
  let g = oc / (cout / p[7]);
  let ox = tx * 4u;
  let wdi = i32(wd);
  let ws = cin_g * KH * KW; // between the weights of neighbouring output channels
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  for (var c = 0u; c < cin_g; c++) {
    let xbase = (n * cin + g * cin_g + c) * h * wd;
    let wbase = (oc * cin_g + c) * KH * KW;
    for (var ky = 0u; ky < KH; ky++) {
      let iy = i32(oy * SH + ky * DH) - i32(PH);
      if (iy < 0 || iy >= i32(h)) { continue; }
      let row = xbase + u32(iy) * wd;
      for (var kx = 0u; kx < KW; kx++) {
        let ix = i32(ox * SW + kx * DW) - i32(PW);
        let xv = vec4<f32>(at(row, ix, wdi), at(row, ix + i32(SW), wdi), at(row, ix + 2 * i32(SW), wdi),
                           at(row, ix + 3 * i32(SW), wdi));
        let k = wbase + ky * KW + kx;
        a0 = fma(vec4<f32>(w[k]), xv, a0);
        a1 = fma(vec4<f32>(w[k + ws]), xv, a1);
        a2 = fma(vec4<f32>(w[k + 2u * ws]), xv, a2);
        a3 = fma(vec4<f32>(w[k + 3u * ws]), xv, a3);
      }
    }
  }
  let plane = oh * ow;
  let o = ((n * cout + oc) * oh + oy) * ow + ox;
  let acc = array<vec4<f32>, 4>(a0, a1, a2, a3);
  for (var j = 0u; j < 4u; j++) {
    for (var l = 0u; l < 4u; l++) {
      if (ox + l < ow) { out[o + j * plane + l] = finish(acc[j][l], oc + j); }
    }
  }
}
