// Batched matrix product: out[b, m, n] = alpha * sum_k a[b, m, k] * w[b, k, n] (+ beta * bias[m, n],
// bias broadcast by its strides). p: [batches, M, N, K, a batch stride, w batch stride,
// alpha (f32 bits), beta (f32 bits), bias stride m, bias stride n]
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let m_len = p[1];
  let n_len = p[2];
  let k_len = p[3];
  if (i >= p[0] * m_len * n_len) { return; }
  let n = i % n_len;
  let m = (i / n_len) % m_len;
  let b = i / (n_len * m_len);
  let ao = b * p[4] + m * k_len;
  let wo = b * p[5] + n;
  var acc = 0.0;
  for (var k = 0u; k < k_len; k++) {
    acc = fma(a[ao + k], w[wo + k * n_len], acc);
  }
  var r = bitcast<f32>(p[6]) * acc;
  if (HAS_BIAS) { r += bitcast<f32>(p[7]) * bias[m * p[8] + n * p[9]]; }
  out[i] = r;
}
