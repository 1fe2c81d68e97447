// Softmax (or log-softmax) along one dimension; one invocation per (outer, inner) line.
// p: [outer, size, inner]
override LOG: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let line = flat_index(wid, nwg, lidx);
  let size = p[1];
  let inner = p[2];
  if (line >= p[0] * inner) { return; }
  let base = (line / inner) * size * inner + line % inner;
  var hi = x[base];
  for (var j = 1u; j < size; j++) { hi = max(hi, x[base + j * inner]); }
  var sum = 0.0;
  for (var j = 0u; j < size; j++) { sum += exp(x[base + j * inner] - hi); }
  if (LOG) {
    let lse = log(sum);
    for (var j = 0u; j < size; j++) { out[base + j * inner] = x[base + j * inner] - hi - lse; }
  } else {
    let inv = 1.0 / sum;
    for (var j = 0u; j < size; j++) { out[base + j * inner] = exp(x[base + j * inner] - hi) * inv; }
  }
}
