// Boolean results, one 32-bit word (0 or 1) per element: comparisons of a float tensor with a
// scalar, and logical not. p: [count, scalar (f32 bits)]
override OP: u32 = 0u; // 0 eq, 1 ne, 2 lt, 3 le, 4 gt, 5 ge (x OP scalar), 6 logical not (of words)
override INT_INPUT: bool = false; // x holds int32 values (compared as f32: exact below 2^24)

@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  if (OP == 6u) {
    out[i] = select(1u, 0u, x[i] != 0u);
    return;
  }
  let v = select(bitcast<f32>(x[i]), f32(bitcast<i32>(x[i])), INT_INPUT);
  let s = bitcast<f32>(p[1]);
  var r: bool;
  switch OP {
    case 0u: { r = v == s; }
    case 1u: { r = v != s; }
    case 2u: { r = v < s; }
    case 3u: { r = v <= s; }
    case 4u: { r = v > s; }
    default: { r = v >= s; }
  }
  out[i] = select(0u, 1u, r);
}
