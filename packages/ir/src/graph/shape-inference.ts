import {
  type PromotionTensor,
  resultType as promotedResultType,
  promoteTypes,
  type ScalarKind,
} from '@kindling/backend-utils';
import { ErrorCode, isFloatingType, KindlingError, ScalarType } from '@kindling/core';
import type { Argument, TensorType, Value } from './graph.js';
import type { OpSchema } from './schema.js';

/**
 * What inference knows about one output. Fields left out are not determined by the op's arguments
 * (a factory op's dtype, a size computed from symbolic integers); they come from the out tensor.
 */
export type InferredType =
  | { kind: 'tensor'; dtype?: ScalarType; shape?: number[]; dimOrder?: number[] }
  | { kind: 'int' };

type Rule = (args: readonly Argument[], schema: OpSchema, outCount: number) => InferredType[];

const fail = (schema: OpSchema, message: string): never => {
  throw new KindlingError(ErrorCode.InvalidArgument, `${schema.op}: ${message}`);
};

export { promoteTypes };

/** An operand for {@link resultType}: a tensor (0-dim ones rank lower) or a wrapped Python scalar. */
export type PromotionOperand = { tensor: TensorType } | { scalar: ScalarKind };

/**
 * PyTorch's `result_type` over graph operands (`resultType` of `@kindling/backend-utils`):
 * dimensioned tensors decide within their category; zero-dim tensors and then scalars only raise
 * the category. No operand at all gives the default dtype, `Float`.
 */
export function resultType(operands: readonly PromotionOperand[]): ScalarType {
  if (operands.length === 0) return ScalarType.Float;
  const tensors: PromotionTensor[] = [];
  const scalars: ScalarKind[] = [];
  for (const o of operands) {
    if ('tensor' in o) tensors.push({ dtype: o.tensor.dtype, rank: o.tensor.shape.length });
    else scalars.push(o.scalar);
  }
  return promotedResultType(tensors, scalars);
}

// --- argument readers --------------------------------------------------------------------------

const at = (args: readonly Argument[], i: number): Argument => args[i] ?? { kind: 'none' };

function tensorAt(args: readonly Argument[], i: number, schema: OpSchema): TensorType {
  const a = at(args, i);
  if (a.kind !== 'value' || a.value.type.kind !== 'tensor') return fail(schema, `argument ${i} is not a tensor`);
  return a.value.type;
}

/** A literal int, or `undefined` when it is symbolic or absent. */
function intAt(args: readonly Argument[], i: number): number | undefined {
  const a = at(args, i);
  return a.kind === 'int' ? Number(a.value) : undefined;
}

function boolAt(args: readonly Argument[], i: number, dflt = false): boolean {
  const a = at(args, i);
  return a.kind === 'bool' ? a.value : dflt;
}

/** A literal int list; `undefined` when any item is symbolic; `null` for `None`. */
function intsAt(args: readonly Argument[], i: number): number[] | null | undefined {
  const a = at(args, i);
  if (a.kind === 'none') return null;
  if (a.kind === 'int') return [Number(a.value)];
  if (a.kind !== 'int-list') return undefined;
  const out: number[] = [];
  for (const item of a.items) {
    if (typeof item !== 'bigint') return undefined;
    out.push(item > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(item));
  }
  return out;
}

function scalarKind(a: Argument): 'int' | 'float' | 'bool' | undefined {
  if (a.kind === 'int') return 'int';
  if (a.kind === 'float') return 'float';
  if (a.kind === 'bool') return 'bool';
  if (a.kind === 'value') {
    const k = a.value.type.kind;
    if (k === 'int' || k === 'float' || k === 'bool') return k;
  }
  return undefined;
}

const normDim = (d: number, rank: number) => (d < 0 ? d + rank : d);

/** NumPy-style broadcast of shapes. */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = new Array(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = rank - s.length + i;
      const d = s[i] as number;
      const cur = out[o] as number;
      if (cur === 1) out[o] = d;
      else if (d !== 1 && d !== cur) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `shapes [${shapes.map((x) => x.join(',')).join('] and [')}] do not broadcast`,
        );
      }
    }
  }
  return out;
}

const contiguous = (rank: number) => Array.from({ length: rank }, (_, i) => i);

function dtypeParam(schema: OpSchema, computed: ScalarType): ScalarType {
  const p = schema.entry.params?.dtype;
  if (p === 'bool') return ScalarType.Bool;
  if (p === 'long') return ScalarType.Long;
  if (p === 'float') return isFloatingType(computed) ? computed : ScalarType.Float;
  return computed;
}

const same = (t: TensorType, dtype = t.dtype): InferredType => ({
  kind: 'tensor',
  dtype,
  shape: [...t.shape],
  dimOrder: [...t.dimOrder],
});

function pooledSize(size: number, k: number, s: number, p: number, d: number, ceil: boolean): number {
  const span = size + 2 * p - d * (k - 1) - 1;
  let out = (ceil ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
  if (ceil && (out - 1) * s >= size + p) out--;
  return out;
}

function reduceShape(shape: readonly number[], dims: number[] | null, keep: boolean): number[] {
  const rank = shape.length;
  const all = dims === null || dims.length === 0;
  const set = new Set(all ? contiguous(rank) : dims.map((d) => normDim(d, rank)));
  const out: number[] = [];
  shape.forEach((s, i) => {
    if (set.has(i)) {
      if (keep) out.push(1);
    } else out.push(s);
  });
  return out;
}

const RULES: Record<string, Rule> = {
  same: (args, schema) => {
    const t = tensorAt(args, 0, schema);
    return [same(t, dtypeParam(schema, t.dtype))];
  },
  'same-float': (args, schema) => {
    const t = tensorAt(args, 0, schema);
    return [same(t, isFloatingType(t.dtype) ? t.dtype : ScalarType.Float)];
  },
  'scalar-op': (args, schema) => {
    const t = tensorAt(args, 0, schema);
    const k = scalarKind(at(args, Number(schema.entry.params?.scalar ?? 1)));
    const dtype = resultType([{ tensor: t }, ...(k ? [{ scalar: k }] : [])]);
    return [same(t, dtypeParam(schema, dtype))];
  },
  broadcast: (args, schema) => {
    const ts = [tensorAt(args, 0, schema), tensorAt(args, 1, schema)];
    const dtype = resultType(ts.map((tensor) => ({ tensor })));
    const shape = broadcastShapes(ts.map((t) => t.shape));
    return [{ kind: 'tensor', dtype: dtypeParam(schema, dtype), shape, dimOrder: contiguous(shape.length) }];
  },
  where: (args, schema) => {
    const [c, a, b] = [0, 1, 2].map((i) => tensorAt(args, i, schema)) as [TensorType, TensorType, TensorType];
    const shape = broadcastShapes([c.shape, a.shape, b.shape]);
    return [
      { kind: 'tensor', dtype: resultType([{ tensor: a }, { tensor: b }]), shape, dimOrder: contiguous(shape.length) },
    ];
  },
  mm: (args, schema) => {
    const [a, b] = [tensorAt(args, 0, schema), tensorAt(args, 1, schema)];
    if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) fail(schema, 'needs [n,k] x [k,m]');
    return [
      {
        kind: 'tensor',
        dtype: promoteTypes(a.dtype, b.dtype),
        shape: [a.shape[0] as number, b.shape[1] as number],
        dimOrder: [0, 1],
      },
    ];
  },
  bmm: (args, schema) => {
    const [a, b] = [tensorAt(args, 0, schema), tensorAt(args, 1, schema)];
    if (a.shape.length !== 3 || b.shape.length !== 3 || a.shape[2] !== b.shape[1])
      fail(schema, 'needs [b,n,k] x [b,k,m]');
    return [
      {
        kind: 'tensor',
        dtype: promoteTypes(a.dtype, b.dtype),
        shape: [a.shape[0] as number, a.shape[1] as number, b.shape[2] as number],
        dimOrder: [0, 1, 2],
      },
    ];
  },
  addmm: (args, schema) => {
    const [c, a, b] = [0, 1, 2].map((i) => tensorAt(args, i, schema)) as [TensorType, TensorType, TensorType];
    const shape = [a.shape[0] as number, b.shape[1] as number];
    broadcastShapes([c.shape, shape]);
    return [{ kind: 'tensor', dtype: promoteTypes(c.dtype, promoteTypes(a.dtype, b.dtype)), shape, dimOrder: [0, 1] }];
  },
  convolution: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const w = tensorAt(args, 1, schema);
    const stride = intsAt(args, 3);
    const padding = intsAt(args, 4);
    const dilation = intsAt(args, 5);
    const transposed = boolAt(args, 6);
    const outPad = intsAt(args, 7);
    const groups = intAt(args, 8) ?? 1;
    const spatial = x.shape.length - 2;
    if (!stride || !padding || !dilation || !outPad) return [{ kind: 'tensor', dtype: x.dtype }];
    const pick = (l: number[], i: number) => (l.length === 1 ? (l[0] as number) : (l[i] as number));
    const shape = [x.shape[0] as number, transposed ? (w.shape[1] as number) * groups : (w.shape[0] as number)];
    for (let i = 0; i < spatial; i++) {
      const size = x.shape[2 + i] as number;
      const k = w.shape[2 + i] as number;
      const s = pick(stride, i);
      const p = pick(padding, i);
      const d = pick(dilation, i);
      shape.push(
        transposed
          ? (size - 1) * s - 2 * p + d * (k - 1) + (outPad.length ? pick(outPad, i) : 0) + 1
          : Math.floor((size + 2 * p - d * (k - 1) - 1) / s) + 1,
      );
    }
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: [...x.dimOrder] }];
  },
  embedding: (args, schema) => {
    const w = tensorAt(args, 0, schema);
    const idx = tensorAt(args, 1, schema);
    const shape = [...idx.shape, w.shape[1] as number];
    return [{ kind: 'tensor', dtype: w.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  'layer-norm': (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const n = intsAt(args, 1);
    const stat = n ? x.shape.map((s, i) => (i >= x.shape.length - n.length ? 1 : s)) : undefined;
    return [
      same(x),
      { kind: 'tensor', dtype: x.dtype, ...(stat ? { shape: stat, dimOrder: contiguous(stat.length) } : {}) },
      { kind: 'tensor', dtype: x.dtype, ...(stat ? { shape: stat, dimOrder: contiguous(stat.length) } : {}) },
    ];
  },
  'batch-norm': (args, schema) => {
    const x = tensorAt(args, 0, schema);
    return [
      same(x),
      { kind: 'tensor', dtype: x.dtype, shape: [0], dimOrder: [0] },
      { kind: 'tensor', dtype: x.dtype, shape: [0], dimOrder: [0] },
    ];
  },
  pool2d: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const avg = !!schema.entry.params?.avg;
    const kernel = intsAt(args, 1);
    const strideArg = intsAt(args, 2);
    const padding = intsAt(args, 3) ?? [0];
    const dilation = avg ? [1] : (intsAt(args, 4) ?? [1]);
    const ceil = boolAt(args, avg ? 4 : 5);
    if (!kernel) return [{ kind: 'tensor', dtype: x.dtype }];
    const stride = strideArg && strideArg.length > 0 ? strideArg : kernel;
    const pick = (l: readonly number[], i: number) => (l.length === 1 ? (l[0] as number) : (l[i] as number));
    const r = x.shape.length;
    const shape = [...x.shape];
    for (let i = 0; i < 2; i++) {
      shape[r - 2 + i] = pooledSize(
        x.shape[r - 2 + i] as number,
        pick(kernel, i),
        pick(stride, i),
        pick(padding, i),
        pick(dilation, i),
        ceil,
      );
    }
    const out: InferredType[] = [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: [...x.dimOrder] }];
    if (schema.entry.params?.indices)
      out.push({ kind: 'tensor', dtype: ScalarType.Long, shape: [...shape], dimOrder: [...x.dimOrder] });
    return out;
  },
  reduce: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const dims = intsAt(args, 1);
    const keep = boolAt(args, 2);
    const dtypeArg = intAt(args, 3);
    let dtype = dtypeParam(schema, x.dtype);
    if (schema.entry.params?.sum && !isFloatingType(x.dtype)) dtype = ScalarType.Long;
    if (dtypeArg !== undefined && schema.inputs[3]?.type === 'ScalarType') dtype = dtypeArg as ScalarType;
    if (dims === undefined) return [{ kind: 'tensor', dtype }];
    const shape = reduceShape(x.shape, dims, keep);
    return [{ kind: 'tensor', dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  permute: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const dims = intsAt(args, 1);
    if (!dims) return [{ kind: 'tensor', dtype: x.dtype }];
    const shape = dims.map((d) => x.shape[normDim(d, x.shape.length)] as number);
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  view: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const size = intsAt(args, 1);
    if (!size) return [{ kind: 'tensor', dtype: x.dtype }];
    const numel = x.shape.reduce((a, b) => a * b, 1);
    const known = size.filter((s) => s !== -1).reduce((a, b) => a * b, 1);
    const shape = size.map((s) => (s === -1 ? (known === 0 ? 0 : numel / known) : s));
    if (shape.reduce((a, b) => a * b, 1) !== numel)
      fail(schema, `cannot view [${x.shape.join(',')}] as [${size.join(',')}]`);
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  expand: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const size = intsAt(args, 1);
    if (!size) return [{ kind: 'tensor', dtype: x.dtype }];
    const lead = size.length - x.shape.length;
    const shape = size.map((s, i) => (s === -1 ? (x.shape[i - lead] as number) : s));
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  unsqueeze: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const d = intAt(args, 1) as number;
    const shape = [...x.shape];
    shape.splice(d < 0 ? d + x.shape.length + 1 : d, 0, 1);
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  squeeze: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const dims = new Set((intsAt(args, 1) ?? []).map((d) => normDim(d, x.shape.length)));
    const shape = x.shape.filter((s, i) => !(dims.has(i) && s === 1));
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  select: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const d = normDim(intAt(args, 1) as number, x.shape.length);
    const shape = x.shape.filter((_, i) => i !== d);
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  slice: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const d = normDim(intAt(args, 1) ?? 0, x.shape.length);
    const size = x.shape[d] as number;
    const startArg = at(args, 2);
    const endArg = at(args, 3);
    if ((startArg.kind !== 'none' && startArg.kind !== 'int') || (endArg.kind !== 'none' && endArg.kind !== 'int')) {
      return [{ kind: 'tensor', dtype: x.dtype }];
    }
    const step = intAt(args, 4) ?? 1;
    const clampIndex = (v: number) => Math.min(Math.max(v < 0 ? v + size : v, 0), size);
    const start = startArg.kind === 'int' ? clampIndex(Number(startArg.value)) : 0;
    const end = endArg.kind === 'int' ? clampIndex(Number(endArg.value)) : size;
    const shape = [...x.shape];
    shape[d] = end > start ? Math.ceil((end - start) / step) : 0;
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  cat: (args, schema) => {
    const a = at(args, 0);
    if (a.kind !== 'tensor-list' || a.items.length === 0) return fail(schema, 'needs a tensor list');
    const ts = a.items.map((v: Value) => v.tensor);
    const used = ts.filter((t) => !(t.shape.length === 1 && t.shape[0] === 0));
    const first = used[0] ?? (ts[0] as TensorType);
    const d = normDim(intAt(args, 1) ?? 0, first.shape.length);
    const shape = [...first.shape];
    shape[d] = used.reduce((n, t) => n + (t.shape[d] as number), 0);
    return [
      {
        kind: 'tensor',
        dtype: resultType(ts.map((tensor) => ({ tensor }))),
        shape,
        dimOrder: contiguous(shape.length),
      },
    ];
  },
  split: (args, schema, outCount) => {
    const x = tensorAt(args, 0, schema);
    const sizes = intsAt(args, 1);
    const d = normDim(intAt(args, 2) ?? 0, x.shape.length);
    if (!sizes) return Array.from({ length: outCount }, () => ({ kind: 'tensor', dtype: x.dtype }) as InferredType);
    return sizes.map((s) => {
      const shape = [...x.shape];
      shape[d] = s;
      return { kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) };
    });
  },
  index: (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const a = at(args, 1);
    if (a.kind !== 'optional-tensor-list' && a.kind !== 'tensor-list') return fail(schema, 'needs a list of indices');
    const idx = a.items.map((v: Value | null) => (v ? v.tensor : null));
    if (idx.some((t) => t && (t.dtype === ScalarType.Bool || t.dtype === ScalarType.Byte))) {
      return [{ kind: 'tensor', dtype: x.dtype }]; // boolean masks: data-dependent size
    }
    const positions = idx.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    const bshape = broadcastShapes(idx.filter((t): t is TensorType => !!t).map((t) => t.shape));
    const first = positions[0] ?? 0;
    const adjacent = positions.every((p, i) => p === first + i);
    const rest = x.shape.filter((_, i) => !positions.includes(i));
    const shape = adjacent
      ? [...x.shape.slice(0, first), ...bshape, ...x.shape.slice(first + positions.length)]
      : [...bshape, ...rest];
    return [{ kind: 'tensor', dtype: x.dtype, shape, dimOrder: contiguous(shape.length) }];
  },
  'to-dim-order': (args, schema) => {
    const x = tensorAt(args, 0, schema);
    const order = intsAt(args, 2);
    return [{ kind: 'tensor', shape: [...x.shape], dimOrder: order ?? contiguous(x.shape.length) }];
  },
  factory: (args, schema) => {
    if (schema.op === 'aten.full.default') {
      const size = intsAt(args, 0);
      return [size ? { kind: 'tensor', shape: size, dimOrder: contiguous(size.length) } : { kind: 'tensor' }];
    }
    if (schema.op === 'aten.scalar_tensor.default') return [{ kind: 'tensor', shape: [], dimOrder: [] }];
    // arange.start
    const num = (a: Argument) => (a.kind === 'int' ? Number(a.value) : a.kind === 'float' ? a.value : undefined);
    const [s, e, st] = [num(at(args, 0)), num(at(args, 1)), args.length > 2 ? num(at(args, 2)) : 1];
    if (s === undefined || e === undefined || st === undefined) return [{ kind: 'tensor' }];
    const n = Math.max(0, Math.ceil((e - s) / st));
    return [{ kind: 'tensor', shape: [n], dimOrder: [0] }];
  },
  'sym-size': () => [{ kind: 'int' }],
};

/**
 * Infers the output types of a node of `schema` from its arguments. `outCount` is the number of
 * outputs (needed for ops whose out argument is a tensor list).
 */
export function inferOutputTypes(schema: OpSchema, args: readonly Argument[], outCount = 1): InferredType[] {
  const rule = RULES[schema.entry.infer];
  if (!rule) throw new KindlingError(ErrorCode.Internal, `${schema.op}: unknown inference rule ${schema.entry.infer}`);
  return rule(args, schema, outCount);
}

/** Names of the inference rules (every table row must name one). */
export const INFERENCE_RULES: readonly string[] = /* @__PURE__ */ Object.keys(RULES);
