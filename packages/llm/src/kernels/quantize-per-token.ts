import { defineKernel, dtypeName, type EValue, ScalarType, type Tensor } from '@kindling/core';
import { roundHalfEven, tokensOf } from './choose-qparams-per-token.js';
import { dtypeArg, expectArgs, fail, intArg, numbers, requireContiguous, resizeOut, tensorArg } from './util.js';

const OP = 'quantized_decomposed::quantize_per_token.out';

/** Integer ranges of the quantized dtypes ExecuTorch's quantize kernels accept. */
export const QUANT_RANGES: ReadonlyMap<ScalarType, readonly [number, number]> = /* @__PURE__ */ new Map([
  [ScalarType.Byte, [0, 255]],
  [ScalarType.Char, [-128, 127]],
  [ScalarType.UInt16, [0, 65535]],
  [ScalarType.Short, [-32768, 32767]],
  [ScalarType.Int, [-2147483648, 2147483647]],
]);

/** Per-token parameters: float scales (float64 or float32) and integer zero points (int64 or int32), one per token. */
export function perTokenParams(
  op: string,
  input: Tensor,
  scale: Tensor,
  zeroPoint: Tensor,
  scaleTypes: readonly ScalarType[],
  zpTypes: readonly ScalarType[],
): { tokens: number; size: number; scales: ArrayLike<number>; zps: ArrayLike<number> } {
  if (input.rank === 0) fail(op, 'input must have at least one dimension');
  requireContiguous(op, input, 'input');
  const [tokens, size] = tokensOf(input);
  if (!scaleTypes.includes(scale.dtype))
    fail(op, `scales must be ${scaleTypes.map(dtypeName).join(' or ')}, got ${dtypeName(scale.dtype)}`);
  if (!zpTypes.includes(zeroPoint.dtype))
    fail(op, `zero points must be ${zpTypes.map(dtypeName).join(' or ')}, got ${dtypeName(zeroPoint.dtype)}`);
  if (scale.numel !== tokens || zeroPoint.numel !== tokens) {
    fail(op, `expected ${tokens} scales and zero points (one per token), got ${scale.numel} and ${zeroPoint.numel}`);
  }
  return { tokens, size, scales: numbers(op, scale), zps: numbers(op, zeroPoint) };
}

/**
 * `quantized_decomposed::quantize_per_token.out(Tensor input, Tensor scales, Tensor zero_points, int quant_min,
 * int quant_max, ScalarType dtype, *, Tensor(a!) out)`: per token, `clamp(zp + nearbyint(x * (1 / scale)),
 * quant_min, quant_max)` in float32 (round half to even), as ExecuTorch's kernel.
 */
export const quantizePerToken = /* @__PURE__ */ defineKernel({
  op: OP,
  dtypes: [
    ScalarType.Float,
    ScalarType.Double,
    ScalarType.Half,
    ScalarType.Long,
    ScalarType.Byte,
    ScalarType.Char,
    ScalarType.UInt16,
    ScalarType.Short,
    ScalarType.Int,
  ],
  run(_ctx, args: EValue[]) {
    expectArgs(OP, args, 7);
    const input = tensorArg(OP, args, 0);
    const qmin = intArg(OP, args, 3);
    const qmax = intArg(OP, args, 4);
    const dtype = dtypeArg(OP, args, 5);
    const out = tensorArg(OP, args, 6);
    if (input.dtype !== ScalarType.Float && input.dtype !== ScalarType.Double && input.dtype !== ScalarType.Half) {
      fail(OP, `input must be floating, got ${dtypeName(input.dtype)}`);
    }
    if (out.dtype !== dtype)
      fail(OP, `the output's dtype ${dtypeName(out.dtype)} does not match dtype ${dtypeName(dtype)}`);
    const range = QUANT_RANGES.get(dtype);
    if (range === undefined) fail(OP, `unsupported quantized dtype ${dtypeName(dtype)}`);
    if (qmin < range[0] || qmax > range[1]) fail(OP, `quant range [${qmin}, ${qmax}] exceeds ${dtypeName(dtype)}`);
    const p = perTokenParams(
      OP,
      input,
      tensorArg(OP, args, 1),
      tensorArg(OP, args, 2),
      [ScalarType.Double],
      [ScalarType.Long],
    );
    resizeOut(OP, out, input.sizes);
    requireContiguous(OP, out, 'output');
    const x = numbers(OP, input);
    const o = out.data as unknown as { [i: number]: number };
    for (let t = 0; t < p.tokens; t++) {
      const inv = Math.fround(1 / Math.fround(p.scales[t] as number));
      const zp = p.zps[t] as number;
      for (let i = t * p.size; i < (t + 1) * p.size; i++) {
        const q = zp + roundHalfEven(Math.fround(inv * (x[i] as number)));
        o[i] = q < qmin ? qmin : q > qmax ? qmax : q;
      }
    }
  },
});
