// Pointwise 2-D convolution (1x1, stride 1, no padding, one group) when the input channels and the
// pixels of a plane are multiples of 4: a product of the weights [Cout, Cin] and each image's
// [Cin, H * W], read 4 values at a time. Each invocation computes 4 output channels x 4 neighbouring
// pixels: per step, 4 channels of input (4 pixels each) and 4 weights of each output channel.
// p: [N, Cin / 4, H * W / 4, Cout, lo (f32 bits), hi (f32 bits)]
override HAS_BIAS: bool = false;
override CLAMP: bool = false;

@group(0) @binding(0) var<storage, read> x: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> w: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> p: array<u32>;

fn finish(v: vec4<f32>, oc: u32) -> vec4<f32> {
  var r = v;
  if (HAS_BIAS) { r += vec4<f32>(bias[oc]); }
  if (CLAMP) { r = min(max(r, vec4<f32>(bitcast<f32>(p[4]))), vec4<f32>(bitcast<f32>(p[5]))); }
  return r;
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let cin4 = p[1]; let hw4 = p[2]; let cout = p[3];
  let blocks = cout / 4u;
  if (i >= p[0] * blocks * hw4) { return; }
  let col = i % hw4;
  let oc = ((i / hw4) % blocks) * 4u;
  let n = i / (hw4 * blocks);
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  for (var c = 0u; c < cin4; c++) {
    let xb = (n * cin4 + c) * 4u * hw4 + col;
    let x0 = x[xb]; let x1 = x[xb + hw4]; let x2 = x[xb + 2u * hw4]; let x3 = x[xb + 3u * hw4];
    let w0 = w[oc * cin4 + c]; let w1 = w[(oc + 1u) * cin4 + c];
    let w2 = w[(oc + 2u) * cin4 + c]; let w3 = w[(oc + 3u) * cin4 + c];
    a0 = fma(vec4<f32>(w0.x), x0, fma(vec4<f32>(w0.y), x1, fma(vec4<f32>(w0.z), x2, fma(vec4<f32>(w0.w), x3, a0))));
    a1 = fma(vec4<f32>(w1.x), x0, fma(vec4<f32>(w1.y), x1, fma(vec4<f32>(w1.z), x2, fma(vec4<f32>(w1.w), x3, a1))));
    a2 = fma(vec4<f32>(w2.x), x0, fma(vec4<f32>(w2.y), x1, fma(vec4<f32>(w2.z), x2, fma(vec4<f32>(w2.w), x3, a2))));
    a3 = fma(vec4<f32>(w3.x), x0, fma(vec4<f32>(w3.y), x1, fma(vec4<f32>(w3.z), x2, fma(vec4<f32>(w3.w), x3, a3))));
  }
  let o = (n * cout + oc) * hw4 + col;
  out[o] = finish(a0, oc);
  out[o + hw4] = finish(a1, oc + 1u);
  out[o + 2u * hw4] = finish(a2, oc + 2u);
  out[o + 3u * hw4] = finish(a3, oc + 3u);
}
