import { readFileSync } from 'node:fs';
import { seededRandom } from '@kindling/backend-utils';
import { EValues, parseScalarType, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { mean } from './index.js';

const ctx = { methodName: 'forward', operator: 'test' };

describe('mean.out over the last dimension', () => {
  it('matches a per-row fp32 sequential reference, row-major (fast path) or permuted (general path)', () => {
    const rnd = seededRandom(21);
    for (let trial = 0; trial < 60; trial++) {
      const rank = 1 + Math.floor(rnd() * 3);
      const sizes = Array.from({ length: rank }, () => 1 + Math.floor(rnd() * 6));
      if (trial % 2 === 0) sizes[rank - 1] = 40 + Math.floor(rnd() * 40);
      const order = sizes.map((_, i) => i);
      if (rank > 1 && rnd() < 0.3) order.reverse();
      const x = new Tensor({ dtype: ScalarType.Float, sizes, dimOrder: order });
      const xd = x.data as Float32Array;
      for (let i = 0; i < xd.length; i++) xd[i] = Math.fround(rnd() * 10 - 5);
      const keepdim = rnd() < 0.5;
      const outSizes = keepdim ? [...sizes.slice(0, -1), 1] : sizes.slice(0, -1);
      const out = new Tensor({ dtype: ScalarType.Float, sizes: outSizes });
      const dim = rnd() < 0.5 ? -1 : rank - 1;
      mean.run(ctx, [
        EValues.tensor(x),
        { tag: Tag.ListInt, value: [dim] },
        EValues.bool(keepdim),
        EValues.none(),
        EValues.tensor(out),
        EValues.tensor(out),
      ]);
      expect([...out.sizes]).toEqual(outSizes);
      const len = sizes[rank - 1] as number;
      const rows = xd.length / len;
      const want: number[] = [];
      for (let r = 0; r < rows; r++) {
        // Row r's logical elements, read through x's strides.
        let rest = r;
        let base = 0;
        for (let d = rank - 2; d >= 0; d--) {
          base += (rest % (sizes[d] as number)) * (x.strides[d] as number);
          rest = Math.floor(rest / (sizes[d] as number));
        }
        let acc = 0;
        for (let i = 0; i < len; i++)
          acc = Math.fround(acc + (xd[base + i * (x.strides[rank - 1] as number)] as number));
        want.push(Math.fround(acc / len));
      }
      expect(Array.from(out.data as Float32Array)).toEqual(want);
    }
  });
});

/** One case recorded by tools/conformance/mean_cases.py (tensors are base64 little-endian bytes). */
interface MeanCase {
  name: string;
  dtype: string;
  sizes: number[];
  dims: number[];
  keepdim: boolean;
  input: string;
  out: string;
  outSizes: number[];
}

const recorded = JSON.parse(readFileSync(new URL('./__fixtures__/mean-executorch.json', import.meta.url), 'utf8')) as {
  cases: MeanCase[];
};

function bits(t: Tensor): number[] {
  // compare stored bit patterns, so float16 and -0 are checked exactly too
  const b = t.bytes;
  return Array.from(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

describe('mean.out matches ExecuTorch to the bit', () => {
  it('has the recorded cases', () => {
    expect(recorded.cases.length).toBeGreaterThan(0);
  });

  for (const c of recorded.cases) {
    it(c.name, () => {
      const dtype = parseScalarType(c.dtype);
      expect(dtype).toBeDefined();
      if (dtype === undefined) return;
      const x = new Tensor({ dtype, sizes: c.sizes, bytes: new Uint8Array(Buffer.from(c.input, 'base64')) });
      const want = new Tensor({ dtype, sizes: c.outSizes, bytes: new Uint8Array(Buffer.from(c.out, 'base64')) });
      const out = new Tensor({ dtype, sizes: c.outSizes });
      mean.run(ctx, [
        EValues.tensor(x),
        { tag: Tag.ListInt, value: c.dims },
        EValues.bool(c.keepdim),
        EValues.none(),
        EValues.tensor(out),
        EValues.tensor(out),
      ]);
      // exact equality: a one-ulp difference in a norm's mean flips quantized activations downstream
      expect(bits(out)).toEqual(bits(want));
    });
  }
});
