// out = cond ? a : b with broadcasting (cond holds 0 or 1 per element, one 32-bit word each).
// p: [count, rank, pad, pad, out sizes[8], cond strides[8], a strides[8], b strides[8]]
@group(0) @binding(0) var<storage, read> cond: array<u32>;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let rank = p[1];
  var rest = i;
  var ic = 0u;
  var ia = 0u;
  var ib = 0u;
  for (var d = 0u; d < rank; d++) {
    let dim = rank - 1u - d;
    let coord = rest % p[4u + dim];
    rest = rest / p[4u + dim];
    ic += coord * p[12u + dim];
    ia += coord * p[20u + dim];
    ib += coord * p[28u + dim];
  }
  out[i] = select(b[ib], a[ia], cond[ic] != 0u);
}
