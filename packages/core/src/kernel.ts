import type { EValue } from './evalue.js';
import type { ScalarType } from './scalar-type.js';

/** What a kernel receives besides its arguments. */
export interface KernelContext {
  /** The method being executed. */
  readonly methodName: string;
  /** The operator name as stored in the program (`aten::add.out`). */
  readonly operator: string;
}

/**
 * An operator kernel. Kernels follow ExecuTorch's out-variant convention: `args` holds one value per
 * schema argument in schema order (out arguments last), then one extra return slot; tensor outputs
 * are written in place (and resized with `Tensor.resize` when their shapes are dynamic).
 *
 * Scalar results (prim ops such as `aten::sym_size.int`, whose last argument is the output) are
 * returned by replacing that entry of `args` (`args[n] = EValues.int(3)`); the runtime stores any
 * replaced entry back into the method's value table after the call.
 */
export interface KernelDescriptor {
  /** Operator name with overload, exactly as programs name it: `aten::add.out`. */
  readonly op: string;
  /** Scalar types this kernel accepts for its tensor arguments; `'any'` for type-agnostic kernels. */
  readonly dtypes: readonly ScalarType[] | 'any';
  /** Execute the kernel. Throw a `KindlingError` on bad input. */
  run(context: KernelContext, args: EValue[]): void;
}

/** Define a kernel (an identity function that checks the descriptor's type). */
export function defineKernel(descriptor: KernelDescriptor): KernelDescriptor {
  return descriptor;
}
