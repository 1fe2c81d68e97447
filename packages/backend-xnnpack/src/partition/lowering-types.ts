/**
 * The shapes of `@kindling/partitioner`'s `BackendLowering` interface, version 1, restated
 * structurally so that this entry needs only `@kindling/ir` and `@kindling/core` (a value of
 * {@link XnnpackLowering} is a `BackendLowering`; the tests check that they stay assignable).
 */
import type { CompileSpec } from '@kindling/core';
import type { Graph, Node, SchemaRegistry, Value } from '@kindling/ir';

/** Whether a backend takes a node; a refusal says why. */
export type SupportResult = { readonly supported: true } | { readonly supported: false; readonly reason: string };

/** What `supports` may consult besides the node. */
export interface SupportContext {
  readonly graph: Graph;
  readonly schemas: SchemaRegistry;
  isConstant(value: Value): boolean;
  constantBytes(value: Value): Uint8Array | null;
}

/** A set of nodes the backend executes as one delegate call. */
export interface Partition {
  readonly index: number;
  readonly backendId: string;
  readonly graph: Graph;
  readonly nodes: readonly Node[];
  /** Values read from outside, in delegate-argument order. */
  readonly inputs: readonly Value[];
  /** Values defined inside and read outside, in delegate-argument order after the inputs. */
  readonly outputs: readonly Value[];
  /** Constants only this partition uses (they go to named data). */
  readonly constants: readonly Value[];
  toGraph(): Graph;
}

/** What `preprocess` returns. */
export interface PreprocessResult {
  readonly processed: Uint8Array;
  readonly namedData?: readonly { readonly key: string; readonly bytes: Uint8Array }[];
  readonly compileSpecs?: readonly CompileSpec[];
  readonly inline?: boolean;
}

/** `BackendLowering` v1. */
export interface BackendLoweringV1 {
  readonly specificationVersion: 'v1';
  readonly id: string;
  readonly name?: string;
  supports(node: Node, context: SupportContext): SupportResult;
  preprocess(partition: Partition, compileSpecs: readonly CompileSpec[]): PreprocessResult | Promise<PreprocessResult>;
}
