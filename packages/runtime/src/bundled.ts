import { bfloat16ToFloat, halfToFloat } from '@kindling/backend-utils';
import {
  type Backend,
  type BackendOptions,
  dtypeName,
  ErrorCode,
  type KernelDescriptor,
  KindlingError,
  ScalarType,
  Tensor,
} from '@kindling/core';
import { type BundledValue, readBundledProgram } from '@kindling/ir';
import { asKindlingError } from './errors.js';
import type { KernelRegistry } from './kernel-registry.js';
import type { MethodInput, MethodOutput } from './method-io.js';
import { Module } from './module.js';

/**
 * Default tolerances of {@link runBundledProgram}: an output element passes when
 * `|actual - expected| <= atol + rtol * |expected|`. ExecuTorch's bundled-program check defaults to
 * rtol 1e-5 and atol 1e-8; Kindling uses atol 1e-5 so that float32 results near zero, which may differ
 * from PyTorch's in the last bits, are not reported as failures.
 */
export const BUNDLED_DEFAULT_TOLERANCE = /* @__PURE__ */ Object.freeze({ atol: 1e-5, rtol: 1e-5 });

/** Options for {@link runBundledProgram}. */
export interface RunBundledOptions {
  kernels?: KernelRegistry | Iterable<KernelDescriptor>;
  backends?: readonly Backend[];
  backendOptions?: BackendOptions;
  /** Absolute tolerance (default 1e-5). */
  atol?: number;
  /** Relative tolerance (default 1e-5). */
  rtol?: number;
}

/** The result of one bundled test case. */
export interface BundledCaseResult {
  readonly method: string;
  /** Index of the case within its method's suite. */
  readonly index: number;
  readonly passed: boolean;
  /** Largest absolute difference over every compared element (0 when nothing numeric was compared; `Infinity` on error or mismatched shape). */
  readonly maxAbsError: number;
  /** Why the case failed, when it did. */
  readonly message?: string;
  /** The error the method threw, when it did. */
  readonly error?: KindlingError;
}

/** The result of {@link runBundledProgram}. */
export interface BundledReport {
  /** True when every case passed. */
  readonly passed: boolean;
  readonly cases: readonly BundledCaseResult[];
}

/** Elements of a tensor as numbers, in storage order (half and bfloat16 decoded). */
export function tensorElements(t: Tensor): number[] {
  const raw = t.toArray();
  if (t.dtype === ScalarType.Half) return raw.map(halfToFloat);
  if (t.dtype === ScalarType.BFloat16) return raw.map(bfloat16ToFloat);
  return raw;
}

function toInput(v: BundledValue): MethodInput {
  switch (v.type) {
    case 'Tensor':
      return new Tensor({ dtype: v.scalarType, sizes: v.sizes, dimOrder: v.dimOrder, bytes: v.data });
    case 'Int':
      return v.value;
    case 'Bool':
      return v.value;
    case 'Double':
      return v.value;
  }
}

interface Comparison {
  ok: boolean;
  maxAbs: number;
  why?: string;
}

function compare(actual: MethodOutput, expected: BundledValue, atol: number, rtol: number): Comparison {
  const close = (a: number, e: number): boolean =>
    Number.isNaN(e) ? Number.isNaN(a) : a === e || Math.abs(a - e) <= atol + rtol * Math.abs(e);
  switch (expected.type) {
    case 'Tensor': {
      if (!(actual instanceof Tensor)) return { ok: false, maxAbs: Number.POSITIVE_INFINITY, why: 'expected a tensor' };
      const want = new Tensor({
        dtype: expected.scalarType,
        sizes: expected.sizes,
        dimOrder: expected.dimOrder,
        bytes: expected.data,
      });
      if (actual.dtype !== want.dtype) {
        return {
          ok: false,
          maxAbs: Number.POSITIVE_INFINITY,
          why: `dtype ${dtypeName(actual.dtype)}, expected ${dtypeName(want.dtype)}`,
        };
      }
      if (actual.sizes.length !== want.sizes.length || actual.sizes.some((s, i) => s !== want.sizes[i])) {
        return {
          ok: false,
          maxAbs: Number.POSITIVE_INFINITY,
          why: `shape [${actual.sizes.join(', ')}], expected [${want.sizes.join(', ')}]`,
        };
      }
      const a = tensorElements(actual);
      const e = tensorElements(want);
      let maxAbs = 0;
      let ok = true;
      let firstBad = -1;
      for (let i = 0; i < e.length; i++) {
        const d = Math.abs((a[i] as number) - (e[i] as number));
        if (d > maxAbs || Number.isNaN(d)) maxAbs = Number.isNaN(d) ? maxAbs : d;
        if (!close(a[i] as number, e[i] as number)) {
          ok = false;
          if (firstBad < 0) firstBad = i;
        }
      }
      return ok
        ? { ok, maxAbs }
        : { ok, maxAbs, why: `element ${firstBad} is ${a[firstBad]}, expected ${e[firstBad]}` };
    }
    case 'Int':
      return actual === Number(expected.value)
        ? { ok: true, maxAbs: 0 }
        : { ok: false, maxAbs: Number.POSITIVE_INFINITY, why: `got ${String(actual)}, expected ${expected.value}` };
    case 'Bool':
      return actual === expected.value
        ? { ok: true, maxAbs: 0 }
        : { ok: false, maxAbs: Number.POSITIVE_INFINITY, why: `got ${String(actual)}, expected ${expected.value}` };
    case 'Double': {
      if (typeof actual !== 'number') return { ok: false, maxAbs: Number.POSITIVE_INFINITY, why: 'expected a number' };
      const d = Math.abs(actual - expected.value);
      return close(actual, expected.value)
        ? { ok: true, maxAbs: d }
        : { ok: false, maxAbs: d, why: `got ${actual}, expected ${expected.value}` };
    }
  }
}

/**
 * Runs every test case of a bundled program (`.bpte`): extracts the wrapped program, runs each
 * case's method on its inputs and compares the outputs with the expected ones (see
 * {@link BUNDLED_DEFAULT_TOLERANCE}). A case that throws fails with the error attached; a malformed
 * bundle or a method that cannot load throws a `KindlingError`.
 */
export async function runBundledProgram(
  bytes: Uint8Array | ArrayBuffer,
  options: RunBundledOptions = {},
): Promise<BundledReport> {
  const atol = options.atol ?? BUNDLED_DEFAULT_TOLERANCE.atol;
  const rtol = options.rtol ?? BUNDLED_DEFAULT_TOLERANCE.rtol;
  if (!(atol >= 0 && rtol >= 0))
    throw new KindlingError(ErrorCode.InvalidArgument, 'atol and rtol must be non-negative numbers');
  let bundle: ReturnType<typeof readBundledProgram>;
  try {
    bundle = readBundledProgram(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch (e) {
    throw asKindlingError(e, ErrorCode.InvalidProgram);
  }
  const module = await Module.load(bundle.program, {
    ...(options.kernels ? { kernels: options.kernels } : {}),
    ...(options.backends ? { backends: options.backends } : {}),
    ...(options.backendOptions ? { backendOptions: options.backendOptions } : {}),
  });
  const cases: BundledCaseResult[] = [];
  try {
    for (const suite of bundle.suites) {
      await module.loadMethod(suite.methodName);
      for (const [index, c] of suite.testCases.entries()) {
        const method = suite.methodName;
        let outputs: MethodOutput[];
        try {
          outputs = await module.execute(method, c.inputs.map(toInput));
        } catch (e) {
          const error = asKindlingError(e, ErrorCode.Internal);
          cases.push({
            method,
            index,
            passed: false,
            maxAbsError: Number.POSITIVE_INFINITY,
            message: `${error.codeName}: ${error.message}`,
            error,
          });
          continue;
        }
        if (outputs.length !== c.expectedOutputs.length) {
          cases.push({
            method,
            index,
            passed: false,
            maxAbsError: Number.POSITIVE_INFINITY,
            message: `${outputs.length} outputs, expected ${c.expectedOutputs.length}`,
          });
          continue;
        }
        let maxAbs = 0;
        let why: string | undefined;
        c.expectedOutputs.forEach((expected, k) => {
          const r = compare(outputs[k] as MethodOutput, expected, atol, rtol);
          maxAbs = Math.max(maxAbs, r.maxAbs);
          if (!r.ok && why === undefined) why = `output ${k}: ${r.why ?? 'mismatch'}`;
        });
        cases.push(
          why === undefined
            ? { method, index, passed: true, maxAbsError: maxAbs }
            : { method, index, passed: false, maxAbsError: maxAbs, message: why },
        );
      }
    }
  } finally {
    await module.dispose();
  }
  return { passed: cases.every((c) => c.passed), cases };
}
