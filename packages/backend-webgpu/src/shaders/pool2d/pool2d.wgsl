// 2-D max or average pooling over NCHW planes. Average: the divisor is the window clipped to the
// padded input (count_include_pad) or to the input itself, unless a divisor override is given.
// p: [planes, H, W, OH, OW, KH, KW, strideH, strideW, padH, padW, dilH, dilW, count_include_pad,
//     divisor override (0: none)]
override MAX: bool = false;

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  let h = i32(p[1]); let w = i32(p[2]); let oh = p[3]; let ow = p[4];
  if (i >= p[0] * oh * ow) { return; }
  let ox = i32(i % ow);
  let oy = i32((i / ow) % oh);
  let plane = i / (ow * oh);
  let base = plane * p[1] * p[2];
  let y0 = oy * i32(p[7]) - i32(p[9]);
  let x0 = ox * i32(p[8]) - i32(p[10]);
  if (MAX) {
    // the first element of the window starts the maximum; a NaN anywhere in it is the result
    var best = 0.0;
    var have = false;
    var nan = false;
    var nan_value = 0.0;
    for (var ky = 0; ky < i32(p[5]); ky++) {
      let iy = y0 + ky * i32(p[11]);
      if (iy < 0 || iy >= h) { continue; }
      for (var kx = 0; kx < i32(p[6]); kx++) {
        let ix = x0 + kx * i32(p[12]);
        if (ix < 0 || ix >= w) { continue; }
        let v = x[base + u32(iy * w + ix)];
        if (is_nan(v)) {
          nan = true;
          nan_value = v;
        }
        if (!have || v > best) { best = v; }
        have = true;
      }
    }
    out[i] = select(best, nan_value, nan);
    return;
  }
  // average: the window [y0, y0 + KH) clipped to the padded input, then to the input
  let y1 = min(y0 + i32(p[5]), h + i32(p[9]));
  let x1 = min(x0 + i32(p[6]), w + i32(p[10]));
  let padded = (y1 - y0) * (x1 - x0);
  let ya = max(y0, 0); let yb = min(y1, h);
  let xa = max(x0, 0); let xb = min(x1, w);
  var sum = 0.0;
  for (var iy = ya; iy < yb; iy++) {
    for (var ix = xa; ix < xb; ix++) { sum += x[base + u32(iy * w + ix)]; }
  }
  var divisor = f32(select((yb - ya) * (xb - xa), padded, p[13] != 0u));
  if (p[14] != 0u) { divisor = f32(bitcast<i32>(p[14])); }
  out[i] = sum / divisor;
}
