// Element type conversion between 32-bit types, on raw bits. p: [count]
override MODE: u32 = 0u; // 0 int32 -> float32, 1 float32 -> int32 (toward zero)

@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  if (MODE == 0u) {
    out[i] = bitcast<u32>(f32(bitcast<i32>(x[i])));
  } else {
    out[i] = bitcast<u32>(i32(bitcast<f32>(x[i])));
  }
}
