// ---------------------------------------------------------------------------------------------
// Peak probe for the microbenchmark: `iters` rounds of 12 independent f32x4 multiply-adds (the
// same operation the GEMM microkernel issues). Returns a lane sum so nothing is optimised away.

import { madd } from './common';

export function peak_madd(iters: i32): f32 {
  const b = f32x4.splat(0.999);
  const a = f32x4.splat(1.0001);
  let x0 = f32x4.splat(1);
  let x1 = f32x4.splat(2);
  let x2 = f32x4.splat(3);
  let x3 = f32x4.splat(4);
  let x4 = f32x4.splat(5);
  let x5 = f32x4.splat(6);
  let x6 = f32x4.splat(7);
  let x7 = f32x4.splat(8);
  let x8 = f32x4.splat(9);
  let x9 = f32x4.splat(10);
  let x10 = f32x4.splat(11);
  let x11 = f32x4.splat(12);
  for (let i = 0; i < iters; i++) {
    x0 = madd(x0, b, a);
    x1 = madd(x1, b, a);
    x2 = madd(x2, b, a);
    x3 = madd(x3, b, a);
    x4 = madd(x4, b, a);
    x5 = madd(x5, b, a);
    x6 = madd(x6, b, a);
    x7 = madd(x7, b, a);
    x8 = madd(x8, b, a);
    x9 = madd(x9, b, a);
    x10 = madd(x10, b, a);
    x11 = madd(x11, b, a);
  }
  const s = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(x0, x1), f32x4.add(x2, x3)), f32x4.add(f32x4.add(x4, x5), f32x4.add(x6, x7))),
    f32x4.add(f32x4.add(x8, x9), f32x4.add(x10, x11)),
  );
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}
