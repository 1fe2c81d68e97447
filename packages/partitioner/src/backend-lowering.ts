import type { BackendCapabilities, CompileSpec } from '@kindling/core';
import type { Graph, Node, SchemaRegistry, Value } from '@kindling/ir';

/** Whether a backend takes a node; a refusal says why (it goes into the partition report). */
export type SupportResult = { readonly supported: true } | { readonly supported: false; readonly reason: string };

/** What {@link BackendLowering.supports} may consult besides the node. */
export interface SupportContext {
  /** The method graph the node belongs to. */
  readonly graph: Graph;
  /** The operator schema table (argument names, defaults). */
  readonly schemas: SchemaRegistry;
  /** True when `value` is a constant tensor with bytes in the program. */
  isConstant(value: Value): boolean;
  /** The bytes of a constant tensor (or `null`). */
  constantBytes(value: Value): Uint8Array | null;
}

/** A set of nodes one backend will execute as one delegate call. */
export interface Partition {
  /** Index of the partition within its method (0-based, in order of first node). */
  readonly index: number;
  /** The backend's delegate id. */
  readonly backendId: string;
  /** The method graph. */
  readonly graph: Graph;
  /** The nodes, in execution order. */
  readonly nodes: readonly Node[];
  /**
   * Values read from outside, in delegate-argument order: method inputs, values other nodes
   * define, and constants that other partitions or portable nodes use too (shared weights).
   */
  readonly inputs: readonly Value[];
  /** Values defined inside and read outside (or returned by the method), in delegate-argument order. */
  readonly outputs: readonly Value[];
  /**
   * Constants only this partition uses. They leave the program's constant segment: the backend
   * embeds them in its payload or returns them as named data.
   */
  readonly constants: readonly Value[];
  /**
   * The partition as a standalone graph: `inputs` as graph inputs (same order), owned constants as
   * constants, copies of the nodes, `outputs` as graph outputs (same order). Value ids are kept.
   */
  toGraph(): Graph;
}

/** What `preprocess` returns. */
export interface PreprocessResult {
  /** The payload the runtime backend's `init` receives. */
  readonly processed: Uint8Array;
  /** Blobs to store in the program's `named_data` (e.g. weights keyed by SHA-256). */
  readonly namedData?: readonly { readonly key: string; readonly bytes: Uint8Array }[];
  /** Compile specs to write (default: those given to `preprocess`). */
  readonly compileSpecs?: readonly CompileSpec[];
  /** Store the payload inline in the flatbuffer instead of a segment (default `false`). */
  readonly inline?: boolean;
}

/**
 * The ahead-of-time half of a backend, version 1: which nodes it can take, and how it turns a
 * partition into a payload. The runtime half is `BackendV1` from `@kindling/core`; both use the same
 * {@link BackendLoweringV1.id}. A backend package's `./partitioner` entry exports a factory of it as
 * its default export, so that `kindling lower --backend <package>` finds it.
 */
export interface BackendLoweringV1 {
  readonly specificationVersion: 'v1';
  /** The delegate id written into programs (e.g. `XnnpackBackend`); must equal the runtime backend's id. */
  readonly id: string;
  /** A short name for messages and the command line (e.g. `xnnpack`). */
  readonly name?: string;
  /**
   * What the runtime half executes, declared once for both halves (usually the same object as the
   * runtime backend's `capabilities`): the operators `supports` may accept come from this list.
   */
  readonly capabilities?: BackendCapabilities;
  /**
   * The delegate reads tensors only: scalar values its nodes take (such as the symbolic sizes of a
   * view, which the payload infers) are not passed to it as arguments. Default `false`.
   */
  readonly tensorArgumentsOnly?: boolean;
  /** Whether this backend can execute `node` (by op, dtypes, shapes and argument values). */
  supports(node: Node, context: SupportContext): SupportResult;
  /** Serialises a partition into the payload the runtime backend executes. */
  preprocess(partition: Partition, compileSpecs: readonly CompileSpec[]): PreprocessResult | Promise<PreprocessResult>;
}

/** The current ahead-of-time backend interface ({@link BackendLoweringV1}). */
export type BackendLowering = BackendLoweringV1;

/** A lowering with the compile specs to pass to it. */
export interface BackendChoice {
  readonly lowering: BackendLowering;
  readonly compileSpecs?: readonly CompileSpec[];
}

/** True when `x` looks like a {@link BackendLoweringV1}. */
export function isBackendLowering(x: unknown): x is BackendLoweringV1 {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    o.specificationVersion === 'v1' &&
    typeof o.id === 'string' &&
    typeof o.supports === 'function' &&
    typeof o.preprocess === 'function'
  );
}
