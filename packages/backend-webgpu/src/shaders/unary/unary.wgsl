// Element-wise unary operators. p: [count, lo (f32 bits), hi (f32 bits)] (clamp bounds; pow: the
// exponent in lo; the math functions from 9 on: NaN in lo and -infinity in hi, values WGSL cannot
// write as constants, for the results WGSL leaves undefined).
override OP: u32 = 0u; // 0 relu, 1 gelu (erf), 2 gelu (tanh), 3 clamp, 4 sigmoid, 5 tanh, 6 hardswish,
                          // 7 hardsigmoid, 8 pow (scalar exponent), 9 exp, 10 sqrt, 11 rsqrt, 12 neg,
                          // 13 abs, 14 sin, 15 cos, 16 leaky_relu (slope in lo), 17 round (halves
                          // to even), 18 log10

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> p: array<u32>;

// erf to about 1.2e-7 absolute: the complementary error function's Chebyshev-fitted exponential
// form (Numerical Recipes' erfcc).
fn erf_f32(v: f32) -> f32 {
  let z = abs(v);
  let t = 1.0 / (1.0 + 0.5 * z);
  let poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  let r = 1.0 - t * exp(poly);
  return select(-r, r, v >= 0.0);
}

// sin and cos to a few ulp for |v| below about 1e5 (WGSL only promises 2^-11 absolute): v reduced
// by multiples of pi/2 in three parts (k * the first part is exact), then Cephes' single-precision
// polynomials on [-pi/4, pi/4]; `shift` 1 turns sin into cos.
fn sin_quadrant(v: f32, shift: i32) -> f32 {
  let k = round(v * 0.636619772367581343);
  var r = fma(-k, 1.5703125, v);
  r = fma(-k, 4.837512969970703125e-4, r);
  r = fma(-k, 7.54978995489188216e-8, r);
  let z = r * r;
  let s = fma(fma(fma(-1.9515295891e-4, z, 8.3321608736e-3), z, -1.6666654611e-1), z * r, r);
  let c = fma(fma(fma(2.443315711809948e-5, z, -1.388731625493765e-3), z, 4.166664568298827e-2), z * z,
    fma(-0.5, z, 1.0));
  let q = (i32(k) + shift) & 3;
  let m = select(s, c, (q & 1) == 1);
  return select(m, -m, q >= 2);
}
fn sin_f32(v: f32) -> f32 { return sin_quadrant(v, 0); }
fn cos_f32(v: f32) -> f32 { return sin_quadrant(v, 1); }

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lidx: u32) {
  let i = flat_index(wid, nwg, lidx);
  if (i >= p[0]) { return; }
  let v = x[i];
  var r: f32;
  switch OP {
    case 0u: { r = select(0.0, v, v > 0.0); }
    case 1u: { r = 0.5 * v * (1.0 + erf_f32(v * 0.70710678118654752)); }
    case 2u: {
      let inner = 0.79788456080286536 * (v + 0.044715 * v * v * v);
      r = 0.5 * v * (1.0 + tanh(clamp(inner, -10.0, 10.0)));
    }
    case 3u: { r = min(max(v, bitcast<f32>(p[1])), bitcast<f32>(p[2])); }
    case 4u: { r = 1.0 / (1.0 + exp(-v)); }
    case 6u: { r = v * min(max(v + 3.0, 0.0), 6.0) / 6.0; }
    case 7u: { r = min(max(v + 3.0, 0.0), 6.0) / 6.0; }
    case 8u: {
      let e = bitcast<f32>(p[1]);
      if (e == 2.0) {
        r = v * v;
      } else if (e == 1.0) {
        r = v;
      } else if (e == 0.5) {
        r = sqrt(v);
      } else {
        // |v|^e, negative for a negative base and an odd integer exponent; a negative base with a
        // fractional exponent has no real result (sqrt of a negative number there)
        let m = pow(abs(v), e);
        let integer = e == round(e);
        let odd = integer && abs(e % 2.0) == 1.0;
        r = select(m, -m, v < 0.0 && odd);
        if (v < 0.0 && !integer) { r = sqrt(v); }
      }
    }
    case 9u: { r = exp(v); }
    case 10u: { r = select(sqrt(v), bitcast<f32>(p[1]), v < 0.0); }
    case 11u: { r = inverseSqrt(v); }
    case 12u: { r = -v; }
    case 13u: { r = abs(v); }
    case 14u: { r = sin_f32(v); }
    case 15u: { r = cos_f32(v); }
    case 16u: { r = select(v * bitcast<f32>(p[1]), v, v > 0.0); }
    case 17u: { r = round(v); }
    case 18u: {
      r = log(v) * 0.434294481903251828;
      if (v < 0.0) { r = bitcast<f32>(p[1]); }
      if (v == 0.0) { r = bitcast<f32>(p[2]); }
    }
    default: { r = tanh(clamp(v, -10.0, 10.0)); }
  }
  // relu, clamp and the math functions keep NaN, as ATen does (WGSL leaves NaN inputs undefined, and
  // a compiler may fold v != v to false: the test looks at the bits)
  let nan = (bitcast<u32>(v) & 0x7fffffffu) > 0x7f800000u;
  if (OP == 0u || OP == 3u || OP >= 9u) { r = select(r, v, nan); }
  out[i] = r;
}
