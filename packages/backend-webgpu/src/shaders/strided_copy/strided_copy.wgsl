// Copies a strided view of x into a strided region of out: permute, transpose, slice, select,
// expand and each input of a concatenation. Coordinates run over `sizes` (row-major).
// p: [count, rank, x offset, out offset, sizes[8], x strides[8], out strides[8]]
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let rank = p[1];
  var rest = i;
  var ix = p[2];
  var io = p[3];
  for (var d = 0u; d < rank; d++) {
    let dim = rank - 1u - d;
    let size = p[4u + dim];
    let coord = rest % size;
    rest = rest / size;
    ix += coord * p[12u + dim];
    io += coord * p[20u + dim];
  }
  out[io] = x[ix];
}
