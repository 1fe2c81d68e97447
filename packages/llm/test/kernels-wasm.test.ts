// The WebAssembly SIMD inner loops against the TypeScript ones on random shapes: attention within
// float32 rounding, quantized embedding gathers bit for bit.
import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { describe, expect, it } from 'vitest';
import { type AttentionShape, attention, type Operand } from '../src/kernels/attention.js';
import { dequantRows } from '../src/kernels/quantized-embedding.js';
import { attentionWasm, type EmbeddingRows, embeddingWasm, llmWasm } from '../src/kernels/wasm.js';

const wasm = llmWasm();

describe('WebAssembly SIMD kernels', () => {
  it('instantiate in this engine (Node has WebAssembly SIMD)', () => {
    expect(wasm).not.toBeNull();
  });

  for (let seed = 1; seed <= 30; seed++) {
    const r = seededRandom(seed);
    const hkv = randomInt(r, 1, 3);
    const heads = hkv * randomInt(r, 1, 4);
    const seq = randomInt(r, 1, 6);
    const headDim = randomInt(r, 1, 40);
    const startPos = randomInt(r, 0, 20);
    const cache = startPos + seq + randomInt(r, 0, 5);
    const batch = randomInt(r, 1, 2);
    const withMask = seed % 3 === 0;
    const seqAtDim2 = seed % 4 === 1;
    const shape: AttentionShape = {
      batch,
      seq,
      heads,
      kvHeads: hkv,
      headDim,
      kvLen: withMask ? cache : startPos + seq,
      startPos,
      causal: !withMask && seed % 2 === 0,
      scale: Math.fround(0.1 + r()),
      mask: withMask ? randomFloat32(seed * 9, seq * cache, -2, 1) : null,
      maskStride: cache,
      roundWeights: null,
    };
    it(`attention, seed ${seed}: ${JSON.stringify({ ...shape, mask: withMask, seqAtDim2 })}`, () => {
      if (wasm === null) return;
      // Strides of [B, S, H, D] or [B, H, S, D] operands.
      const op = (s: number, h: number, data: Float32Array): Operand =>
        seqAtDim2
          ? { data, sB: h * s * headDim, sS: headDim, sH: s * headDim }
          : { data, sB: s * h * headDim, sS: h * headDim, sH: headDim };
      const q = op(seq, heads, randomFloat32(seed * 3, batch * seq * heads * headDim, -2, 2));
      const k = op(cache, hkv, randomFloat32(seed * 3 + 1, batch * cache * hkv * headDim, -2, 2));
      const v = op(cache, hkv, randomFloat32(seed * 3 + 2, batch * cache * hkv * headDim));
      const n = batch * seq * heads * headDim;
      const ts = new Float32Array(n);
      const simd = new Float32Array(n);
      const outStrides = { sB: q.sB, sS: q.sS, sH: q.sH };
      attention(q, k, v, shape, outStrides, (i, x) => {
        ts[i] = x;
      });
      attentionWasm(wasm, q, k, v, shape, outStrides, (i, x) => {
        simd[i] = x;
      });
      for (let i = 0; i < n; i++) {
        const e = ts[i] as number;
        if (!(Math.abs((simd[i] as number) - e) <= 1e-6 + 1e-5 * Math.abs(e))) {
          expect.fail(`element ${i}: wasm ${simd[i]}, TypeScript ${e}`);
        }
      }
    });
  }

  for (let seed = 1; seed <= 30; seed++) {
    it(`quantized embedding rows, seed ${seed}`, () => {
      if (wasm === null) return;
      const r = seededRandom(1000 + seed);
      const bits = seed % 2 === 0 ? 8 : 4;
      const packed = randomInt(r, 1, 40);
      const dim = bits === 8 ? packed : packed * 2;
      const divisors = Array.from({ length: dim }, (_, i) => i + 1).filter((g) => dim % g === 0);
      const groups = divisors[randomInt(r, 0, divisors.length - 1)] as number;
      const vocab = randomInt(r, 1, 30);
      const weight = bits === 8 && seed % 4 === 0 ? new Int8Array(vocab * packed) : new Uint8Array(vocab * packed);
      for (let i = 0; i < weight.length; i++) weight[i] = randomInt(r, -128, 255);
      const e: EmbeddingRows = {
        bits,
        weight,
        packed,
        dim,
        groups,
        scales: randomFloat32(seed * 5, vocab * groups, 0.001, 0.2),
        zps: seed % 3 === 0 ? null : Float32Array.from({ length: vocab * groups }, () => randomInt(r, -8, 8)),
        rows: Array.from({ length: randomInt(r, 1, 12) }, () => randomInt(r, 0, vocab - 1)),
      };
      const simd = embeddingWasm(wasm, e);
      expect(simd).not.toBeNull();
      expect([...(simd ?? [])]).toEqual([...dequantRows(e)]);
    });
  }
});
