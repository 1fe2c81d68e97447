import { describe, expect, it } from 'vitest';
import { batchMatMulF32, fullyConnectedF32 } from '../src/kernels/fully-connected.js';

// An exact reference for a float32 fused multiply-add: every finite float32 is m * 2^e with integer
// m, so a * b + c is an exact binary fraction, rounded here once (to nearest, ties to even).

const view = new DataView(new ArrayBuffer(4));

/** [mantissa, exponent] with value = mantissa * 2^exponent (normal and subnormal float32). */
function decompose(x: number): [bigint, number] {
  view.setFloat32(0, x);
  const bits = view.getUint32(0);
  const sign = bits >>> 31 ? -1n : 1n;
  const e = (bits >>> 23) & 0xff;
  const frac = BigInt(bits & 0x7fffff);
  if (e === 0) return [sign * frac, -149];
  return [sign * (frac | 0x800000n), e - 150];
}

/** Rounds mantissa * 2^exponent to the nearest float32 (ties to even); normal range only. */
function roundToF32(mantissa: bigint, exponent: number): number {
  if (mantissa === 0n) return 0;
  const negative = mantissa < 0n;
  let m = negative ? -mantissa : mantissa;
  let e = exponent;
  const length = m.toString(2).length;
  if (length > 24) {
    const shift = BigInt(length - 24);
    const rest = m & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    m >>= shift;
    e += Number(shift);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  }
  const value = Number(m) * 2 ** e;
  return negative ? -value : value;
}

function fmaF32(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  return roundToF32(ma * mb * (1n << BigInt(ep - e)) + mc * (1n << BigInt(ec - e)), e);
}

/** Seeded values spread over a few binades, as attention scores and probabilities are. */
function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = ((s / 2 ** 32) * 2 - 1) * 2 ** ((s >>> 7) % 6);
  }
  return out;
}

describe('fp32 GEMM accumulation follows XNNPACK (sequential fused multiply-add from the bias)', () => {
  const m = 5;
  const k = 37;
  const n = 7;
  const input = values(m * k, 1);
  const weights = values(n * k, 2);
  const bias = values(n, 3);

  function reference(withBias: boolean, fused: boolean): Float32Array {
    const out = new Float32Array(m * n);
    for (let r = 0; r < m; r++)
      for (let j = 0; j < n; j++) {
        let acc = withBias ? (bias[j] as number) : 0;
        for (let p = 0; p < k; p++) {
          const x = input[r * k + p] as number;
          const w = weights[j * k + p] as number;
          acc = fused ? fmaF32(x, w, acc) : Math.fround(acc + Math.fround(x * w));
        }
        out[r * n + j] = acc;
      }
    return out;
  }

  it('the reference tells fused from unfused accumulation on these values', () => {
    expect(Array.from(reference(true, true))).not.toEqual(Array.from(reference(true, false)));
  });

  it('fully connected, with a bias', () => {
    const out = new Float32Array(m * n);
    fullyConnectedF32(input, weights, bias, out, m, k, n, -Infinity, Infinity);
    expect(Array.from(out)).toEqual(Array.from(reference(true, true)));
  });

  it('batch matrix multiply (B given as [k, n])', () => {
    const b = new Float32Array(k * n);
    for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) b[p * n + j] = weights[j * k + p] as number;
    const out = new Float32Array(2 * m * n);
    const a = new Float32Array(2 * m * k);
    a.set(input);
    a.set(input, m * k);
    batchMatMulF32(a, b, out, 2, m, k, n, m * k, 0, false, new Float32Array(k * n));
    const expected = Array.from(reference(false, true));
    expect(Array.from(out.subarray(0, m * n))).toEqual(expected);
    expect(Array.from(out.subarray(m * n))).toEqual(expected);
  });
});
