// Element-wise comparison of two tensors with broadcasting; the result is one 32-bit word (0 or 1)
// per element. p: [count, rank, pad, pad, out sizes[8], a strides[8], b strides[8]]
override OP: u32 = 0u; // 0 eq, 1 ne, 2 lt, 3 le, 4 gt, 5 ge (a OP b)
override INT_INPUT: bool = false; // both operands hold int32 values (compared as integers)

@group(0) @binding(0) var<storage, read> a: array<u32>;
@group(0) @binding(1) var<storage, read> b: array<u32>;
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

fn compare_f32(x: f32, y: f32) -> bool {
  switch OP {
    case 0u: { return x == y; }
    case 1u: { return x != y; }
    case 2u: { return x < y; }
    case 3u: { return x <= y; }
    case 4u: { return x > y; }
    default: { return x >= y; }
  }
}

fn compare_i32(x: i32, y: i32) -> bool {
  switch OP {
    case 0u: { return x == y; }
    case 1u: { return x != y; }
    case 2u: { return x < y; }
    case 3u: { return x <= y; }
    case 4u: { return x > y; }
    default: { return x >= y; }
  }
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let rank = p[1];
  var rest = i;
  var ia = 0u;
  var ib = 0u;
  for (var d = 0u; d < rank; d++) {
    let dim = rank - 1u - d;
    let coord = rest % p[4u + dim];
    rest = rest / p[4u + dim];
    ia += coord * p[12u + dim];
    ib += coord * p[20u + dim];
  }
  var r: bool;
  if (INT_INPUT) {
    r = compare_i32(bitcast<i32>(a[ia]), bitcast<i32>(b[ib]));
  } else {
    r = compare_f32(bitcast<f32>(a[ia]), bitcast<f32>(b[ib]));
  }
  out[i] = select(0u, 1u, r);
}
