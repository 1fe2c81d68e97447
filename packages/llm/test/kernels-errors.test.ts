// Bad arguments give a KindlingError naming the operator (never a crash or a write out of bounds).
import { ErrorCode, type EValue, EValues, KindlingError, ScalarType, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  chooseQParamsPerTokenAsymmetric,
  customQuantizedSdpa,
  customSdpa,
  dequantizePerToken,
  embedding4bit,
  embeddingByte,
  embeddingByteDtype,
  quantizePerToken,
  sdpaWithKvCache,
  updateCache,
} from '../src/kernels/index.js';

const CTX = { methodName: 'forward', operator: 'test' };
const t = <D extends ScalarType>(dtype: D, sizes: number[]) => new Tensor<D>({ dtype, sizes });
const T = (x: Tensor) => EValues.tensor(x);
const f32 = (sizes: number[]) => t(ScalarType.Float, sizes);

function expectError(run: () => void, op: string, text: RegExp): KindlingError {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(KindlingError.isInstance(caught), `a KindlingError, got ${String(caught)}`).toBe(true);
  const err = caught as KindlingError;
  expect(err.code).toBe(ErrorCode.InvalidArgument);
  expect(err.message).toContain(op);
  expect(err.message).toMatch(text);
  expect(err.context?.operator).toBe(op);
  return err;
}

const sdpaArgs = (
  q: Tensor,
  k: Tensor,
  v: Tensor,
  pos: number,
  mask: Tensor | null,
  causal: boolean,
  out: Tensor,
  dropout = 0,
): EValue[] => [
  T(q),
  T(k),
  T(v),
  EValues.int(pos),
  mask ? T(mask) : EValues.none(),
  EValues.double(dropout),
  EValues.bool(causal),
  EValues.none(),
  T(out),
  EValues.none(),
];

describe('llama::update_cache.out', () => {
  const run = (value: Tensor, cache: Tensor, pos: number) =>
    updateCache.run(CTX, [T(value), T(cache), EValues.int(pos), T(f32([1])), EValues.none()]);

  it('rejects a start_pos + seq_len beyond the cache and leaves the cache untouched', () => {
    const cache = f32([1, 4, 2, 3]);
    const value = f32([1, 2, 2, 3]);
    value.data.fill(7);
    const err = expectError(() => run(value, cache, 3), 'llama::update_cache.out', /start_pos 3 with 2 new positions/);
    expect(err.context).toMatchObject({ startPos: 3, seqLen: 2, cacheLen: 4 });
    expect(cache.data.every((x) => x === 0)).toBe(true);
    expectError(() => run(value, cache, -1), 'llama::update_cache.out', /start_pos -1/);
    expectError(() => run(value, cache, 4), 'llama::update_cache.out', /start_pos 4/);
  });

  it('rejects mismatched heads, ranks, element sizes and layouts', () => {
    expectError(() => run(f32([1, 1, 3, 3]), f32([1, 4, 2, 3]), 0), 'llama::update_cache.out', /heads/);
    expectError(() => run(f32([1, 3, 3]), f32([1, 4, 2, 3]), 0), 'llama::update_cache.out', /4-D/);
    expectError(
      () => run(t(ScalarType.Half, [1, 1, 2, 3]), f32([1, 4, 2, 3]), 0),
      'llama::update_cache.out',
      /element sizes/,
    );
    const strided = new Tensor({ dtype: 'float32', sizes: [1, 4, 2, 3], dimOrder: [0, 2, 1, 3] });
    expectError(() => run(f32([1, 1, 2, 3]), strided, 0), 'llama::update_cache.out', /contiguous/);
  });

  it('writes the value at start_pos of every batch row', () => {
    const cache = f32([2, 3, 1, 2]);
    const value = f32([2, 1, 1, 2]);
    value.data.set([1, 2, 3, 4]);
    run(value, cache, 2);
    expect([...cache.data]).toEqual([0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 3, 4]);
  });
});

describe('llama::custom_sdpa.out', () => {
  const OP = 'llama::custom_sdpa.out';
  it('rejects start_pos + seq_len beyond the cache', () => {
    const err = expectError(
      () =>
        customSdpa.run(
          CTX,
          sdpaArgs(f32([1, 2, 2, 4]), f32([1, 4, 1, 4]), f32([1, 4, 1, 4]), 3, null, true, f32([1, 2, 2, 4])),
        ),
      OP,
      /exceeds/,
    );
    expect(err.context).toMatchObject({ startPos: 3, seqLen: 2, cacheLen: 4 });
  });
  it('rejects heads that are not a multiple of the KV heads, dropout, and a mask with is_causal', () => {
    const q = f32([1, 1, 3, 4]);
    const kv = f32([1, 4, 2, 4]);
    expectError(() => customSdpa.run(CTX, sdpaArgs(q, kv, kv, 0, null, true, f32([1, 1, 3, 4]))), OP, /multiple/);
    const q2 = f32([1, 1, 2, 4]);
    expectError(() => customSdpa.run(CTX, sdpaArgs(q2, kv, kv, 0, null, true, f32([1, 1, 2, 4]), 0.1)), OP, /dropout/);
    expectError(
      () => customSdpa.run(CTX, sdpaArgs(q2, kv, kv, 0, f32([1, 4]), true, f32([1, 1, 2, 4]))),
      OP,
      /is_causal/,
    );
  });
  it('rejects a mask of the wrong shape or dtype, mixed dtypes and head sizes', () => {
    const q = f32([1, 2, 2, 4]);
    const kv = f32([1, 4, 2, 4]);
    const out = f32([1, 2, 2, 4]);
    expectError(
      () => customSdpa.run(CTX, sdpaArgs(q, kv, kv, 0, f32([2, 3]), false, out)),
      OP,
      /attn_mask must be \[2, 4\]/,
    );
    expectError(
      () => customSdpa.run(CTX, sdpaArgs(q, kv, kv, 0, t(ScalarType.Half, [2, 4]), false, out)),
      OP,
      /attn_mask must be float32/,
    );
    expectError(
      () => customSdpa.run(CTX, sdpaArgs(q, t(ScalarType.Half, [1, 4, 2, 4]), kv, 0, null, true, out)),
      OP,
      /dtype/,
    );
    expectError(() => customSdpa.run(CTX, sdpaArgs(q, f32([1, 4, 2, 5]), kv, 0, null, true, out)), OP, /head size/);
    expectError(
      () => customSdpa.run(CTX, sdpaArgs(q, kv, kv, 0, null, true, t(ScalarType.Half, [1, 2, 2, 4]))),
      OP,
      /output/,
    );
  });
  it('rejects int8 queries (only the quantized operator takes them)', () => {
    const i8 = (s: number[]) => t(ScalarType.Char, s);
    expectError(
      () =>
        customSdpa.run(
          CTX,
          sdpaArgs(i8([1, 1, 1, 4]), i8([1, 2, 1, 4]), i8([1, 2, 1, 4]), 0, null, true, f32([1, 1, 1, 4])),
        ),
      OP,
      /query/,
    );
  });
});

describe('llama::sdpa_with_kv_cache.out and custom_quantized_sdpa.out', () => {
  it('sdpa_with_kv_cache checks start_pos + seq_len before writing the caches', () => {
    const kc = f32([1, 3, 1, 2]);
    const vc = f32([1, 3, 1, 2]);
    const k = f32([1, 2, 1, 2]);
    k.data.fill(1);
    const args = [
      T(f32([1, 2, 1, 2])),
      T(k),
      T(f32([1, 2, 1, 2])),
      T(kc),
      T(vc),
      EValues.int(2),
      EValues.int(2),
      EValues.none(),
      EValues.double(0),
      EValues.bool(true),
      EValues.none(),
      T(f32([1, 2, 1, 2])),
      EValues.none(),
    ];
    expectError(() => sdpaWithKvCache.run(CTX, args), 'llama::sdpa_with_kv_cache.out', /does not fit/);
    expect(kc.data.every((x) => x === 0)).toBe(true);
  });
  it('custom_quantized_sdpa needs every zero point and scale, shaped like its operand', () => {
    const OP = 'llama::custom_quantized_sdpa.out';
    const i8 = (s: number[]) => t(ScalarType.Char, s);
    const q = i8([1, 1, 1, 4]);
    const kv = i8([1, 2, 1, 4]);
    const params = (qz: Tensor | null) => [
      T(q),
      T(kv),
      T(kv),
      EValues.int(0),
      EValues.none(),
      EValues.double(0),
      EValues.bool(true),
      EValues.none(),
      qz ? T(qz) : EValues.none(),
      T(f32([1, 1, 1, 1])),
      T(i8([1, 2, 1, 1])),
      T(f32([1, 2, 1, 1])),
      T(i8([1, 2, 1, 1])),
      T(f32([1, 2, 1, 1])),
      EValues.bool(false),
      T(f32([1, 1, 1, 4])),
      EValues.none(),
    ];
    expectError(() => customQuantizedSdpa.run(CTX, params(null)), OP, /must all be given/);
    expectError(() => customQuantizedSdpa.run(CTX, params(i8([1, 2, 1, 1]))), OP, /except in the last dimension/);
    expectError(() => customQuantizedSdpa.run(CTX, params(f32([1, 1, 1, 1]))), OP, /zero points must be int8/);
  });
});

describe('quantized embeddings', () => {
  const OP = 'quantized_decomposed::embedding_byte.out';
  const args = (w: Tensor, s: Tensor, z: Tensor | null, idx: Tensor, out: Tensor) => [
    T(w),
    T(s),
    z ? T(z) : EValues.none(),
    EValues.int(-128),
    EValues.int(127),
    T(idx),
    T(out),
    EValues.none(),
  ];
  const idx = (values: bigint[]) => {
    const x = t(ScalarType.Long, [values.length]);
    x.data.set(values);
    return x;
  };
  it('rejects token ids beyond the table (and negative ones) before writing', () => {
    const out = f32([2, 4]);
    const err = expectError(
      () => embeddingByte.run(CTX, args(t(ScalarType.Char, [5, 4]), f32([5]), null, idx([1n, 5n]), out)),
      OP,
      /index 5 at position 1 is out of range for 5/,
    );
    expect(err.context).toMatchObject({ index: 1 });
    expectError(
      () => embeddingByte.run(CTX, args(t(ScalarType.Char, [5, 4]), f32([5]), null, idx([-1n]), f32([1, 4]))),
      OP,
      /index -1/,
    );
    const w4 = t(ScalarType.Byte, [3, 2]);
    const i32 = t(ScalarType.Int, [1]);
    i32.data.set([3]);
    expectError(
      () =>
        embedding4bit.run(CTX, [
          T(w4),
          T(f32([3])),
          EValues.none(),
          EValues.int(-8),
          EValues.int(7),
          T(i32),
          T(f32([1, 4])),
          EValues.none(),
        ]),
      'quantized_decomposed::embedding_4bit.out',
      /index 3/,
    );
  });
  it('rejects groups that do not divide the row, bad scale shapes and dtypes', () => {
    const w = t(ScalarType.Char, [5, 6]);
    expectError(
      () => embeddingByte.run(CTX, args(w, f32([5, 4]), null, idx([0n]), f32([1, 6]))),
      OP,
      /groups do not divide/,
    );
    expectError(() => embeddingByte.run(CTX, args(w, f32([4]), null, idx([0n]), f32([1, 6]))), OP, /5 rows/);
    expectError(
      () => embeddingByte.run(CTX, args(w, t(ScalarType.Half, [5]), null, idx([0n]), f32([1, 6]))),
      OP,
      /output's dtype/,
    );
    expectError(
      () => embeddingByte.run(CTX, args(w, f32([5]), f32([5, 2]), idx([0n]), f32([1, 6]))),
      OP,
      /sizes of weight_scales/,
    );
    expectError(
      () => embeddingByte.run(CTX, args(t(ScalarType.Float, [5, 6]), f32([5]), null, idx([0n]), f32([1, 6]))),
      OP,
      /weight must be/,
    );
  });
  it('dtype_out checks the dtype argument against the output', () => {
    const OPD = 'quantized_decomposed::embedding_byte.dtype_out';
    const a = [
      T(t(ScalarType.Char, [2, 2])),
      T(f32([2])),
      EValues.none(),
      EValues.int(-128),
      EValues.int(127),
      T(idx([0n])),
      EValues.int(ScalarType.Half),
      T(f32([1, 2])),
      EValues.none(),
    ];
    expectError(() => embeddingByteDtype.run(CTX, a), OPD, /does not match the output/);
  });
});

describe('per-token quantization', () => {
  it('checks dtypes and the number of parameters', () => {
    const OPC = 'quantized_decomposed::choose_qparams_per_token_asymmetric.out';
    const x = f32([2, 3]);
    expectError(
      () =>
        chooseQParamsPerTokenAsymmetric.run(CTX, [
          T(x),
          EValues.int(ScalarType.Char),
          T(f32([2, 1])),
          T(t(ScalarType.Long, [2, 1])),
          EValues.none(),
        ]),
      OPC,
      /float64/,
    );
    expectError(
      () =>
        chooseQParamsPerTokenAsymmetric.run(CTX, [
          T(t(ScalarType.Half, [2, 3])),
          EValues.int(ScalarType.Char),
          T(t(ScalarType.Double, [2, 1])),
          T(t(ScalarType.Long, [2, 1])),
          EValues.none(),
        ]),
      OPC,
      /input must be float32/,
    );
    const OPQ = 'quantized_decomposed::quantize_per_token.out';
    const q = (scales: Tensor, out: Tensor, qmin = -128) => [
      T(x),
      T(scales),
      T(t(ScalarType.Long, [2, 1])),
      EValues.int(qmin),
      EValues.int(127),
      EValues.int(ScalarType.Char),
      T(out),
      EValues.none(),
    ];
    expectError(
      () => quantizePerToken.run(CTX, q(t(ScalarType.Double, [3, 1]), t(ScalarType.Char, [2, 3]))),
      OPQ,
      /expected 2 scales/,
    );
    expectError(
      () => quantizePerToken.run(CTX, q(t(ScalarType.Double, [2, 1]), t(ScalarType.Byte, [2, 3]))),
      OPQ,
      /does not match dtype/,
    );
    expectError(
      () => quantizePerToken.run(CTX, q(t(ScalarType.Double, [2, 1]), t(ScalarType.Char, [2, 3]), -129)),
      OPQ,
      /exceeds/,
    );
    const OPD = 'quantized_decomposed::dequantize_per_token.out';
    const d = [
      T(t(ScalarType.Char, [2, 3])),
      T(t(ScalarType.Double, [2, 1])),
      T(t(ScalarType.Long, [2, 1])),
      EValues.int(-128),
      EValues.int(127),
      EValues.int(ScalarType.Byte),
      EValues.int(ScalarType.Float),
      T(f32([2, 3])),
      EValues.none(),
    ];
    expectError(() => dequantizePerToken.run(CTX, d), OPD, /does not match dtype/);
  });
});
