/** Per-partition lowering state: which XNNPACK value holds each graph value, in which layout. */
import { ErrorCode, KindlingError, ScalarType } from '@kindling/core';
import type { Node, Value } from '@kindling/ir';
import { XnnNodeType } from '../serialization/xnn-graph.js';
import {
  f32Of,
  intListArg,
  isF32,
  type Layout,
  numelOf,
  permuteData,
  permuteShape,
  shapeOf,
  TO_NCHW,
  TO_NHWC,
  tensorArg,
} from './args.js';
import { INSERTED_DEBUG_HANDLE, XnnGraphBuilder } from './xnn-builder.js';

/** A constant tensor known at lowering time (dense, contiguous, logical shape). */
export interface StaticTensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Ops that only move or relabel data: a static input gives a static output. */
const FOLDABLE = new Set([
  'aten.permute_copy.default',
  'aten.view_copy.default',
  'aten.reshape.default',
  'aten._unsafe_view.default',
  'executorch_prim.et_view.default',
  'aten.squeeze_copy.dims',
  'aten.squeeze_copy.dim',
  'aten.squeeze_copy.default',
  'aten.unsqueeze_copy.default',
  'aten.clone.default',
  'dim_order_ops._clone_dim_order.default',
  'dim_order_ops._to_dim_order_copy.default',
  'aten._to_copy.default',
]);

/** Copies that may change the element type (to float32, when their output is what is folded). */
export const CONVERTS = new Set(['dim_order_ops._to_dim_order_copy.default', 'aten._to_copy.default']);

/** A dense integer or float64 constant as float32 (what a conversion to float32 computes). */
function numericConstant(v: Value): StaticTensor | null {
  if (v.type.kind !== 'tensor' || v.source !== 'constant' || !v.data) return null;
  const shape = shapeOf(v);
  const n = numelOf(shape);
  const bytes = v.data;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = { [ScalarType.Int]: 4, [ScalarType.Long]: 8, [ScalarType.Double]: 8 }[v.type.dtype as number];
  if (!size || bytes.byteLength !== n * size) return null;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (v.type.dtype === ScalarType.Int) data[i] = view.getInt32(i * 4, true);
    else if (v.type.dtype === ScalarType.Long) data[i] = Number(view.getBigInt64(i * 8, true));
    else data[i] = view.getFloat64(i * 8, true);
  }
  return { shape, data };
}

/**
 * How each folded value was computed when the support check saw it. A partition lowered after another
 * backend's partition was fused into a delegate call no longer sees the nodes that call replaced (a
 * weight's transpose): their values then come from here, so the lowering folds what the check did.
 */
export type Producers = WeakMap<Value, FoldStep>;

/** A data-movement node as the support check saw it (the fusing of a partition clears its arguments). */
interface FoldStep {
  readonly node: Node;
  readonly input: Value | null;
  readonly perm: readonly number[] | null;
}

/**
 * Computes the value of `v` when it is a float32 constant, or one derived from constants only by
 * the data-movement ops in {@link FOLDABLE} (a transposed weight). `canFold(node)` says whether a
 * producing node may be evaluated ahead of time (whichever partition owns it: the value depends on
 * constants only). `producers` records the producing nodes seen and gives them precedence.
 */
export function evaluateStatic(
  v: Value,
  canFold: (node: Node) => boolean,
  cache?: Map<Value, StaticTensor | null>,
  producers?: Producers,
): StaticTensor | null {
  if (cache?.has(v)) return cache.get(v) ?? null;
  let result: StaticTensor | null = null;
  if (v.type.kind === 'tensor' && isF32(v)) {
    const shape = shapeOf(v);
    if (v.source === 'constant' && v.data && v.data.byteLength === numelOf(shape) * 4) {
      result = { shape, data: f32Of(v.data) };
    } else if (v.source === 'alias' && v.aliasOf) {
      const base = evaluateStatic(v.aliasOf, canFold, cache, producers);
      if (base) result = { shape, data: base.data };
    } else {
      const p = foldStepOf(v, producers);
      const x = p && FOLDABLE.has(p.node.op) && canFold(p.node) ? p.input : null;
      const base = x
        ? (evaluateStatic(x, canFold, cache, producers) ?? (CONVERTS.has(p!.node.op) ? numericConstant(x) : null))
        : null;
      if (p && base && numelOf(base.shape) === numelOf(shape)) {
        if (p.node.op === 'aten.permute_copy.default') {
          const perm = p.perm?.map((d) => (d < 0 ? d + base.shape.length : d));
          if (perm && perm.length === base.shape.length)
            result = { shape, data: permuteData(base.data, base.shape, perm) };
        } else {
          result = { shape, data: base.data };
        }
      }
    }
  }
  cache?.set(v, result);
  return result;
}

/** The fold step of `v`: its producer's now, recorded in `producers`, else the recorded one. */
function foldStepOf(v: Value, producers: Producers | undefined): FoldStep | null {
  const node = v.producer;
  if (node && FOLDABLE.has(node.op)) {
    const step = {
      node,
      input: tensorArg(node, 0),
      perm: node.op === 'aten.permute_copy.default' ? intListArg(node, 1) : null,
    };
    producers?.set(v, step);
    return step;
  }
  return producers?.get(v) ?? null;
}

interface Reps {
  nchw?: number;
  nhwc?: number;
}

export class LoweringContext {
  readonly builder = new XnnGraphBuilder();
  private readonly reps = new Map<Value, Reps>();
  private readonly statics = new Map<Value, StaticTensor | null>();
  private readonly canFold: (node: Node) => boolean;
  /** Nodes whose work another node took over (a batch norm folded into its convolution). */
  readonly absorbed = new Map<Node, Node>();

  /**
   * `foldable` says which producing nodes outside `nodes` may be evaluated ahead of time too: it must
   * be the support check's, so that a weight the check found static (say transposed by a node another
   * backend took) is static here as well; the delegate then ignores that value's argument.
   */
  constructor(nodes: readonly Node[], foldable?: (node: Node) => boolean, producers?: Producers) {
    const inside = new Set(nodes);
    this.canFold = (n) => inside.has(n) || (foldable?.(n) ?? false);
    this.producers = producers;
  }

  private readonly producers: Producers | undefined;

  /** The static value of `v` (a constant, or computed from constants by nodes `foldable` allows). */
  staticOf(v: Value): StaticTensor | null {
    return evaluateStatic(v, this.canFold, this.statics, this.producers);
  }

  /** Whether `v` already has an XNNPACK value in `layout`. */
  has(v: Value, layout: Layout): boolean {
    return this.reps.get(v)?.[layout] !== undefined;
  }

  /** True when `v` is available only in NHWC (so an op that does not care should stay in NHWC). */
  prefersNhwc(v: Value): boolean {
    const r = this.reps.get(v);
    return r?.nhwc !== undefined && r.nchw === undefined;
  }

  /** Records that XNNPACK value `id` holds `v` in `layout`. */
  define(v: Value, layout: Layout, id: number): number {
    const r = this.reps.get(v) ?? {};
    r[layout] = id;
    this.reps.set(v, r);
    return id;
  }

  /** Dims of `v` in `layout`. */
  dims(v: Value, layout: Layout): number[] {
    const s = shapeOf(v);
    return layout === 'nhwc' ? permuteShape(s, TO_NHWC) : [...s];
  }

  /** A new internal value for node output `v` in `layout`. */
  output(v: Value, layout: Layout = 'nchw'): number {
    return this.define(v, layout, this.builder.addValue(this.dims(v, layout)));
  }

  /** A static value with `data` (logical, contiguous, shape `shape`). */
  constant(shape: readonly number[], data: Float32Array): number {
    return this.builder.addStatic(shape, data);
  }

  /** The XNNPACK value holding `v` in `layout`, adding a transpose, reshape or static value as needed. */
  tensor(v: Value, layout: Layout = 'nchw'): number {
    const r = this.reps.get(v);
    const have = r?.[layout];
    if (have !== undefined) return have;
    const rank = shapeOf(v).length;
    if (layout === 'nhwc' && rank !== 4) {
      throw new KindlingError(ErrorCode.Internal, `XNNPACK lowering: ${v.name} of rank ${rank} has no NHWC form`);
    }
    const other = layout === 'nchw' ? r?.nhwc : r?.nchw;
    if (other !== undefined) {
      const id = this.builder.addValue(this.dims(v, layout));
      this.builder.addNode(XnnNodeType.StaticTranspose, [other], [id], {
        attrs: { kind: 'transpose', perm: layout === 'nhwc' ? [...TO_NHWC] : [...TO_NCHW] },
        debugHandle: INSERTED_DEBUG_HANDLE,
      });
      return this.define(v, layout, id);
    }
    const s = this.staticOf(v);
    if (s) {
      const data = layout === 'nhwc' ? permuteData(s.data, s.shape, TO_NHWC) : s.data;
      return this.define(v, layout, this.constant(this.dims(v, layout), data));
    }
    if (v.source === 'alias' && v.aliasOf) {
      const base = this.tensor(v.aliasOf, 'nchw');
      const id = this.builder.addValue(shapeOf(v));
      this.builder.addNode(XnnNodeType.StaticReshape, [base], [id], {
        attrs: { kind: 'reshape', newShape: [...shapeOf(v)] },
      });
      this.define(v, 'nchw', id);
      return this.tensor(v, layout);
    }
    throw new KindlingError(ErrorCode.Internal, `XNNPACK lowering: ${v.name} is read before it is defined`);
  }
}
