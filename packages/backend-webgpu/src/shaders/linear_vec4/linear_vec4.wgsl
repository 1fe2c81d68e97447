// out[m, n] = sum_k x[m, k] * w[n, k] (+ bias[n]), w [N, K] as torch.nn.Linear stores it, for K a
// multiple of 4: rows read 4 values at a time, and each invocation computes 4 rows x 4 output
// features (16 dot products of 4 per step). Rows and features past the ends are computed on
// clamped indices and not stored.
// p: [M, N, K / 4]
override HAS_BIAS: bool = false;

@group(0) @binding(0) var<storage, read> x: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> w: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let m_len = p[0]; let n_len = p[1]; let k4 = p[2];
  let n_tiles = (n_len + 3u) / 4u;
  if (i >= ((m_len + 3u) / 4u) * n_tiles) { return; }
  let n0 = (i % n_tiles) * 4u;
  let m0 = (i / n_tiles) * 4u;
  let x0 = min(m0, m_len - 1u) * k4; let x1 = min(m0 + 1u, m_len - 1u) * k4;
  let x2 = min(m0 + 2u, m_len - 1u) * k4; let x3 = min(m0 + 3u, m_len - 1u) * k4;
  let w0 = min(n0, n_len - 1u) * k4; let w1 = min(n0 + 1u, n_len - 1u) * k4;
  let w2 = min(n0 + 2u, n_len - 1u) * k4; let w3 = min(n0 + 3u, n_len - 1u) * k4;
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  for (var k = 0u; k < k4; k++) {
    let v0 = w[w0 + k]; let v1 = w[w1 + k]; let v2 = w[w2 + k]; let v3 = w[w3 + k];
    let r0 = x[x0 + k]; let r1 = x[x1 + k]; let r2 = x[x2 + k]; let r3 = x[x3 + k];
    a0 += vec4<f32>(dot(r0, v0), dot(r0, v1), dot(r0, v2), dot(r0, v3));
    a1 += vec4<f32>(dot(r1, v0), dot(r1, v1), dot(r1, v2), dot(r1, v3));
    a2 += vec4<f32>(dot(r2, v0), dot(r2, v1), dot(r2, v2), dot(r2, v3));
    a3 += vec4<f32>(dot(r3, v0), dot(r3, v1), dot(r3, v2), dot(r3, v3));
  }
  var b = vec4<f32>(0.0);
  if (HAS_BIAS) {
    b = vec4<f32>(bias[min(n0, n_len - 1u)], bias[min(n0 + 1u, n_len - 1u)], bias[min(n0 + 2u, n_len - 1u)],
                  bias[min(n0 + 3u, n_len - 1u)]);
  }
  let acc = array<vec4<f32>, 4>(a0 + b, a1 + b, a2 + b, a3 + b);
  for (var r = 0u; r < 4u; r++) {
    if (m0 + r < m_len) {
      for (var c = 0u; c < 4u; c++) {
        if (n0 + c < n_len) { out[(m0 + r) * n_len + n0 + c] = acc[r][c]; }
      }
    }
  }
}
