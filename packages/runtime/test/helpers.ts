import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  defineKernel,
  ErrorCode,
  type EValue,
  type KernelDescriptor,
  KindlingError,
  ScalarType,
  Tag,
  type Tensor,
} from '@kindling/core';

/**
 * The first error in `error`'s cause chain that is not a KindlingError (undefined when there is
 * none): a KindlingError that wraps an engine error (a RangeError from an unchecked length) means
 * an explicit check is missing and a catch-all caught it.
 */
export function engineError(error: unknown): unknown {
  let e: unknown = error;
  for (let depth = 0; depth < 32 && e !== undefined && e !== null; depth++) {
    if (!KindlingError.isInstance(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Bytes of a fixture in the repository's fixtures/ folder. */
export function fixture(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(relative)));
}

/** Absolute path of a fixture. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../../fixtures/${relative}`, import.meta.url));
}

function tensorAt(args: EValue[], i: number): Tensor {
  const v = args[i];
  if (!v || v.tag !== Tag.Tensor) throw new KindlingError(ErrorCode.InvalidArgument, `arg ${i} is not a tensor`);
  return v.value;
}

function numberAt(args: EValue[], i: number): number {
  const v = args[i];
  if (!v || (v.tag !== Tag.Int && v.tag !== Tag.Double))
    throw new KindlingError(ErrorCode.InvalidArgument, `arg ${i} is not a number`);
  return v.value;
}

function read(t: Tensor, i: number): number {
  const d = t.data as ArrayLike<number | bigint>;
  return Number(d[t.numel === 1 ? 0 : i]);
}

function write(t: Tensor, i: number, x: number): void {
  const d = t.data as unknown as { [k: number]: number | bigint };
  d[i] = t.dtype === ScalarType.Long ? BigInt(Math.trunc(x)) : x;
}

/** Elementwise binary test kernel: same-numel operands or a one-element operand (enough for the fixtures). */
function binary(
  op: string,
  f: (a: number, b: number, alpha: number) => number,
  outIndex: number,
  alphaIndex?: number,
): KernelDescriptor {
  return defineKernel({
    op,
    dtypes: [ScalarType.Float, ScalarType.Int, ScalarType.Long, ScalarType.Double],
    run(_ctx, args) {
      const a = tensorAt(args, 0);
      const b = tensorAt(args, 1);
      const out = tensorAt(args, outIndex);
      const alpha = alphaIndex === undefined ? 1 : numberAt(args, alphaIndex);
      const n = Math.max(a.numel, b.numel);
      if (out.numel !== n) {
        if (out.capacity < n) throw new KindlingError(ErrorCode.InvalidArgument, `${op}: out too small`);
        out.resize(a.numel >= b.numel ? a.sizes : b.sizes);
      }
      for (let i = 0; i < n; i++) write(out, i, f(read(a, i), read(b, i), alpha));
    },
  });
}

/** Minimal local kernels for the fixtures (independent of the portable kernels). */
export const testAdd = binary('aten::add.out', (a, b, alpha) => a + alpha * b, 3, 2);
const testMul = binary('aten::mul.out', (a, b) => a * b, 2);
const testToDimOrderCopy = defineKernel({
  op: 'dim_order_ops::_to_dim_order_copy.out',
  dtypes: 'any',
  run(_ctx, args) {
    // (self, *, non_blocking, dim_order, out) + return slot
    const src = tensorAt(args, 0);
    const out = tensorAt(args, 3);
    for (let i = 0; i < src.numel; i++) write(out, i, read(src, i));
  },
});

/** The three test kernels. */
export const testKernels: KernelDescriptor[] = [testAdd, testMul, testToDimOrderCopy];

/** Catches the KindlingError a promise or function throws. */
export async function kindlingError(run: () => unknown): Promise<KindlingError> {
  try {
    await run();
  } catch (e) {
    if (KindlingError.isInstance(e)) return e;
    throw new Error(`expected a KindlingError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a KindlingError, nothing was thrown');
}
