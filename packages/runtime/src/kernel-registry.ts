import { ErrorCode, type KernelDescriptor, KindlingError, type ScalarType, scalarTypeName } from '@kindling/core';

/**
 * Canonical operator name as programs spell it: `namespace::name.overload`. Kernels may also be
 * declared with a dot after the namespace (`aten.add.out`); both spellings name the same operator.
 */
export function canonicalOperatorName(op: string): string {
  if (op.includes('::')) return op;
  const dot = op.indexOf('.');
  return dot > 0 ? `${op.slice(0, dot)}::${op.slice(dot + 1)}` : op;
}

/**
 * A set of kernels, looked up by operator name and the dtypes of an instruction's tensor arguments.
 * Created with {@link createKernelRegistry}; nothing is global, so two modules can use different
 * kernels for the same operator.
 */
export interface KernelRegistry {
  /** Marks registries (so `Module.load({ kernels })` accepts either a registry or a kernel list). */
  readonly kind: 'kernel-registry';
  /** Every operator that has at least one kernel, canonical names, sorted. */
  operators(): string[];
  /** True when some kernel is registered for `op`, whatever its dtypes. */
  has(op: string): boolean;
  /** Every kernel registered for `op`, in lookup order (the one given last comes first). */
  kernelsFor(op: string): readonly KernelDescriptor[];
  /**
   * The kernel for `op` that accepts every dtype in `dtypes` (the tensor arguments of a call), or
   * `undefined`. When several match, the one given last wins, so an application can override a
   * portable kernel by listing its own after it.
   */
  lookup(op: string, dtypes: readonly ScalarType[]): KernelDescriptor | undefined;
}

/** True when `kernel` declares support for every dtype in `dtypes`. */
export function kernelAccepts(kernel: KernelDescriptor, dtypes: readonly ScalarType[]): boolean {
  if (kernel.dtypes === 'any') return true;
  const accepted = kernel.dtypes;
  return dtypes.every((d) => accepted.includes(d));
}

function checkDescriptor(kernel: unknown, index: number): asserts kernel is KernelDescriptor {
  const k = kernel as Partial<KernelDescriptor> | null;
  if (
    typeof k !== 'object' ||
    k === null ||
    typeof k.op !== 'string' ||
    k.op.length === 0 ||
    typeof k.run !== 'function' ||
    !(k.dtypes === 'any' || Array.isArray(k.dtypes))
  ) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `kernels[${index}] is not a kernel: expected { op: string, dtypes: 'any' | ScalarType[], run(context, args) } (use defineKernel)`,
    );
  }
}

/**
 * Creates a kernel registry from kernel values (see `defineKernel` in `@kindling/core`). Nothing is
 * registered globally: pass the registry, or the kernel list itself, to `Module.load` / `Program`.
 */
export function createKernelRegistry(kernels: Iterable<KernelDescriptor> = []): KernelRegistry {
  const byOp = new Map<string, KernelDescriptor[]>();
  let index = 0;
  for (const kernel of kernels) {
    checkDescriptor(kernel, index++);
    const op = canonicalOperatorName(kernel.op);
    const list = byOp.get(op);
    if (list) list.unshift(kernel);
    else byOp.set(op, [kernel]);
  }
  return {
    kind: 'kernel-registry',
    operators: () => [...byOp.keys()].sort(),
    has: (op) => byOp.has(canonicalOperatorName(op)),
    kernelsFor: (op) => byOp.get(canonicalOperatorName(op)) ?? [],
    lookup: (op, dtypes) => byOp.get(canonicalOperatorName(op))?.find((k) => kernelAccepts(k, dtypes)),
  };
}

/** True when `value` is a {@link KernelRegistry} (rather than a list of kernels). */
export function isKernelRegistry(value: unknown): value is KernelRegistry {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'kernel-registry';
}

/** Accepts a registry or a list of kernels and returns a registry. */
export function toKernelRegistry(kernels: KernelRegistry | Iterable<KernelDescriptor> | undefined): KernelRegistry {
  if (kernels === undefined) return createKernelRegistry([]);
  if (isKernelRegistry(kernels)) return kernels;
  if (typeof (kernels as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new KindlingError(ErrorCode.InvalidArgument, '`kernels` must be a kernel registry or a list of kernels');
  }
  return createKernelRegistry(kernels);
}

/** Describes a list of dtypes for messages: `Float, Long`. */
export function describeDtypes(dtypes: readonly ScalarType[]): string {
  return dtypes.length === 0 ? 'no tensors' : [...new Set(dtypes)].map((d) => scalarTypeName(d)).join(', ');
}
