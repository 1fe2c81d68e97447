// Layer normalisation over the last `size` elements of each row; also writes each row's mean and
// 1 / sqrt(variance + eps). p: [rows, size, eps (f32 bits)]
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
  let size = p[1];
  let base = row * size;
  var sum = 0.0;
  for (var j = 0u; j < size; j++) { sum += x[base + j]; }
  let mean = sum / f32(size);
  var sq = 0.0;
  for (var j = 0u; j < size; j++) {
    let d = x[base + j] - mean;
    sq += d * d;
  }
  let rstd = inverseSqrt(sq / f32(size) + bitcast<f32>(p[2]));
  for (var j = 0u; j < size; j++) {
    var v = (x[base + j] - mean) * rstd;
    if (HAS_WEIGHT) { v *= weight[j]; }
    if (HAS_BIAS) { v += bias[j]; }
    out[base + j] = v;
  }
  mean_out[row] = mean;
  rstd_out[row] = rstd;
}
