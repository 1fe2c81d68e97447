/**
 * Which dims of a tensor with a bounded dynamic shape may change at run time. A portable program
 * records only that a tensor is dynamic and its upper bound; a reshape that XNNPACK must redo at
 * run time needs to know which dim to infer (it infers at most one). This follows sizes through
 * the graph from where they are known: a view's size list (literal sizes are static), and ops that
 * keep, drop, insert or permute dims. Where nothing is known, every dim larger than 1 may change.
 */
import { TensorShapeDynamism, type Value } from '@kindling/ir';
import { intArg, intListArg, normDim, shapeOf, sizeListArg, tensorArg } from './args.js';

const SIZED_VIEWS = new Set([
  'aten.view_copy.default',
  'aten.reshape.default',
  'aten._unsafe_view.default',
  'executorch_prim.et_view.default',
]);

/** Ops whose output dims line up with their tensor inputs' dims from the right (elementwise, broadcasting). */
const ELEMENTWISE = new Set([
  'aten.add.Tensor',
  'aten.sub.Tensor',
  'aten.mul.Tensor',
  'aten.div.Tensor',
  'aten.mul.Scalar',
  'aten.add.Scalar',
  'aten.sub.Scalar',
  'aten.div.Scalar',
  'aten.maximum.default',
  'aten.minimum.default',
  'aten.abs.default',
  'aten.neg.default',
  'aten.floor.default',
  'aten.ceil.default',
  'aten.sqrt.default',
  'aten.rsqrt.default',
  'aten.exp.default',
  'aten.log.default',
  'aten.sin.default',
  'aten.cos.default',
  'aten.tanh.default',
  'aten.sigmoid.default',
  'aten.hardswish.default',
  'aten.gelu.default',
  'aten.leaky_relu.default',
  'aten.pow.Tensor_Scalar',
  'aten.relu.default',
  'aten.hardtanh.default',
  'aten.clamp.default',
  'aten.silu.default',
  'aten._softmax.default',
  'aten.clone.default',
  'dim_order_ops._clone_dim_order.default',
  'dim_order_ops._to_dim_order_copy.default',
  'aten._to_copy.default',
  'aten.where.self',
]);

const MAX_DEPTH = 64;

function isDynamic(v: Value): boolean {
  return v.type.kind === 'tensor' && v.type.dynamism !== TensorShapeDynamism.STATIC;
}

/** Every dim of `v` larger than 1 (what may change when nothing better is known). */
function anyLarge(v: Value): Set<number> {
  return new Set(shapeOf(v).flatMap((s, i) => (s > 1 ? [i] : [])));
}

/** Dims of `v` that may change at run time (empty for a static tensor). */
export function dynamicDims(v: Value, cache = new Map<Value, Set<number>>(), depth = 0): Set<number> {
  if (!isDynamic(v)) return new Set();
  const hit = cache.get(v);
  if (hit) return hit;
  const result = compute(v, cache, depth);
  cache.set(v, result);
  return result;
}

function compute(v: Value, cache: Map<Value, Set<number>>, depth: number): Set<number> {
  const p = v.producer;
  const rank = shapeOf(v).length;
  if (!p || depth > MAX_DEPTH || p.outputs[0] !== v) return anyLarge(v);
  const x = tensorArg(p, 0);
  const of = (w: Value) => dynamicDims(w, cache, depth + 1);
  if (SIZED_VIEWS.has(p.op)) {
    const size = sizeListArg(p, 1);
    if (!size || size.length !== rank) return anyLarge(v);
    return new Set(size.flatMap((d, i) => (d === null || d === -1 ? [i] : [])));
  }
  if (!x) return anyLarge(v);
  const xr = shapeOf(x).length;
  switch (p.op) {
    case 'aten.unsqueeze_copy.default': {
      const d = normDim(intArg(p, 1) ?? Number.NaN, rank);
      if (d === null) return anyLarge(v);
      return new Set([...of(x)].map((i) => (i >= d ? i + 1 : i)));
    }
    case 'aten.select_copy.int': {
      const d = normDim(intArg(p, 1) ?? Number.NaN, xr);
      if (d === null) return anyLarge(v);
      return new Set([...of(x)].filter((i) => i !== d).map((i) => (i > d ? i - 1 : i)));
    }
    case 'aten.squeeze_copy.dim':
    case 'aten.squeeze_copy.dims': {
      const dims = (intListArg(p, 1) ?? []).map((d) => normDim(d, xr));
      if (dims.includes(null)) return anyLarge(v);
      const dropped = new Set(dims.filter((d) => shapeOf(x)[d as number] === 1) as number[]);
      const keep = [...Array(xr).keys()].filter((i) => !dropped.has(i));
      if (keep.length !== rank) return anyLarge(v);
      const from = of(x);
      return new Set(keep.flatMap((i, j) => (from.has(i) ? [j] : [])));
    }
    case 'aten.permute_copy.default': {
      const perm = intListArg(p, 1)?.map((d) => normDim(d, xr));
      if (!perm || perm.length !== rank || perm.includes(null)) return anyLarge(v);
      const from = of(x);
      return new Set(perm.flatMap((d, j) => (from.has(d as number) ? [j] : [])));
    }
    case 'aten.slice_copy.Tensor': {
      if (xr !== rank) return anyLarge(v);
      const d = normDim(intArg(p, 1, 0) ?? Number.NaN, xr);
      if (d === null) return anyLarge(v);
      const out = new Set(of(x));
      // Bounds computed at run time make even a static dim's slice vary.
      if (scalarLiteral(p.args[2]) === null || scalarLiteral(p.args[3]) === null) out.add(d);
      return out;
    }
    case 'aten.linear.default':
    case 'aten.mm.default':
    case 'aten.addmm.default': {
      const input = p.op === 'aten.addmm.default' ? tensorArg(p, 1) : x;
      if (!input || shapeOf(input).length !== rank) return anyLarge(v);
      return new Set([...of(input)].filter((i) => i < rank - 1));
    }
    case 'aten.embedding.default': {
      // embedding(weight, ids): ids' dims, then the embedding dim.
      const ids = tensorArg(p, 1);
      if (!ids || isDynamic(x) || shapeOf(ids).length !== rank - 1) return anyLarge(v);
      return of(ids);
    }
    case 'aten.index.Tensor': {
      // x[idx] with one index tensor on dim 0: idx's dims, then x's other (static) dims.
      const list = p.args[1];
      if (isDynamic(x) || !list || list.kind !== 'optional-tensor-list') return anyLarge(v);
      const [first, ...rest] = list.items;
      if (!first || rest.some((r) => r !== null)) return anyLarge(v);
      if (shapeOf(first).length + xr - 1 !== rank) return anyLarge(v);
      return of(first);
    }
    default:
      break;
  }
  if (ELEMENTWISE.has(p.op)) {
    const out = new Set<number>();
    for (const w of p.inputs) {
      if (w.type.kind !== 'tensor') continue;
      const wr = shapeOf(w).length;
      if (wr > rank) return anyLarge(v);
      for (const i of of(w)) out.add(i + rank - wr);
    }
    return out;
  }
  return anyLarge(v);
}

/** A literal integer argument (`null` when it is computed at run time). */
function scalarLiteral(a: { kind: string; value?: unknown } | undefined): number | null | undefined {
  if (!a || a.kind === 'none') return undefined;
  if (a.kind === 'int') return Number(a.value as bigint);
  return null;
}
