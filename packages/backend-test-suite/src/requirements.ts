import type { ManifestCase } from '@kindling/conformance-zoo';
import { dtypeName } from '@kindling/core';
import { CALL_DELEGATE, type Graph, isStatic, type Node, type Value } from '@kindling/ir';
import { type BackendLoweringV1, partitionGraph } from '@kindling/partitioner';
import {
  DYNAMIC_SHAPES,
  dtypeRequirement,
  operatorRequirement,
  quantizationRequirement,
  type Requirement,
} from './capabilities.js';

/** What a case needs from the backend, and how the suite worked it out. */
export interface CaseRequirements {
  readonly requires: readonly Requirement[];
  /** Operators the backend executes in this case (graph IR names). */
  readonly operators: readonly string[];
  /** Nodes the backend executes (lowered cases: those its lowering takes). */
  readonly nodes: number;
}

/** Nodes per operator; with `foldable: false`, nodes that only read constants are left out. */
function opCounts(graphs: readonly Graph[], foldable = true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const tensors = n.inputs.filter((v) => v.type.kind === 'tensor');
      if (!foldable && tensors.length > 0 && tensors.every((v) => v.source === 'constant')) continue;
      counts.set(n.op, (counts.get(n.op) ?? 0) + 1);
    }
  }
  return counts;
}

/** The tensor values a set of nodes reads or writes. */
function tensorsOf(nodes: readonly Node[]): Value[] {
  return nodes.flatMap((n) => [...n.inputs, ...n.outputs]).filter((v) => v.type.kind === 'tensor');
}

function collect(operators: Iterable<string>, tensors: readonly Value[], quantization: string | null | undefined) {
  const ops = [...new Set(operators)].sort();
  const dtypes = new Set<string>();
  let dynamic = false;
  for (const v of tensors) {
    if (v.type.kind !== 'tensor') continue;
    dtypes.add(dtypeName(v.type.dtype));
    if (!isStatic(v.type)) dynamic = true;
  }
  const requires: Requirement[] = [
    ...ops.map(operatorRequirement),
    ...[...dtypes].sort().map(dtypeRequirement),
    ...(quantization ? [quantizationRequirement(quantization)] : []),
    ...(dynamic ? [DYNAMIC_SHAPES] : []),
  ];
  return { requires, operators: ops };
}

/**
 * Requirements of a program already delegated to `backendId` (exported so by ExecuTorch): the
 * operators its delegates took, which are those of the same model's portable program minus those
 * left outside the delegates (counted per operator); the dtypes of the tensors the delegate calls
 * pass; the case's quantization scheme; dynamic shapes when a delegate call passes a dynamic
 * tensor. Portable nodes that only read constants are not counted: export may fold them away (a
 * quantized export folds an `expand_copy` of a weight, for instance) rather than delegate them.
 * Without a portable program of the model the operators cannot be told and are not required.
 */
export function delegatedRequirements(
  c: ManifestCase,
  graphs: readonly Graph[],
  portable: readonly Graph[] | undefined,
  backendId: string,
): CaseRequirements {
  const calls = graphs.flatMap((g) => g.nodes.filter((n) => n.op === CALL_DELEGATE && n.delegate?.id === backendId));
  const operators: string[] = [];
  if (portable) {
    const left = opCounts(graphs);
    for (const [op, count] of opCounts(portable, false)) if (count > (left.get(op) ?? 0)) operators.push(op);
  }
  const r = collect(operators, tensorsOf(calls), c.quantization);
  return { ...r, nodes: calls.length };
}

/**
 * Requirements of a portable program lowered with `lowering`: the operators of the nodes the
 * lowering takes (partitioned exactly as `lower()` would), the dtypes of the tensors that would
 * cross the delegate calls, the case's quantization scheme, and dynamic shapes when one of those
 * tensors is dynamic.
 */
export function loweredRequirements(
  c: ManifestCase,
  graphs: readonly Graph[],
  lowering: BackendLoweringV1,
): CaseRequirements {
  const partitions = graphs.flatMap((g) => partitionGraph(g, [{ lowering }]).partitions);
  const taken = partitions.flatMap((p) => p.nodes);
  const boundary = partitions.flatMap((p) => [...p.inputs, ...p.outputs]).filter((v) => v.type.kind === 'tensor');
  const r = collect(
    taken.map((n) => n.op),
    boundary,
    c.quantization,
  );
  return { ...r, nodes: taken.length };
}
