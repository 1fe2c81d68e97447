import { defineKernel, dtypeName, type EValue, ScalarType } from '@kindling/core';
import { perTokenParams, QUANT_RANGES } from './quantize-per-token.js';
import { dtypeArg, expectArgs, fail, floatStore, intArg, requireContiguous, resizeOut, tensorArg } from './util.js';

const OP = 'quantized_decomposed::dequantize_per_token.out';

/**
 * `quantized_decomposed::dequantize_per_token.out(Tensor input, Tensor scales, Tensor zero_points, int quant_min,
 * int quant_max, ScalarType dtype, ScalarType output_dtype, *, Tensor(a!) out)`: per token,
 * `(q - zp) * float32(scale)` in float32, cast to the output dtype (float32, float64 or float16).
 */
export const dequantizePerToken = /* @__PURE__ */ defineKernel({
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
    expectArgs(OP, args, 8);
    const input = tensorArg(OP, args, 0);
    const qmin = intArg(OP, args, 3);
    const qmax = intArg(OP, args, 4);
    const dtype = dtypeArg(OP, args, 5);
    const outDtype = dtypeArg(OP, args, 6);
    const out = tensorArg(OP, args, 7);
    if (!QUANT_RANGES.has(input.dtype)) fail(OP, `unsupported input dtype ${dtypeName(input.dtype)}`);
    if (input.dtype !== dtype)
      fail(OP, `input dtype ${dtypeName(input.dtype)} does not match dtype ${dtypeName(dtype)}`);
    if (out.dtype !== outDtype)
      fail(OP, `the output's dtype ${dtypeName(out.dtype)} does not match output_dtype ${dtypeName(outDtype)}`);
    if (out.dtype !== ScalarType.Float && out.dtype !== ScalarType.Double && out.dtype !== ScalarType.Half) {
      fail(OP, `unsupported output dtype ${dtypeName(out.dtype)}`);
    }
    if (qmin > qmax) fail(OP, `quant_min ${qmin} is greater than quant_max ${qmax}`);
    const p = perTokenParams(
      OP,
      input,
      tensorArg(OP, args, 1),
      tensorArg(OP, args, 2),
      [ScalarType.Double, ScalarType.Float],
      [ScalarType.Long, ScalarType.Int],
    );
    resizeOut(OP, out, input.sizes);
    requireContiguous(OP, out, 'output');
    const x = input.data as unknown as ArrayLike<number>;
    const store = floatStore(OP, out);
    for (let t = 0; t < p.tokens; t++) {
      const scale = Math.fround(p.scales[t] as number);
      const zp = p.zps[t] as number;
      for (let i = t * p.size; i < (t + 1) * p.size; i++) store(i, Math.fround(((x[i] as number) - zp) * scale));
    }
  },
});
