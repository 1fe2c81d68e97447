// custom_sdpa / custom_quantized_sdpa on random shapes against an independent, naive TypeScript
// reference: K/V heads repeated to the query heads, a full score matrix with the causal positions
// (key > start_pos + query index) set to -inf, a float mask added, and a plain softmax.
import { floatToHalf, halfToFloat, randomFloat32, randomInt, randomInt8, seededRandom } from '@kindling/backend-utils';
import { EValues, ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { customQuantizedSdpa, customSdpa } from '../src/kernels/index.js';

const CTX = { methodName: 'forward', operator: 'test' };

interface Case {
  b: number;
  s: number;
  h: number;
  hkv: number;
  d: number;
  kv: number;
  pos: number;
  causal: boolean;
  mask: boolean;
  scale: number | null;
  seqAtDim2: boolean;
}

/** Index of element (b, s, h, i) in a contiguous [B, S, H, D] or [B, H, S, D] tensor. */
function at(seqAtDim2: boolean, S: number, H: number, D: number, b: number, s: number, h: number, i: number): number {
  return seqAtDim2 ? ((b * H + h) * S + s) * D + i : ((b * S + s) * H + h) * D + i;
}

/** Naive attention on dequantized values. `weights` rounds the softmax weights (fp16 activations). */
function reference(
  c: Case,
  q: (b: number, s: number, h: number, i: number) => number,
  k: (b: number, n: number, h: number, i: number) => number,
  v: (b: number, n: number, h: number, i: number) => number,
  mask: Float32Array | null,
  weights: (x: number) => number,
): Float64Array {
  const out = new Float64Array(c.b * c.s * c.h * c.d);
  const keys = mask ? c.kv : c.pos + c.s;
  const scale = Math.fround(c.scale ?? 1 / Math.sqrt(c.d));
  for (let b = 0; b < c.b; b++) {
    for (let h = 0; h < c.h; h++) {
      const hk = Math.floor(h / (c.h / c.hkv));
      for (let s = 0; s < c.s; s++) {
        const scores: number[] = [];
        for (let n = 0; n < keys; n++) {
          let dot = 0;
          for (let i = 0; i < c.d; i++) dot += q(b, s, h, i) * k(b, n, hk, i);
          let x = dot * scale;
          if (mask) x += mask[s * c.kv + n] as number;
          if (c.causal && n > c.pos + s) x = Number.NEGATIVE_INFINITY;
          scores.push(x);
        }
        const max = Math.max(...scores);
        const e = scores.map((x) => Math.exp(x - max));
        const sum = e.reduce((a, x) => a + x, 0);
        for (let i = 0; i < c.d; i++) {
          let acc = 0;
          for (let n = 0; n < keys; n++) acc += weights(e[n] as number) * v(b, n, hk, i);
          out[at(c.seqAtDim2, c.s, c.h, c.d, b, s, h, i)] = acc / sum;
        }
      }
    }
  }
  return out;
}

function randomCase(seed: number): Case {
  const r = seededRandom(seed);
  const hkv = randomInt(r, 1, 3);
  const s = randomInt(r, 1, 5);
  const pos = randomInt(r, 0, 6);
  const mask = r() < 0.3;
  return {
    b: randomInt(r, 1, 2),
    s,
    h: hkv * randomInt(r, 1, 3),
    hkv,
    d: randomInt(r, 1, 12),
    kv: pos + s + randomInt(r, 0, 4),
    pos,
    causal: !mask && r() < 0.7,
    mask,
    scale: r() < 0.3 ? 0.2 + r() : null,
    seqAtDim2: false,
  };
}

function shapes(c: Case): { q: number[]; kv: number[] } {
  return c.seqAtDim2
    ? { q: [c.b, c.h, c.s, c.d], kv: [c.b, c.hkv, c.kv, c.d] }
    : { q: [c.b, c.s, c.h, c.d], kv: [c.b, c.kv, c.hkv, c.d] };
}

function maskFor(c: Case, seed: number): Float32Array | null {
  if (!c.mask) return null;
  const m = randomFloat32(seed, c.s * c.kv, -1, 1);
  for (let i = 0; i < m.length; i++) if (i % c.kv !== 0 && (m[i] as number) > 0.5) m[i] = Number.NEGATIVE_INFINITY;
  return m;
}

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, atol: number, rtol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    const a = actual[i] as number;
    if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) expect.fail(`element ${i}: got ${a}, expected ${e}`);
  }
}

describe('custom_sdpa against a naive reference on random shapes', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const c = randomCase(seed);
    const half = seed % 4 === 0;
    it(`seed ${seed}: ${JSON.stringify(c)}${half ? ' fp16' : ''}`, () => {
      const { q: qs, kv: kvs } = shapes(c);
      const n = (sz: number[]) => sz.reduce((a, x) => a * x, 1);
      let qv = randomFloat32(seed * 3, n(qs));
      let kv = randomFloat32(seed * 3 + 1, n(kvs));
      let vv = randomFloat32(seed * 3 + 2, n(kvs));
      const dtype = half ? ScalarType.Half : ScalarType.Float;
      const tensor = (sizes: number[], values: Float32Array) => {
        const t = new Tensor({ dtype, sizes });
        if (half) (t.data as Uint16Array).set(Array.from(values, (x) => floatToHalf(x)));
        else (t.data as Float32Array).set(values);
        return t;
      };
      if (half) {
        const r = (a: Float32Array) => Float32Array.from(a, (x) => halfToFloat(floatToHalf(x)));
        [qv, kv, vv] = [r(qv), r(kv), r(vv)];
      }
      const mask = maskFor(c, seed * 7);
      const out = new Tensor({ dtype, sizes: qs });
      const maskT = mask ? new Tensor({ dtype: 'float32', sizes: [c.s, c.kv] }) : null;
      if (maskT && mask) (maskT.data as Float32Array).set(mask);
      customSdpa.run(CTX, [
        EValues.tensor(tensor(qs, qv)),
        EValues.tensor(tensor(kvs, kv)),
        EValues.tensor(tensor(kvs, vv)),
        EValues.int(c.pos),
        maskT ? EValues.tensor(maskT) : EValues.none(),
        EValues.double(0),
        EValues.bool(c.causal),
        c.scale === null ? EValues.none() : EValues.double(c.scale),
        EValues.tensor(out),
        EValues.none(),
      ]);
      expect(out.sizes).toEqual(qs);
      const get = (a: Float32Array, S: number, H: number) => (b: number, s: number, h: number, i: number) =>
        a[at(false, S, H, c.d, b, s, h, i)] as number;
      const want = reference(
        c,
        get(qv, c.s, c.h),
        get(kv, c.kv, c.hkv),
        get(vv, c.kv, c.hkv),
        mask,
        half ? (x) => halfToFloat(floatToHalf(Math.fround(x))) : (x) => x,
      );
      const got = half ? Array.from(out.data as Uint16Array, halfToFloat) : (out.data as Float32Array);
      if (half) close(got, want, 2e-3, 2e-3);
      else close(got, want, 1e-6, 1e-5);
    });
  }
});

describe('custom_quantized_sdpa against a naive reference on random shapes', () => {
  for (let seed = 100; seed < 124; seed++) {
    const c = { ...randomCase(seed), seqAtDim2: seed % 2 === 0 };
    it(`seed ${seed}: ${JSON.stringify(c)}`, () => {
      const { q: qs, kv: kvs } = shapes(c);
      const n = (sz: number[]) => sz.reduce((a, x) => a * x, 1);
      const i8 = (sizes: number[], values: Int8Array) => {
        const t = new Tensor({ dtype: ScalarType.Char, sizes });
        t.data.set(values);
        return t;
      };
      const f32 = (sizes: number[], values: Float32Array) => {
        const t = new Tensor({ dtype: ScalarType.Float, sizes });
        t.data.set(values);
        return t;
      };
      const params = (sizes: number[], s: number) => {
        const p = [...sizes.slice(0, 3), 1];
        return {
          zp: i8(p, randomInt8(s, n(p), -20, 20)),
          scale: f32(p, randomFloat32(s + 1, n(p), 0.001, 0.05)),
        };
      };
      const q = i8(qs, randomInt8(seed * 5, n(qs)));
      const k = i8(kvs, randomInt8(seed * 5 + 1, n(kvs)));
      const v = i8(kvs, randomInt8(seed * 5 + 2, n(kvs)));
      const [qp, kp, vp] = [params(qs, seed * 11), params(kvs, seed * 13), params(kvs, seed * 17)];
      const mask = maskFor(c, seed * 19);
      const maskT = mask ? f32([c.s, c.kv], mask) : null;
      const out = new Tensor({ dtype: 'float32', sizes: qs });
      customQuantizedSdpa.run(CTX, [
        EValues.tensor(q),
        EValues.tensor(k),
        EValues.tensor(v),
        EValues.int(c.pos),
        maskT ? EValues.tensor(maskT) : EValues.none(),
        EValues.double(0),
        EValues.bool(c.causal),
        c.scale === null ? EValues.none() : EValues.double(c.scale),
        EValues.tensor(qp.zp),
        EValues.tensor(qp.scale),
        EValues.tensor(kp.zp),
        EValues.tensor(kp.scale),
        EValues.tensor(vp.zp),
        EValues.tensor(vp.scale),
        EValues.bool(c.seqAtDim2),
        EValues.tensor(out),
        EValues.none(),
      ]);
      expect(out.sizes).toEqual(qs);
      const deq =
        (t: Tensor, p: { zp: Tensor; scale: Tensor }, S: number, H: number) =>
        (b: number, s: number, h: number, i: number) => {
          const row = c.seqAtDim2 ? (b * H + h) * S + s : (b * S + s) * H + h;
          return ((t.data[row * c.d + i] as number) - (p.zp.data[row] as number)) * (p.scale.data[row] as number);
        };
      const want = reference(c, deq(q, qp, c.s, c.h), deq(k, kp, c.kv, c.hkv), deq(v, vp, c.kv, c.hkv), mask, (x) => x);
      close(out.data as Float32Array, want, 1e-6, 1e-5);
    });
  }
});
