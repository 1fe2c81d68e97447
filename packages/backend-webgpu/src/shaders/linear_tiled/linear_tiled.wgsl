// out[m, n] = sum_k x[m, k] * w[n, k] (+ bias[n]), w [N, K] as torch.nn.Linear stores it, with a
// register tile: each invocation computes 4 rows x 4 output features, so every value it loads
// serves 4 products. Rows and features past the ends are computed on clamped indices and not stored.
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
  let m_len = p[0]; let n_len = p[1]; let k_len = p[2];
  let n_tiles = (n_len + 3u) / 4u;
  if (i >= ((m_len + 3u) / 4u) * n_tiles) { return; }
  let n0 = (i % n_tiles) * 4u;
  let m0 = (i / n_tiles) * 4u;
  // rows and features of the tile, clamped into range (the extra ones are not stored)
  let x0 = min(m0, m_len - 1u) * k_len; let x1 = min(m0 + 1u, m_len - 1u) * k_len;
  let x2 = min(m0 + 2u, m_len - 1u) * k_len; let x3 = min(m0 + 3u, m_len - 1u) * k_len;
  let w0 = min(n0, n_len - 1u) * k_len; let w1 = min(n0 + 1u, n_len - 1u) * k_len;
  let w2 = min(n0 + 2u, n_len - 1u) * k_len; let w3 = min(n0 + 3u, n_len - 1u) * k_len;
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  for (var k = 0u; k < k_len; k++) {
    let wv = vec4<f32>(w[w0 + k], w[w1 + k], w[w2 + k], w[w3 + k]);
    a0 = fma(vec4<f32>(x[x0 + k]), wv, a0);
    a1 = fma(vec4<f32>(x[x1 + k]), wv, a1);
    a2 = fma(vec4<f32>(x[x2 + k]), wv, a2);
    a3 = fma(vec4<f32>(x[x3 + k]), wv, a3);
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
