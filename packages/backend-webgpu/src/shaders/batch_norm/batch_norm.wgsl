// Inference batch normalisation with running statistics, channel = dimension 1:
// out = (x - mean[c]) / sqrt(var[c] + eps) * weight[c] + bias[c]. p: [count, channels, inner, eps]
override HAS_WEIGHT: bool = false;
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> weight: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
@group(0) @binding(6) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let c = (i / p[2]) % p[1];
  var v = (x[i] - mean[c]) * inverseSqrt(variance[c] + bitcast<f32>(p[3]));
  if (HAS_WEIGHT) { v *= weight[c]; }
  if (HAS_BIAS) { v += bias[c]; }
  out[i] = v;
}
