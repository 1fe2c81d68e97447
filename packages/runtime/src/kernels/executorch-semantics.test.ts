// Kernels whose ExecuTorch behaviour differs from PyTorch's (so the PyTorch-recorded kernel cases cannot
// cover it), int64 results beyond 2^53 compared exactly, and argument checks. Expected int64 values
// were recorded from ExecuTorch 1.5.1's portable kernels (programs exported and run by its runtime);
// the others are worked out by hand in the comments.
import { type EValue, EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { portableKernels } from './index.js';

function run(op: string, args: EValue[]): void {
  const kernel = portableKernels.find((k) => k.op === op);
  if (!kernel) throw new Error(`no kernel ${op}`);
  kernel.run({ methodName: 'forward', operator: op }, args);
}

function expectKindlingError(f: () => void, message: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(KindlingError.isInstance(err), `expected a KindlingError, got ${String(err)}`).toBe(true);
  expect((err as Error).message).toMatch(message);
}

const long = (values: bigint[]) => Tensor.from(ScalarType.Long, [values.length], values);
const outLong = (n: number) => new Tensor({ dtype: ScalarType.Long, sizes: [n] });
const t = EValues.tensor;

// dividends and divisors of the ExecuTorch-recorded int64 programs
const A = [2n ** 62n + 1n, -(2n ** 41n), 7n, -7n, 2n ** 53n + 1n, -(2n ** 53n + 3n), 9007199254740993n];
const B = [3n, 7n, -2n, 2n, 5n, 10n, 1000n];

describe('remainder', () => {
  it('int64 remainder keeps the dividend sign (C %), exactly, as ExecuTorch', () => {
    const out = outLong(A.length);
    run('aten::remainder.Tensor_out', [t(long(A)), t(long(B)), t(out), t(out)]);
    // PyTorch gives [2, 3, -1, 1, 3, 5, 993]
    expect([...(out.data as BigInt64Array)]).toEqual([2n, -4n, 1n, -1n, 3n, -5n, 993n]);
    const outS = outLong(A.length);
    run('aten::remainder.Scalar_out', [t(long(A)), EValues.int(3), t(outS), t(outS)]);
    expect([...(outS.data as BigInt64Array)]).toEqual([2n, -2n, 1n, -1n, 0n, -2n, 0n]);
  });

  it('int32 remainder follows C % too', () => {
    const x = Tensor.from(ScalarType.Int, [4], [-7, 7, -7, 7]);
    const y = Tensor.from(ScalarType.Int, [4], [3, -3, -3, 3]);
    const out = new Tensor({ dtype: ScalarType.Int, sizes: [4] });
    run('aten::remainder.Tensor_out', [t(x), t(y), t(out), t(out)]);
    expect([...(out.data as Int32Array)]).toEqual([-1, 1, -1, 1]);
  });

  it('floating remainder moves toward the divisor sign and is held in a float32 (double too)', () => {
    const x = Tensor.from(ScalarType.Double, [3], [1.0000001, -1, 5.5]);
    const out = new Tensor({ dtype: ScalarType.Double, sizes: [3] });
    run('aten::remainder.Scalar_out', [t(x), EValues.double(3), t(out), t(out)]);
    // fmod(1.0000001, 3) rounded to float32; fmod(-1, 3) = -1, + 3 = 2; fmod(5.5, 3) = 2.5
    expect([...(out.data as Float64Array)]).toEqual([Math.fround(1.0000001), 2, 2.5]);
  });

  it('rejects an integer division by zero, even on an empty tensor, and bool inputs', () => {
    const out = outLong(0);
    expectKindlingError(
      () => run('aten::remainder.Scalar_out', [t(long([])), EValues.int(0), t(out), t(out)]),
      /division by zero/,
    );
    const o2 = outLong(2);
    expectKindlingError(
      () => run('aten::remainder.Tensor_out', [t(long([1n, 2n])), t(long([1n, 0n])), t(o2), t(o2)]),
      /division by zero/,
    );
    const bools = Tensor.from(ScalarType.Bool, [2], [1, 0]);
    const ob = new Tensor({ dtype: ScalarType.Bool, sizes: [2] });
    expectKindlingError(() => run('aten::remainder.Tensor_out', [t(bools), t(bools), t(ob), t(ob)]), /bool/);
  });
});

describe('int64 division with a rounding mode', () => {
  const divMode = (mode: string) => {
    const out = outLong(A.length);
    run('aten::div.out_mode', [t(long(A)), t(long(B)), EValues.string(mode), t(out), t(out)]);
    return [...(out.data as BigInt64Array)];
  };

  it('floor is exact', () => {
    expect(divMode('floor')).toEqual([
      1537228672809129301n,
      -314146179365n,
      -4n,
      -4n,
      1801439850948198n,
      -900719925474100n,
      9007199254740n,
    ]);
  });

  it('trunc passes the quotient through a double, as ExecuTorch does', () => {
    expect(divMode('trunc')).toEqual([
      1537228672809129216n,
      -314146179364n,
      -3n,
      -3n,
      1801439850948198n,
      -900719925474099n,
      9007199254740n,
    ]);
  });
});

describe('int64 arithmetic with a scalar wraps exactly', () => {
  it('add.Scalar_out, sub.Scalar_out, rsub.Scalar_out, mul.Scalar_out', () => {
    const x = long([2n ** 62n + 1n, -(2n ** 63n)]);
    const wrap = (v: bigint) => BigInt.asIntN(64, v);
    const cases: [string, EValue[], bigint[]][] = [
      [
        'aten::add.Scalar_out',
        [EValues.int(3_000_000_007), EValues.int(3)],
        [wrap(2n ** 62n + 1n + 9_000_000_021n), wrap(-(2n ** 63n) + 9_000_000_021n)],
      ],
      ['aten::sub.Scalar_out', [EValues.int(9), EValues.int(1)], [2n ** 62n - 8n, wrap(-(2n ** 63n) - 9n)]],
      [
        'aten::rsub.Scalar_out',
        [EValues.int(5), EValues.int(2)],
        [wrap(5n - 2n * (2n ** 62n + 1n)), wrap(5n + 2n ** 64n)],
      ],
      [
        'aten::mul.Scalar_out',
        [EValues.int(3_000_000_007)],
        [wrap((2n ** 62n + 1n) * 3_000_000_007n), wrap(-(2n ** 63n) * 3_000_000_007n)],
      ],
    ];
    for (const [op, scalars, want] of cases) {
      const out = outLong(2);
      run(op, [t(x), ...scalars, t(out), t(out)]);
      expect([...(out.data as BigInt64Array)], op).toEqual(want);
    }
  });
});

describe('leaky_relu', () => {
  it('multiplies by the slope rounded to float32', () => {
    const xs = [-1.1, -3.3, -7.7, -0.3];
    const x = Tensor.from(ScalarType.Float, [4], xs);
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [4] });
    run('aten::leaky_relu.out', [t(x), EValues.double(0.2), t(out), t(out)]);
    const s = Math.fround(0.2);
    expect([...(out.data as Float32Array)]).toEqual(xs.map((v) => Math.fround(Math.fround(v) * s)));
  });

  it('requires out to have the input dtype', () => {
    const x = Tensor.from(ScalarType.Float, [2], [1, -1]);
    const out = new Tensor({ dtype: ScalarType.Double, sizes: [2] });
    expectKindlingError(() => run('aten::leaky_relu.out', [t(x), EValues.double(0.1), t(out), t(out)]), /dtype/);
  });
});

describe('dim_order_ops::_empty_dim_order.out', () => {
  const op = 'dim_order_ops::_empty_dim_order.out';
  const ints = (v: number[]): EValue => ({ tag: Tag.ListInt, value: v });

  it('resizes out to the size and keeps its dtype and dim order', () => {
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [1, 1, 1, 1], capacity: 64, dimOrder: [0, 2, 3, 1] });
    run(op, [ints([2, 3, 2, 4]), ints([0, 2, 3, 1]), t(out), t(out)]);
    expect([...out.sizes]).toEqual([2, 3, 2, 4]);
    expect(out.dtype).toBe(ScalarType.Float);
    expect([...out.dimOrder]).toEqual([0, 2, 3, 1]);
    const o2 = new Tensor({ dtype: ScalarType.Long, sizes: [0], capacity: 8 });
    run(op, [ints([5]), EValues.none(), t(o2), t(o2)]);
    expect([...o2.sizes]).toEqual([5]);
  });

  it('rejects a negative size, a dim order of another rank, a size beyond the capacity and a rank change', () => {
    const mk = () => new Tensor({ dtype: ScalarType.Float, sizes: [2, 2], capacity: 16 });
    const bad: EValue[][] = [
      [ints([2, -1]), EValues.none()],
      [ints([2, 2]), ints([0])],
      [ints([4, 5]), EValues.none()],
      [ints([2, 2, 1]), EValues.none()],
    ];
    for (const [size, order] of bad) {
      const out = mk();
      expectKindlingError(() => run(op, [size as EValue, order as EValue, t(out), t(out)]), /./);
    }
  });
});

describe('argument checks of the second batch', () => {
  it('_native_batch_norm_legit.no_stats_out takes a contiguous input only (as ExecuTorch)', () => {
    const x = Tensor.from(ScalarType.Float, [1, 2, 1, 2], [1, 2, 3, 4], [0, 2, 3, 1]);
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [1, 2, 1, 2], dimOrder: [0, 2, 3, 1] });
    const m = new Tensor({ dtype: ScalarType.Float, sizes: [2] });
    const v = new Tensor({ dtype: ScalarType.Float, sizes: [2] });
    const args: EValue[] = [
      t(x),
      EValues.none(),
      EValues.none(),
      EValues.bool(true),
      EValues.double(0.1),
      EValues.double(1e-5),
    ];
    expectKindlingError(
      () => run('aten::_native_batch_norm_legit.no_stats_out', [...args, t(out), t(m), t(v), EValues.none()]),
      /contiguous/,
    );
  });

  it('scatter and scatter_add reject a negative index (ExecuTorch does not check; PyTorch rejects)', () => {
    const self = Tensor.from(ScalarType.Float, [3], [1, 2, 3]);
    const index = long([-1n]);
    const src = Tensor.from(ScalarType.Float, [1], [5]);
    for (const op of ['aten::scatter.src_out', 'aten::scatter_add.out']) {
      const out = new Tensor({ dtype: ScalarType.Float, sizes: [3] });
      expectKindlingError(() => run(op, [t(self), EValues.int(0), t(index), t(src), t(out), t(out)]), /out of range/);
    }
  });

  it('nonzero.out gives [n, rank] int64 coordinates and rejects a non-int64 out', () => {
    const x = Tensor.from(ScalarType.Float, [2, 2], [0, 1, Number.NaN, 0]);
    const out = new Tensor({ dtype: ScalarType.Long, sizes: [0, 2], capacity: 8 });
    run('aten::nonzero.out', [t(x), t(out), t(out)]);
    expect([...out.sizes]).toEqual([2, 2]);
    expect([...(out.data as BigInt64Array).subarray(0, 4)]).toEqual([0n, 1n, 1n, 0n]);
    const bad = new Tensor({ dtype: ScalarType.Int, sizes: [0, 2], capacity: 8 });
    expectKindlingError(() => run('aten::nonzero.out', [t(x), t(bad), t(bad)]), /int64|Long|dtype/);
  });
});

describe('aten::convolution.out', () => {
  it('rejects a 5-D input (conv3d): ExecuTorch 1.5.1 convolves 3-D and 4-D inputs only', () => {
    const x = new Tensor({ dtype: ScalarType.Float, sizes: [1, 1, 2, 2, 2] });
    const w = new Tensor({ dtype: ScalarType.Float, sizes: [1, 1, 1, 1, 1] });
    const out = new Tensor({ dtype: ScalarType.Float, sizes: [1, 1, 2, 2, 2] });
    const ints = (v: number[]): EValue => ({ tag: Tag.ListInt, value: v });
    const args: EValue[] = [t(x), t(w), EValues.none(), ints([1, 1, 1]), ints([0, 0, 0]), ints([1, 1, 1])];
    args.push(EValues.bool(false), ints([0, 0, 0]), EValues.int(1), t(out), t(out));
    expectKindlingError(() => run('aten::convolution.out', args), /3-D or 4-D/);
  });
});
