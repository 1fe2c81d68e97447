/** Unary elementwise operators (fp32), including the clamp family. */

/** Which unary operator to apply. */
export enum UnaryOp {
  Abs = 0,
  Negate = 1,
  Floor = 2,
  Ceiling = 3,
  Square = 4,
  SquareRoot = 5,
  ReciprocalSquareRoot = 6,
  Exp = 7,
  Log = 8,
  Sigmoid = 9,
  Tanh = 10,
  Gelu = 11,
  Hardswish = 12,
  Sin = 13,
  Cos = 14,
  Copy = 15,
  /** `x >= 0 ? x : x * param`. */
  LeakyReLU = 16,
  /** `x >= 0 ? x : param * (exp(x) - 1)`. */
  ELU = 17,
  /** Identity followed by the clamp. */
  Clamp = 18,
}

/**
 * The error function, |error| < 1.2e-7 everywhere (the Chebyshev fit of erfc in Numerical
 * Recipes, section 6.2), enough for fp32 results.
 */
export function erf(x: number): number {
  const z = Math.abs(x);
  if (z >= 9) return x > 0 ? 1 : -1;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-z * z + poly);
  return x >= 0 ? 1 - erfc : erfc - 1;
}

function applyUnary(op: UnaryOp, x: number, param: number): number {
  switch (op) {
    case UnaryOp.Abs:
      return Math.abs(x);
    case UnaryOp.Negate:
      return -x;
    case UnaryOp.Floor:
      return Math.floor(x);
    case UnaryOp.Ceiling:
      return Math.ceil(x);
    case UnaryOp.Square:
      return x * x;
    case UnaryOp.SquareRoot:
      return Math.sqrt(x);
    case UnaryOp.ReciprocalSquareRoot:
      return 1 / Math.sqrt(x);
    case UnaryOp.Exp:
      return Math.exp(x);
    case UnaryOp.Log:
      return Math.log(x);
    case UnaryOp.Sigmoid:
      return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    case UnaryOp.Tanh:
      return Math.tanh(x);
    case UnaryOp.Gelu:
      return 0.5 * x * (1 + erf(x * Math.SQRT1_2));
    case UnaryOp.Hardswish:
      return (x * Math.min(Math.max(x + 3, 0), 6)) / 6;
    case UnaryOp.Sin:
      return Math.sin(x);
    case UnaryOp.Cos:
      return Math.cos(x);
    case UnaryOp.Copy:
    case UnaryOp.Clamp:
      return x;
    case UnaryOp.LeakyReLU:
      return x >= 0 ? x : x * param;
    case UnaryOp.ELU:
      return x >= 0 ? x : param * Math.expm1(x);
  }
}

/**
 * `out[i] = clamp(op(input[i]), min, max)` for the first `n` elements, the clamp being
 * `v < min ? min : v > max ? max : v`: a NaN stays NaN, as in XNNPACK's clamp (which computes
 * `maxps(min, v)` then `minps(max, v)`, keeping `v` when it is NaN). `param` is the slope of
 * LeakyReLU and the alpha of ELU.
 */
export function unaryF32(
  op: UnaryOp,
  input: Float32Array,
  out: Float32Array,
  n: number,
  param = 0,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): void {
  const clamp = min > Number.NEGATIVE_INFINITY || max < Number.POSITIVE_INFINITY;
  if (op === UnaryOp.Copy && !clamp) {
    if (input !== out) out.set(input.subarray(0, n));
    return;
  }
  for (let i = 0; i < n; i++) {
    let v = applyUnary(op, input[i] as number, param);
    if (clamp) v = v < min ? min : v > max ? max : v;
    out[i] = v;
  }
}
