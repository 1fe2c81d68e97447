// Rows of x picked by an index tensor along one dimension: x viewed as [outer, rows, inner],
// out[o, k, i] = x[o, ids[k], i]; a negative id counts from the end, an id out of range gives 0.
// p: [count, rows, inner, number of ids]
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> ids: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let rows = p[1];
  let inner = p[2];
  let n = p[3];
  let k = (i / inner) % n;
  let o = i / (inner * n);
  var id = ids[k];
  if (id < 0) { id += i32(rows); }
  if (id < 0 || u32(id) >= rows) {
    out[i] = 0.0;
    return;
  }
  out[i] = x[(o * rows + u32(id)) * inner + i % inner];
}
