// Boolean results of two tensors with broadcasting, one 32-bit word (0 or 1) per element:
// comparisons of float32 or int32 tensors, and logical and/or of BOOL tensors (words 0 or 1).
// p: [count, rank, pad, pad, out sizes[8], a strides[8], b strides[8]]; a broadcast dimension has
// stride 0.
override OP: u32 = 0u; // 0 eq, 1 ne, 2 lt, 3 le, 4 gt, 5 ge (a OP b), 6 and, 7 or
override INT_INPUT: bool = false; // a and b hold int32 values (compared exactly)

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
    let size = p[4u + dim];
    let coord = rest % size;
    rest = rest / size;
    ia += coord * p[12u + dim];
    ib += coord * p[20u + dim];
  }
  let x = a[ia];
  let y = b[ib];
  var r: bool;
  if (OP == 6u) {
    r = x != 0u && y != 0u;
  } else if (OP == 7u) {
    r = x != 0u || y != 0u;
  } else if (INT_INPUT) {
    r = compare_i32(bitcast<i32>(x), bitcast<i32>(y));
  } else {
    r = compare_f32(bitcast<f32>(x), bitcast<f32>(y));
  }
  out[i] = select(0u, 1u, r);
}
