import { readFileSync } from 'node:fs';
import { type EValue, EValues, parseScalarType, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { portableKernels } from './index.js';

/** One case recorded by tools/conformance/layer_norm_cases.py (tensors are base64 little-endian bytes). */
interface LayerNormCase {
  name: string;
  dtype: string;
  sizes: number[];
  normalizedShape: number[];
  eps: number;
  input: string;
  weight: string | null;
  bias: string | null;
  out: string;
  mean: string;
  rstd: string;
  statSizes: number[];
}

const fixture = JSON.parse(
  readFileSync(new URL('./__fixtures__/layer-norm-executorch.json', import.meta.url), 'utf8'),
) as { cases: LayerNormCase[] };

const kernel = portableKernels.find((k) => k.op === 'aten::native_layer_norm.out');

function tensorOf(dtype: ScalarType, sizes: number[], b64: string): Tensor {
  return new Tensor({ dtype, sizes, bytes: new Uint8Array(Buffer.from(b64, 'base64')) });
}

function values(t: Tensor): number[] {
  return Array.from(t.data as Float32Array | Float64Array);
}

describe('aten::native_layer_norm.out matches ExecuTorch to the bit', () => {
  it('has the kernel and the recorded cases', () => {
    expect(kernel).toBeDefined();
    expect(fixture.cases.length).toBeGreaterThan(0);
  });

  for (const c of fixture.cases) {
    it(c.name, () => {
      const dtype = parseScalarType(c.dtype);
      expect(dtype === ScalarType.Float || dtype === ScalarType.Double).toBe(true);
      if (dtype === undefined) return;
      const out = new Tensor({ dtype, sizes: c.sizes });
      const mean = new Tensor({ dtype, sizes: c.statSizes });
      const rstd = new Tensor({ dtype, sizes: c.statSizes });
      const optional = (b64: string | null): EValue =>
        b64 === null ? EValues.none() : EValues.tensor(tensorOf(dtype, c.normalizedShape, b64));
      const args: EValue[] = [
        EValues.tensor(tensorOf(dtype, c.sizes, c.input)),
        { tag: Tag.ListInt, value: c.normalizedShape },
        optional(c.weight),
        optional(c.bias),
        EValues.double(c.eps),
        EValues.tensor(out),
        EValues.tensor(mean),
        EValues.tensor(rstd),
        EValues.none(),
      ];
      kernel?.run({ methodName: 'forward', operator: kernel.op }, args);
      // exact equality: a one-ulp difference is what flips quantized activations downstream
      expect(values(out)).toEqual(values(tensorOf(dtype, c.sizes, c.out)));
      expect(values(mean)).toEqual(values(tensorOf(dtype, c.statSizes, c.mean)));
      expect(values(rstd)).toEqual(values(tensorOf(dtype, c.statSizes, c.rstd)));
    });
  }
});
