import { defineKernel, dtypeName, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { dtypeArg, expectArgs, fail, requireContiguous, requireDtype, resizeOut, tensorArg } from './util.js';

const OP = 'quantized_decomposed::choose_qparams_per_token_asymmetric.out';
const QMIN = -128;
const QMAX = 127;
/** Scales below this (a float32 constant) are raised to it, widening the range (ExecuTorch's rule). */
const SMALL_SCALE = Math.fround(6.1e-5);
const f = Math.fround;

/** Round half to even, as C's nearbyint in the default rounding mode. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * ExecuTorch's scale and zero point for the float32 range [min, max] and the integer range
 * [qmin, qmax] (kernels/quantized/cpu/op_choose_qparams.cpp): the range is widened to hold 0, a zero
 * or infinite-reciprocal scale becomes 0.1, a scale under 6.1e-5 is raised to it, and the zero point
 * comes from the range end with the smaller error, clamped and rounded half to even.
 */
function chooseQParams(minIn: number, maxIn: number, qmin: number, qmax: number): [number, number] {
  let min = f(Math.min(minIn, 0));
  let max = f(Math.max(maxIn, 0));
  let scale = (max - min) / (qmax - qmin);
  if (f(scale) === 0 || !Number.isFinite(f(1 / f(scale)))) scale = 0.1;
  if (scale < SMALL_SCALE) {
    const org = f(scale);
    scale = SMALL_SCALE;
    if (min === 0) max = f(SMALL_SCALE * (qmax - qmin));
    else if (max === 0) min = f(-SMALL_SCALE * (qmax - qmin));
    else {
      const amplifier = f(SMALL_SCALE / org);
      min = f(min * amplifier);
      max = f(max * amplifier);
    }
  }
  const fromMin = qmin - min / scale;
  const fromMax = qmax - max / scale;
  const errMin = Math.abs(qmin) - Math.abs(min / scale);
  const errMax = Math.abs(qmax) - Math.abs(max / scale);
  const initial = errMin < errMax ? fromMin : fromMax;
  let zp: number;
  if (initial < qmin) zp = qmin;
  else if (initial > qmax) zp = qmax;
  else zp = roundHalfEven(f(initial));
  return [scale, zp];
}

/** Number of tokens (product of all but the last dimension) and the token size of `t`. */
export function tokensOf(t: Tensor): [number, number] {
  let n = 1;
  for (let i = 0; i < t.rank - 1; i++) n *= t.sizes[i] as number;
  return [n, t.rank === 0 ? 1 : (t.sizes[t.rank - 1] as number)];
}

/**
 * `quantized_decomposed::choose_qparams_per_token_asymmetric.out(Tensor input, ScalarType dtype, *,
 * Tensor(a!) scale_out, Tensor(b!) zero_point_out)`: per row of the last dimension, ExecuTorch's
 * int8 (-128..127) scale (float64) and zero point (int64), shaped like the input with a last size of 1.
 */
export const chooseQParamsPerTokenAsymmetric = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: [ScalarType.Float, ScalarType.Double, ScalarType.Long],
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 4);
    const input = tensorArg(OP, args, 0);
    dtypeArg(OP, args, 1);
    const scaleOut = tensorArg(OP, args, 2);
    const zpOut = tensorArg(OP, args, 3);
    if (input.rank === 0) fail(OP, 'input must have at least one dimension');
    requireDtype(OP, input, [ScalarType.Float], 'input');
    if (scaleOut.dtype !== ScalarType.Double) fail(OP, `scale_out must be float64, got ${dtypeName(scaleOut.dtype)}`);
    if (zpOut.dtype !== ScalarType.Long) fail(OP, `zero_point_out must be int64, got ${dtypeName(zpOut.dtype)}`);
    requireContiguous(OP, input, 'input');
    const sizes = [...input.sizes.slice(0, -1), 1];
    resizeOut(OP, scaleOut, sizes);
    resizeOut(OP, zpOut, sizes);
    const [tokens, size] = tokensOf(input);
    const x = input.data as Float32Array;
    const s = scaleOut.data as Float64Array;
    const z = zpOut.data as BigInt64Array;
    for (let t = 0; t < tokens; t++) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = t * size; i < (t + 1) * size; i++) {
        const v = x[i] as number;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (size === 0) fail(OP, 'input rows must not be empty');
      const [scale, zp] = chooseQParams(min, max, QMIN, QMAX);
      s[t] = scale;
      z[t] = BigInt(zp);
    }
  },
});
