// Group normalisation of NC* tensors: each (batch, group) row holds the group's C / G channels of
// HxW elements each, contiguous; per-channel affine weight and bias. Also writes each row's mean
// and 1 / sqrt(variance + eps). One invocation per row.
// p: [rows (N * G), channels per group, HxW, groups, eps (f32 bits)]
override HAS_WEIGHT: bool = false;
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> weight: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> mean_out: array<f32>;
@group(0) @binding(5) var<storage, read_write> rstd_out: array<f32>;
@group(0) @binding(6) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let row = flat_index(wid, nwg, lidx);
  if (row >= p[0]) { return; }
  let per_group = p[1];
  let hw = p[2];
  let size = per_group * hw;
  let base = row * size;
  let first_channel = (row % p[3]) * per_group;
  var sum = 0.0;
  for (var j = 0u; j < size; j++) { sum += x[base + j]; }
  let mean = sum / f32(size);
  var sq = 0.0;
  for (var j = 0u; j < size; j++) {
    let d = x[base + j] - mean;
    sq += d * d;
  }
  let rstd = inverseSqrt(sq / f32(size) + bitcast<f32>(p[4]));
  for (var j = 0u; j < size; j++) {
    let c = first_channel + j / hw;
    var v = (x[base + j] - mean) * rstd;
    if (HAS_WEIGHT) { v *= weight[c]; }
    if (HAS_BIAS) { v += bias[c]; }
    out[base + j] = v;
  }
  mean_out[row] = mean;
  rstd_out[row] = rstd;
}
