import type { BackendCapabilities } from '@kindling/core';

/**
 * One thing a case needs from a backend, as a string: `operator:aten.add.Tensor`, `dtype:float32`,
 * `quantization:int8-static`, `dynamic-shapes` or `threads`. A case runs when every one of its
 * requirements is among the backend's declared capabilities.
 */
export type Requirement = string;

export const operatorRequirement = (op: string): Requirement => `operator:${op}`;
export const dtypeRequirement = (dtype: string): Requirement => `dtype:${dtype}`;
export const quantizationRequirement = (scheme: string): Requirement => `quantization:${scheme}`;
export const DYNAMIC_SHAPES: Requirement = 'dynamic-shapes';
export const THREADS: Requirement = 'threads';

/** The requirements a backend with these capabilities satisfies. */
export function declaredRequirements(capabilities: BackendCapabilities): Set<Requirement> {
  const out = new Set<Requirement>();
  for (const op of capabilities.operators) out.add(operatorRequirement(op));
  for (const d of capabilities.dtypes) out.add(dtypeRequirement(d));
  for (const q of capabilities.quantization ?? []) out.add(quantizationRequirement(q));
  if (capabilities.dynamicShapes) out.add(DYNAMIC_SHAPES);
  if (capabilities.threads) out.add(THREADS);
  return out;
}

/** The requirements of `requires` that `declared` lacks, in order. */
export function unmet(requires: readonly Requirement[], declared: ReadonlySet<Requirement>): Requirement[] {
  return requires.filter((r) => !declared.has(r));
}

/**
 * A copy of `capabilities` without `requirement` (e.g. to see which cases depend on it): the
 * operator, dtype or scheme is removed from its list, or the flag turned off.
 */
export function withoutCapability(capabilities: BackendCapabilities, requirement: Requirement): BackendCapabilities {
  const [kind, ...rest] = requirement.split(':');
  const name = rest.join(':');
  switch (kind) {
    case 'operator':
      return { ...capabilities, operators: capabilities.operators.filter((o) => o !== name) };
    case 'dtype':
      return { ...capabilities, dtypes: capabilities.dtypes.filter((d) => d !== name) };
    case 'quantization':
      return { ...capabilities, quantization: (capabilities.quantization ?? []).filter((q) => q !== name) };
    case 'dynamic-shapes':
      return { ...capabilities, dynamicShapes: false };
    case 'threads':
      return { ...capabilities, threads: false };
    default:
      return capabilities;
  }
}
