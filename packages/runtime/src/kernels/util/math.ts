/** Numeric helpers not in `Math`. */

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_PI = 0.5641895835477563;

/** erfc(x) for x >= 3 by a continued fraction (modified Lentz). */
function erfcLarge(x: number): number {
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (Math.exp(-x * x) * INV_SQRT_PI) / f;
}

/** erf(x) for |x| < 3 by its Taylor series. */
function erfSmall(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return sum * TWO_OVER_SQRT_PI;
}

/** The error function. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 2.5) return erfSmall(x);
  if (a > 6) return x > 0 ? 1 : -1;
  const r = 1 - erfcLarge(a);
  return x > 0 ? r : -r;
}

/** The complementary error function. */
function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 2.5) return x > -6 ? 1 - erfSmall(x) : 2;
  if (x > 27) return 0;
  return erfcLarge(x);
}

/** Round half to even (C's `nearbyint` in the default rounding mode). */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r === 0 && x < 0 ? -0 : r;
}

/** GELU with the exact (erf) formulation. */
export function geluErf(x: number): number {
  // 0.5 * x * (1 + erf(x / sqrt 2)) = 0.5 * x * erfc(-x / sqrt 2)
  return 0.5 * x * erfc(-x * Math.SQRT1_2);
}

/** sqrt(2 / pi), as a literal so that bundlers can drop it when unused. */
const K = 0.7978845608028654;

/** GELU with the tanh approximation. */
export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(K * (x + 0.044715 * x * x * x)));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
