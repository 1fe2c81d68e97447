// Element-wise binary operators with broadcasting: out = a OP (alpha * b) for add and sub.
// p: [count, rank, alpha (f32 bits), pad, out sizes[8], a strides[8], b strides[8]]; a broadcast
// dimension has stride 0.
override OP: u32 = 0u; // 0 add, 1 sub, 2 mul, 3 div

@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read> p: array<u32>;

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
  let alpha = bitcast<f32>(p[2]);
  var r: f32;
  switch OP {
    case 0u: { r = x + alpha * y; }
    case 1u: { r = x - alpha * y; }
    case 2u: { r = x * y; }
    default: { r = x / y; }
  }
  out[i] = r;
}
