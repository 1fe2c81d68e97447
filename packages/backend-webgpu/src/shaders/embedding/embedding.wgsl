// out[i, :] = table[ids[i], :]; an id outside the table gives a row of zeros.
// p: [count (ids * dim), dim, rows]
@group(0) @binding(0) var<storage, read> table: array<f32>;
@group(0) @binding(1) var<storage, read> ids: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let dim = p[1];
  let id = ids[i / dim];
  if (id < 0 || u32(id) >= p[2]) {
    out[i] = 0.0;
    return;
  }
  out[i] = table[u32(id) * dim + i % dim];
}
