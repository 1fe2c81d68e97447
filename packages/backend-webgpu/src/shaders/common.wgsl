// Shared by every kernel (prepended by the shader table): one invocation per output element, 64 per
// workgroup, workgroups laid out in two dimensions when a dispatch needs more than 65535 of them.
fn flat_index(wid: vec3<u32>, nwg: vec3<u32>, lidx: u32) -> u32 {
  return (wid.y * nwg.x + wid.x) * 64u + lidx;
}

// NaN by its bits: WGSL leaves NaN arithmetic undefined and a compiler may fold `v != v` to false
// (SwiftShader does).
fn is_nan(v: f32) -> bool {
  return (bitcast<u32>(v) & 0x7fffffffu) > 0x7f800000u;
}
