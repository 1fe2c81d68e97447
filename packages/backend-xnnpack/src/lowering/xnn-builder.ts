/** Accumulates an `XNNGraph` (values, nodes, constant data, named data) while a partition is lowered. */
import {
  XNN_INVALID_ID,
  type XnnConstantData,
  XnnDatatype,
  type XnnNodeAttrs,
  type XnnNodeType,
} from '../serialization/xnn-graph.js';
import type { XnnGraphData, XnnNodeData, XnnValueData } from '../serialization/xnn-graph-writer.js';
import { sha256Hex } from './sha256.js';

/** `ConstantDataOffset.offset` of a constant whose bytes are in named data. */
const IN_NAMED_DATA = 0xffff_ffff_ffff_ffffn;

/** Debug handle ExecuTorch gives nodes it inserts itself (layout transposes). */
export const INSERTED_DEBUG_HANDLE = 0xffff;

interface MutableValue extends XnnValueData {
  externalId: number;
  flags: number;
  constantBufferIdx: number;
}

/** Options of one node. */
export interface NodeOptions {
  readonly attrs?: XnnNodeAttrs;
  readonly flags?: number;
  readonly outputMin?: number;
  readonly outputMax?: number;
  readonly debugHandle?: number;
}

export class XnnGraphBuilder {
  private readonly values: MutableValue[] = [];
  private readonly nodes: XnnNodeData[] = [];
  private readonly constantData: XnnConstantData[] = [{ offset: 0n, size: 0n, namedKey: '' }];
  private readonly constantIndex = new Map<string, number>();
  /** Named data (SHA-256 hex key to bytes), in first-use order. */
  readonly namedData = new Map<string, Uint8Array>();
  /** The debug handle nodes get unless they say otherwise. */
  debugHandle = 0;

  /** Adds an fp32 value; returns its id. */
  addValue(dims: readonly number[]): number {
    const id = this.values.length;
    this.values.push({
      id,
      datatype: XnnDatatype.Fp32,
      dims: [...dims],
      constantBufferIdx: 0,
      externalId: XNN_INVALID_ID,
      flags: 0,
    });
    return id;
  }

  /** Adds a static fp32 value whose bytes go to named data under their SHA-256. */
  addStatic(dims: readonly number[], data: Float32Array): number {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
    const key = sha256Hex(bytes);
    let index = this.constantIndex.get(key);
    if (index === undefined) {
      index = this.constantData.length;
      this.constantData.push({ offset: IN_NAMED_DATA, size: BigInt(bytes.byteLength), namedKey: key });
      this.constantIndex.set(key, index);
      this.namedData.set(key, bytes);
    }
    const id = this.addValue(dims);
    (this.values[id] as MutableValue).constantBufferIdx = index;
    return id;
  }

  /** Marks a value as an external input or output (`flags` 1 or 2) at delegate argument `externalId`. */
  markExternal(id: number, flags: number, externalId: number): void {
    const v = this.values[id] as MutableValue;
    v.flags = flags;
    v.externalId = externalId;
  }

  /** True when a value is static or already external (it cannot become an external output). */
  isBound(id: number): boolean {
    const v = this.values[id] as MutableValue;
    return v.flags !== 0 || v.constantBufferIdx !== 0;
  }

  dimsOf(id: number): readonly number[] {
    return (this.values[id] as MutableValue).dims;
  }

  /** Adds a node. */
  addNode(type: XnnNodeType, inputs: readonly number[], outputs: readonly number[], options: NodeOptions = {}): void {
    this.nodes.push({
      type,
      inputs: [...inputs],
      outputs: [...outputs],
      flags: options.flags ?? 0,
      debugHandle: options.debugHandle ?? this.debugHandle,
      outputMin: options.outputMin ?? Number.NEGATIVE_INFINITY,
      outputMax: options.outputMax ?? Number.POSITIVE_INFINITY,
      attrs: options.attrs ?? { kind: 'none' },
    });
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  /** The graph, with `numExterns` external values listed in value order. */
  finish(numExterns: number): XnnGraphData {
    const byExternalId = (flag: number) =>
      this.values
        .filter((v) => v.flags === flag)
        .sort((a, b) => a.externalId - b.externalId)
        .map((v) => v.id);
    const inputIds = byExternalId(1);
    const outputIds = byExternalId(2);
    return {
      identifier: 'XN01',
      version: '0',
      nodes: this.nodes,
      values: this.values,
      numExterns,
      inputIds,
      outputIds,
      constantData: this.constantData,
    };
  }
}
