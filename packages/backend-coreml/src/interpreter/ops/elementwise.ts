import type { MilOp, OpArgs } from '../op-args.js';
import { broadcastIndex, broadcastShapes, floatTensor, isFloat, type MilTensor, numbers, numel } from '../tensor.js';

/** The error function (series below 3, asymptotic expansion above; |error| < 1e-8). */
function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a >= 6) return Math.sign(x);
  if (a < 3) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  const inv = 1 / (2 * a * a);
  const series = 1 - inv + 3 * inv * inv - 15 * inv ** 3 + 105 * inv ** 4;
  const erfc = (Math.exp(-a * a) / (a * Math.sqrt(Math.PI))) * series;
  return Math.sign(x) * (1 - erfc);
}

/** An element-wise operation of one float tensor: `f` in double precision, rounded to the output type. */
function unary(f: (x: number, args: OpArgs) => number): MilOp {
  return (args) => {
    const x = args.tensor('x');
    const out = args.output();
    if (!isFloat(x.dtype)) args.fail(`x is ${x.dtype}, a float tensor was expected`);
    const src = numbers(x, 'x');
    const y = new Float32Array(src.length);
    for (let i = 0; i < src.length; i++) y[i] = f(src[i] as number, args);
    return [floatTensor(out.dtype, x.shape, y)];
  };
}

/** An element-wise operation of two tensors with numpy broadcasting. */
function binary(f: (a: number, b: number) => number): MilOp {
  return (args) => {
    const x = args.tensor('x');
    const y = args.tensor('y');
    const out = args.output();
    const shape = broadcastShapes(x.shape, y.shape);
    const ix = broadcastIndex(x.shape, shape);
    const iy = broadcastIndex(y.shape, shape);
    const a = numbers(x, 'x');
    const b = numbers(y, 'y');
    const n = numel(shape);
    if (isFloat(out.dtype)) {
      const r = new Float32Array(n);
      for (let i = 0; i < n; i++) r[i] = f(a[ix[i] as number] as number, b[iy[i] as number] as number);
      return [floatTensor(out.dtype, shape, r)];
    }
    const r = new Int32Array(n);
    for (let i = 0; i < n; i++) r[i] = f(a[ix[i] as number] as number, b[iy[i] as number] as number);
    return [{ dtype: out.dtype, shape, data: r } satisfies MilTensor];
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Element-wise MIL operations (iOS15 opset and later), by MIL name. */
export const ELEMENTWISE_OPS: Readonly<Record<string, MilOp>> = {
  add: binary((a, b) => a + b),
  sub: binary((a, b) => a - b),
  mul: binary((a, b) => a * b),
  real_div: binary((a, b) => a / b),
  maximum: binary((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.max(a, b))),
  minimum: binary((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.min(a, b))),
  pow: binary((a, b) => a ** b),
  floor_div: binary((a, b) => Math.floor(a / b)),
  relu: unary((x) => (x > 0 ? x : x === 0 || Number.isNaN(x) ? x : 0)),
  relu6: unary((x) => Math.min(Math.max(x, 0), 6)),
  sigmoid: unary(sigmoid),
  tanh: unary(Math.tanh),
  exp: unary(Math.exp),
  sqrt: unary(Math.sqrt),
  abs: unary(Math.abs),
  sin: unary(Math.sin),
  cos: unary(Math.cos),
  floor: unary(Math.floor),
  ceil: unary(Math.ceil),
  square: unary((x) => x * x),
  erf: unary(erf),
  rsqrt: unary((x, a) => 1 / Math.sqrt(x + a.float('epsilon', 1e-12))),
  log: unary((x, a) => Math.log(x + a.float('epsilon', 0))),
  inverse: unary((x, a) => 1 / (x + a.float('epsilon', 1e-4))),
  clip: unary((x, a) => Math.min(Math.max(x, a.float('alpha')), a.float('beta'))),
  leaky_relu: unary((x, a) => (x >= 0 ? x : a.float('alpha', 0.01) * x)),
  elu: unary((x, a) => (x > 0 ? x : a.float('alpha', 1) * (Math.exp(x) - 1))),
  softplus: unary((x) => Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0)),
  silu: unary((x) => x * sigmoid(x)),
  sigmoid_hard: unary((x, a) => Math.min(Math.max(a.float('alpha', 0.2) * x + a.float('beta', 0.5), 0), 1)),
  thresholded_relu: unary((x, a) => (x < a.float('alpha', 1) ? 0 : x)),
  gelu: (args) => {
    const mode = args.string('mode', 'EXACT');
    const f =
      mode === 'EXACT'
        ? (x: number) => 0.5 * x * (1 + erf(x / Math.SQRT2))
        : mode === 'TANH_APPROXIMATION'
          ? (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))
          : mode === 'SIGMOID_APPROXIMATION'
            ? (x: number) => x * sigmoid(1.702 * x)
            : args.fail(`gelu mode ${mode} is unknown`);
    return unary(f)(args);
  },
};
