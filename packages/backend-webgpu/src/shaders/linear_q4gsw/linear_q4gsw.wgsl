// Linear layer with 4-bit weights in groups along K (ExecuTorch's q4gsw packing):
// out[m, n] = sum_k x[m, k] * (q[n, k] - 8) * scales[k / group, n] (+ bias[n]).
// Row n of the weights holds `row_bytes` bytes (K padded to a multiple of 8); byte j holds
// q[n, 2j] in its low nibble and q[n, 2j + 1] in its high nibble, each offset by 8.
// p: [M, N, K, group, row_bytes]
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<u32>;
@group(0) @binding(2) var<storage, read> scales: array<f32>;
@group(0) @binding(3) var<storage, read> bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;
@group(0) @binding(5) var<storage, read> p: array<u32>;

fn weight_byte(at: u32) -> u32 {
  return (w[at >> 2u] >> ((at & 3u) * 8u)) & 0xffu;
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let n_out = p[1];
  let k_len = p[2];
  let group = p[3];
  if (i >= p[0] * n_out) { return; }
  let m = i / n_out;
  let n = i % n_out;
  let xo = m * k_len;
  let wo = n * p[4];
  var acc = 0.0;
  for (var g = 0u; g * group < k_len; g++) {
    var part = 0.0;
    for (var k = g * group; k < (g + 1u) * group; k++) {
      let b = weight_byte(wo + (k >> 1u));
      let q = select(b & 0xfu, b >> 4u, (k & 1u) == 1u);
      part = fma(x[xo + k], f32(i32(q) - 8), part);
    }
    acc = fma(part, scales[g * n_out + n], acc);
  }
  if (HAS_BIAS) { acc += bias[n]; }
  out[i] = acc;
}
