// out[m, n] = sum_k x[m, k] * w[n, k] (+ bias[n]); w is [N, K] as torch.nn.Linear stores it.
// p: [M, N, K]
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let n_out = p[1];
  let k_len = p[2];
  if (i >= p[0] * n_out) { return; }
  let m = i / n_out;
  let n = i % n_out;
  var acc = 0.0;
  let xo = m * k_len;
  let wo = n * k_len;
  for (var k = 0u; k < k_len; k++) {
    acc = fma(x[xo + k], w[wo + k], acc);
  }
  if (HAS_BIAS) { acc += bias[n]; }
  out[i] = acc;
}
