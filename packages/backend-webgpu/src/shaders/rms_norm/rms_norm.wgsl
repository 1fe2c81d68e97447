// RMS normalisation over the last dimension, one invocation per row:
// out[r, j] = x[r, j] / sqrt(mean_j(x[r, j]^2) + eps) * weight[j]. p: [rows, size, eps (f32 bits)]
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let row = flat_index(wid, nwg, lidx);
  if (row >= p[0]) { return; }
  let size = p[1];
  let base = row * size;
  var squares = 0.0;
  for (var j = 0u; j < size; j++) {
    let v = x[base + j];
    squares = fma(v, v, squares);
  }
  let scale = inverseSqrt(squares / f32(size) + bitcast<f32>(p[2]));
  for (var j = 0u; j < size; j++) { out[base + j] = x[base + j] * scale * weight[j]; }
}
