// Indexed reads along one dimension, on 32-bit words of any element type: out has the coordinates
// of x except along `dim`, where the coordinate is an index read from `ids` (at the output
// coordinate along `dim` for index_select and index.Tensor, at the output element for gather).
// A negative id counts from the end; an id still outside the dimension gives 0.
// p: [count, rank, dim, size of x along dim, out sizes[8], x strides[8]]
override PER_ELEMENT: bool = false; // gather: one id per output element

@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read> ids: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let rank = p[1];
  let dim = p[2];
  let size = i32(p[3]);
  var rest = i;
  var offset = 0u;
  var along = 0u;
  for (var d = 0u; d < rank; d++) {
    let k = rank - 1u - d;
    let coord = rest % p[4u + k];
    rest = rest / p[4u + k];
    if (k == dim) {
      along = coord;
    } else {
      offset += coord * p[12u + k];
    }
  }
  var id = ids[select(along, i, PER_ELEMENT)];
  if (id < 0) { id += size; }
  if (id < 0 || id >= size) {
    out[i] = 0u;
    return;
  }
  out[i] = x[offset + u32(id) * p[12u + dim]];
}
