// Reduction over some dimensions: one invocation per output element, looping over the reduced
// coordinates. p: [outputs, reduced count, kept rank, reduced rank, kept sizes[8], kept strides[8],
// reduced sizes[8], reduced strides[8]] (strides into x).
override OP: u32 = 0u; // 0 sum, 1 mean, 2 amax, 3 amin

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  var rest = i;
  var base = 0u;
  for (var d = 0u; d < p[2]; d++) {
    let dim = p[2] - 1u - d;
    base += (rest % p[4u + dim]) * p[12u + dim];
    rest = rest / p[4u + dim];
  }
  var acc = 0.0;
  var nan = false;
  var nan_value = 0.0;
  for (var r = 0u; r < p[1]; r++) {
    var rr = r;
    var off = base;
    for (var d = 0u; d < p[3]; d++) {
      let dim = p[3] - 1u - d;
      off += (rr % p[20u + dim]) * p[28u + dim];
      rr = rr / p[20u + dim];
    }
    let v = x[off];
    if (is_nan(v)) {
      nan = true;
      nan_value = v;
    }
    switch OP {
      case 2u: { acc = select(max(acc, v), v, r == 0u); }
      case 3u: { acc = select(min(acc, v), v, r == 0u); }
      default: { acc += v; }
    }
  }
  if (OP == 1u) { acc = acc / f32(p[1]); }
  if (OP >= 2u && nan) { acc = nan_value; }
  out[i] = acc;
}
