/**
 * The operators the XNNPACK lowering takes (fp32), following ExecuTorch's XnnpackPartitioner: for
 * each, the argument checks that decide support and how it becomes XNNPACK nodes.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { type Node, TensorShapeDynamism, type Value } from '@kindling/ir';
import { XNN_INVALID_ID, XnnNodeType } from '../serialization/xnn-graph.js';
import {
  boolArg,
  intArg,
  intListArg,
  type Layout,
  layoutOf,
  normDim,
  numelOf,
  permuteData,
  scalarArg,
  shapeOf,
  sizeListArg,
  stringArg,
  TO_NCHW,
  tensorArg,
} from './args.js';
import type { LoweringContext, StaticTensor } from './context.js';
import { batchNorm, conv, planFusions } from './conv.js';
import { dynamicDims } from './dynamic-dims.js';
import type { CheckContext, OpRule } from './rule.js';

export type { OpRule } from './rule.js';
export { planFusions };

const out0 = (node: Node): Value => node.outputs[0] as Value;
const isDynamic = (v: Value): boolean => v.type.kind === 'tensor' && v.type.dynamism !== TensorShapeDynamism.STATIC;
const arg0 = (node: Node): Value => tensorArg(node, 0) as Value;

/** The layout an elementwise op runs in: NHWC when an operand is there already and all fit. */
function elementwiseLayout(L: LoweringContext, operands: readonly Value[], out: Value): Layout {
  const shape = shapeOf(out).join(',');
  if (shapeOf(out).length !== 4) return 'nchw';
  let nhwc = false;
  for (const v of operands) {
    if (numelOf(shapeOf(v)) === 1) continue;
    if (shapeOf(v).join(',') !== shape) return 'nchw';
    if (L.prefersNhwc(v)) nhwc = true;
  }
  return nhwc ? 'nhwc' : 'nchw';
}

/** An operand in `layout` (single-element operands are the same in both). */
function operand(L: LoweringContext, v: Value, layout: Layout): number {
  return layout === 'nhwc' && numelOf(shapeOf(v)) !== 1 ? L.tensor(v, 'nhwc') : L.tensor(v, 'nchw');
}

/** The value of a scalar argument as a static rank-0 tensor. */
function scalarOperand(L: LoweringContext, x: number): number {
  return L.constant([], new Float32Array([x]));
}

// ---------------------------------------------------------------------------------------------
// Elementwise binary

function binary(type: XnnNodeType, opts: { alpha?: boolean; scalar?: boolean } = {}): OpRule {
  return {
    emits: [type],
    dynamic: true,
    check(node) {
      if (opts.alpha) {
        const alpha = scalarArg(node, 2);
        if (alpha !== undefined && alpha !== 1) return 'alpha must be 1';
      }
      if (opts.scalar) {
        const s = scalarArg(node, 1);
        if (typeof s !== 'number') return 'the scalar operand is not a number';
      } else if (!tensorArg(node, 1)) return 'the second operand is not a tensor';
      return null;
    },
    lower(node, L) {
      const a = arg0(node);
      const out = out0(node);
      if (opts.scalar) {
        const layout = elementwiseLayout(L, [a], out);
        const id = L.output(out, layout);
        L.builder.addNode(type, [operand(L, a, layout), scalarOperand(L, scalarArg(node, 1) as number)], [id]);
        return;
      }
      const b = tensorArg(node, 1) as Value;
      const layout = elementwiseLayout(L, [a, b], out);
      const ia = operand(L, a, layout);
      const ib = operand(L, b, layout);
      L.builder.addNode(type, [ia, ib], [L.output(out, layout)]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Elementwise unary (layout-agnostic)

function unaryWith(
  type: XnnNodeType,
  check: (node: Node) => string | null,
  options: (node: Node) => Parameters<LoweringContext['builder']['addNode']>[3],
): OpRule {
  return {
    emits: [type],
    dynamic: true,
    check,
    lower(node, L) {
      const x = arg0(node);
      const out = out0(node);
      const layout = elementwiseLayout(L, [x], out);
      const ix = operand(L, x, layout);
      L.builder.addNode(type, [ix], [L.output(out, layout)], options(node));
    },
  };
}

const unary = (type: XnnNodeType): OpRule =>
  unaryWith(
    type,
    () => null,
    () => ({}),
  );

function clampRange(node: Node): [number, number] | string {
  switch (node.op) {
    case 'aten.relu.default':
      return [0, Number.POSITIVE_INFINITY];
    case 'aten.hardtanh.default': {
      const lo = scalarArg(node, 1);
      const hi = scalarArg(node, 2);
      if (lo === null || hi === null) return 'min_val and max_val must be numbers';
      return [lo ?? -1, hi ?? 1];
    }
    default: {
      const lo = scalarArg(node, 1);
      const hi = scalarArg(node, 2);
      if (lo === null || hi === null) return 'min and max must be numbers (tensor bounds are not supported)';
      return [lo ?? Number.NEGATIVE_INFINITY, hi ?? Number.POSITIVE_INFINITY];
    }
  }
}

const clamp: OpRule = unaryWith(
  XnnNodeType.Clamp,
  (node) => {
    const r = clampRange(node);
    if (typeof r === 'string') return r;
    if (!(r[0] <= r[1])) return `min ${r[0]} is greater than max ${r[1]}`;
    return null;
  },
  (node) => {
    const [outputMin, outputMax] = clampRange(node) as [number, number];
    return { outputMin, outputMax };
  },
);

// ---------------------------------------------------------------------------------------------
// Matrix products

function staticMatrix(ctx: CheckContext, v: Value | null, what: string): string | null {
  if (!v) return `${what} is not a tensor`;
  if (shapeOf(v).length !== 2) return `${what} is not 2-D`;
  if (!ctx.staticOf(v)) return `${what} is not a constant (XNNPACK fully connected needs static weights)`;
  return null;
}

/** A static bias of `n` elements (`[n]` or `[1, n]`), or a reason. */
function staticBias(ctx: CheckContext, v: Value | null, n: number): string | null {
  if (!v) return 'bias is not a tensor';
  const s = shapeOf(v);
  if (numelOf(s) !== n || (s.length === 2 && s[0] !== 1) || s.length > 2) return `bias shape [${s}] is not [${n}]`;
  if (!ctx.staticOf(v)) return 'bias is not a constant';
  return null;
}

/** FullyConnected: out = x @ filter^T + bias, filter [n, k]. */
function fullyConnected(
  L: LoweringContext,
  node: Node,
  x: Value,
  filter: StaticTensor,
  bias: StaticTensor | null,
): void {
  const ix = L.tensor(x, 'nchw');
  const iw = L.constant(filter.shape, filter.data);
  const ib = bias ? L.constant([bias.data.length], bias.data) : XNN_INVALID_ID;
  L.builder.addNode(XnnNodeType.FullyConnected, [ix, iw, ib], [L.output(out0(node))]);
}

const transposed = (m: StaticTensor): StaticTensor => ({
  shape: [m.shape[1] as number, m.shape[0] as number],
  data: permuteData(m.data, m.shape, [1, 0]),
});

const mm: OpRule = {
  emits: [XnnNodeType.FullyConnected],
  dynamic: true,
  check: (node, ctx) => staticMatrix(ctx, tensorArg(node, 1), 'mat2'),
  lower(node, L) {
    const w = L.staticOf(tensorArg(node, 1) as Value) as StaticTensor;
    fullyConnected(L, node, arg0(node), transposed(w), null);
  },
};

const addmm: OpRule = {
  emits: [XnnNodeType.FullyConnected],
  dynamic: true,
  check(node, ctx) {
    const beta = scalarArg(node, 3);
    const alpha = scalarArg(node, 4);
    if ((beta !== undefined && beta !== 1) || (alpha !== undefined && alpha !== 1)) return 'beta and alpha must be 1';
    const mat2 = tensorArg(node, 2);
    const why = staticMatrix(ctx, mat2, 'mat2');
    if (why) return why;
    return staticBias(ctx, tensorArg(node, 0), shapeOf(mat2 as Value)[1] as number);
  },
  lower(node, L) {
    const w = L.staticOf(tensorArg(node, 2) as Value) as StaticTensor;
    const b = L.staticOf(tensorArg(node, 0) as Value) as StaticTensor;
    fullyConnected(L, node, tensorArg(node, 1) as Value, transposed(w), b);
  },
};

const linear: OpRule = {
  emits: [XnnNodeType.FullyConnected],
  dynamic: true,
  check(node, ctx) {
    const w = tensorArg(node, 1);
    const why = staticMatrix(ctx, w, 'weight');
    if (why) return why;
    const b = node.args[2];
    if (b && b.kind !== 'none') return staticBias(ctx, tensorArg(node, 2), shapeOf(w as Value)[0] as number);
    return null;
  },
  lower(node, L) {
    const w = L.staticOf(tensorArg(node, 1) as Value) as StaticTensor;
    const bv = tensorArg(node, 2);
    fullyConnected(L, node, arg0(node), w, bv ? L.staticOf(bv) : null);
  },
};

const bmm: OpRule = {
  emits: [XnnNodeType.BatchMatrixMultiply],
  dynamic: true,
  check(node) {
    const b = tensorArg(node, 1);
    if (!b) return 'mat2 is not a tensor';
    if (shapeOf(arg0(node)).length !== 3 || shapeOf(b).length !== 3) return 'operands must be 3-D';
    return null;
  },
  lower(node, L) {
    const ia = L.tensor(arg0(node));
    const ib = L.tensor(tensorArg(node, 1) as Value);
    L.builder.addNode(XnnNodeType.BatchMatrixMultiply, [ia, ib], [L.output(out0(node))]);
  },
};

// ---------------------------------------------------------------------------------------------
// Pooling

function pair(node: Node, i: number, fallback: number[] | null): [number, number] | null {
  const l = intListArg(node, i, fallback);
  if (!l || l.length === 0) return null;
  if (l.length === 1) return [l[0] as number, l[0] as number];
  if (l.length === 2) return [l[0] as number, l[1] as number];
  return null;
}

interface PoolArgs {
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  ceil: boolean;
}

function poolArgs(node: Node, max: boolean): PoolArgs | string {
  const kernel = pair(node, 1, null);
  if (!kernel) return 'kernel_size must be 1 or 2 integers';
  const strideList = intListArg(node, 2, []);
  const stride = strideList && strideList.length === 0 ? kernel : pair(node, 2, null);
  const padding = pair(node, 3, [0]);
  const dilation = max ? pair(node, 4, [1]) : ([1, 1] as [number, number]);
  if (!stride || !padding || !dilation) return 'stride, padding and dilation must be 1 or 2 integers';
  const ceil = boolArg(node, max ? 5 : 4, false);
  if (ceil === null) return 'ceil_mode must be a boolean';
  if (ceil && !max) return 'ceil_mode is not supported for average pooling';
  if (kernel[0] * kernel[1] <= 1) return 'a 1x1 pooling window is not supported';
  if ([...kernel, ...stride, ...dilation].some((v) => v < 1) || padding.some((p) => p < 0)) return 'invalid window';
  if (max && (stride[0] > kernel[0] || stride[1] > kernel[1])) return 'stride must not exceed the kernel size';
  return { kernel, stride, padding, dilation, ceil };
}

/**
 * Extra bottom (or right) padding that makes a floor-mode window count equal ceil_mode's along one
 * dim (none when the last ceil-mode window would start in the padding, which ceil_mode drops).
 */
export function ceilModeExtraPad(size: number, kernel: number, stride: number, pad: number, dilation: number): number {
  const span = size + 2 * pad - dilation * (kernel - 1) - 1;
  const windows = Math.floor((span + stride - 1) / stride) + 1;
  if ((windows - 1) * stride >= size + pad) return 0;
  const partial = ((span % stride) + stride) % stride;
  return partial > 0 ? stride - partial : 0;
}

function pool(type: XnnNodeType.AvgPooling2d | XnnNodeType.MaxPooling2d): OpRule {
  const max = type === XnnNodeType.MaxPooling2d;
  return {
    emits: [type],
    unusedOutputs: max,
    dynamic: true,
    check(node) {
      if (shapeOf(arg0(node)).length !== 4) return 'input must be 4-D';
      const a = poolArgs(node, max);
      if (typeof a === 'string') return a;
      if (a.ceil && (isDynamic(arg0(node)) || isDynamic(out0(node))))
        return 'ceil_mode with a dynamic shape is not supported';
      if (!max) {
        if (a.padding[0] !== 0 || a.padding[1] !== 0) return 'average pooling with padding is not supported';
        const divisor = node.args[6];
        if (divisor && divisor.kind !== 'none') return 'divisor_override is not supported';
      }
      return null;
    },
    lower(node, L) {
      const a = poolArgs(node, max) as PoolArgs;
      const x = arg0(node);
      const [, , h, w] = shapeOf(x) as [number, number, number, number];
      const extra = a.ceil
        ? [
            ceilModeExtraPad(h, a.kernel[0], a.stride[0], a.padding[0], a.dilation[0]),
            ceilModeExtraPad(w, a.kernel[1], a.stride[1], a.padding[1], a.dilation[1]),
          ]
        : [0, 0];
      const ix = L.tensor(x, 'nhwc');
      L.builder.addNode(type, [ix], [L.output(out0(node), 'nhwc')], {
        flags: 0x40,
        attrs: {
          kind: 'pool',
          pool: {
            paddingTop: a.padding[0],
            paddingRight: a.padding[1] + (extra[1] as number),
            paddingBottom: a.padding[0] + (extra[0] as number),
            paddingLeft: a.padding[1],
            poolingHeight: a.kernel[0],
            poolingWidth: a.kernel[1],
            strideHeight: a.stride[0],
            strideWidth: a.stride[1],
            dilationHeight: a.dilation[0],
            dilationWidth: a.dilation[1],
          },
        },
      });
    },
  };
}

const meanDim: OpRule = {
  emits: [XnnNodeType.GlobalAvgPooling2d, XnnNodeType.StaticReshape],
  dynamic: true,
  check(node) {
    const rank = shapeOf(arg0(node)).length;
    if (rank !== 4) return 'only the mean over H and W of a 4-D tensor is supported';
    const dims = intListArg(node, 1)?.map((d) => normDim(d, rank));
    if (!dims || dims.length !== 2 || !dims.includes(2) || !dims.includes(3))
      return 'only the mean over dims 2 and 3 is supported';
    const dtype = node.args[3];
    if (dtype && dtype.kind !== 'none') return 'dtype is not supported';
    if (!boolArg(node, 2, false) && (isDynamic(arg0(node)) || isDynamic(out0(node))))
      return 'a mean without keepdim of a dynamic shape is not supported';
    return null;
  },
  lower(node, L) {
    const x = arg0(node);
    const out = out0(node);
    const ix = L.tensor(x, 'nhwc');
    const [n, c] = shapeOf(x) as [number, number];
    if (boolArg(node, 2, false)) {
      L.builder.addNode(XnnNodeType.GlobalAvgPooling2d, [ix], [L.output(out, 'nhwc')], { flags: 0x40 });
      return;
    }
    const pooled = L.builder.addValue([n, 1, 1, c]);
    L.builder.addNode(XnnNodeType.GlobalAvgPooling2d, [ix], [pooled], { flags: 0x40 });
    L.builder.addNode(XnnNodeType.StaticReshape, [pooled], [L.output(out)], {
      attrs: { kind: 'reshape', newShape: [...shapeOf(out)] },
    });
  },
};

// ---------------------------------------------------------------------------------------------
// Softmax, concatenation, data movement

const softmax: OpRule = {
  emits: [XnnNodeType.Softmax],
  dynamic: true,
  check(node) {
    const rank = shapeOf(arg0(node)).length;
    const dim = intArg(node, 1);
    if (dim === null || normDim(dim, rank) !== rank - 1 || rank === 0)
      return 'only softmax over the last dim is supported';
    if (boolArg(node, 2, false) !== false) return 'half_to_float is not supported';
    return null;
  },
  lower(node, L) {
    const ix = L.tensor(arg0(node));
    L.builder.addNode(XnnNodeType.Softmax, [ix], [L.output(out0(node))]);
  },
};

const CAT_TYPES = [
  XnnNodeType.Concatenate2,
  XnnNodeType.Concatenate3,
  XnnNodeType.Concatenate4,
  XnnNodeType.Concatenate5,
];

const cat: OpRule = {
  emits: CAT_TYPES,
  dynamic: true,
  check(node) {
    const a = node.args[0];
    if (!a || a.kind !== 'tensor-list') return 'tensors is not a tensor list';
    if (a.items.length < 2 || a.items.length > 5) return `${a.items.length} inputs (2 to 5 are supported)`;
    const rank = shapeOf(out0(node)).length;
    if (a.items.some((v) => shapeOf(v).length !== rank || numelOf(shapeOf(v)) === 0))
      return 'inputs must be non-empty and of equal rank';
    if (normDim(intArg(node, 1, 0) ?? 0, rank) === null) return 'dim is out of range';
    return null;
  },
  lower(node, L) {
    const a = node.args[0] as { kind: 'tensor-list'; items: readonly Value[] };
    const rank = shapeOf(out0(node)).length;
    const axis = normDim(intArg(node, 1, 0) as number, rank) as number;
    const nhwc = rank === 4 && a.items.every((v) => L.prefersNhwc(v));
    const layout: Layout = nhwc ? 'nhwc' : 'nchw';
    const ids = a.items.map((v) => L.tensor(v, layout));
    L.builder.addNode(CAT_TYPES[ids.length - 2] as XnnNodeType, ids, [L.output(out0(node), layout)], {
      attrs: { kind: 'cat', axis: nhwc ? (TO_NCHW[axis] as number) : axis },
    });
  },
};

const permute: OpRule = {
  emits: [XnnNodeType.StaticTranspose],
  dynamic: true,
  check(node) {
    const rank = shapeOf(arg0(node)).length;
    const perm = intListArg(node, 1)?.map((d) => normDim(d, rank));
    if (!perm || perm.length !== rank || new Set(perm).size !== rank || perm.includes(null))
      return 'dims is not a permutation';
    return null;
  },
  lower(node, L) {
    const x = arg0(node);
    const out = out0(node);
    if (L.staticOf(out)) return; // a transposed weight: folded where it is used
    const rank = shapeOf(x).length;
    const perm = (intListArg(node, 1) as number[]).map((d) => normDim(d, rank) as number);
    // Read an NHWC input directly: logical dim d sits at NHWC position TO_NCHW[d].
    const fromNhwc = rank === 4 && L.prefersNhwc(x);
    const ix = L.tensor(x, fromNhwc ? 'nhwc' : 'nchw');
    const p = fromNhwc ? perm.map((d) => TO_NCHW[d] as number) : perm;
    L.builder.addNode(XnnNodeType.StaticTranspose, [ix], [L.output(out)], { attrs: { kind: 'transpose', perm: p } });
  },
};

/** Ops whose second argument is the new shape (ExecuTorch writes it as given, with -1 as 0). */
const SIZED_VIEWS = new Set([
  'aten.view_copy.default',
  'aten.reshape.default',
  'aten._unsafe_view.default',
  'executorch_prim.et_view.default',
]);

/**
 * The `new_shape` of a reshape: the size argument with inferred dims (-1) and sizes computed at
 * run time as 0 (XNNPACK infers one such dim from the element count), else the output's shape.
 */
function reshapeTarget(node: Node): number[] | string {
  const dynamic = isDynamic(arg0(node)) || isDynamic(out0(node));
  const size = SIZED_VIEWS.has(node.op) ? sizeListArg(node, 1) : null;
  if (size) {
    const shape = size.map((d) => (d === -1 || d === null ? 0 : d));
    if (shape.filter((d) => d === 0).length > 1) return 'more than one inferred dim';
    if (shape.some((d) => d < 0)) return 'negative size';
    return shape;
  }
  const shape = [...shapeOf(out0(node))];
  if (dynamic) {
    // Squeeze and unsqueeze: the output's shape, with its one dim that may change (if known) as 0.
    const changing = dynamicDims(out0(node));
    if (changing.size > 1) return 'a reshape of a dynamic shape with more than one dim that may change';
    for (const d of changing) shape[d] = 0;
  }
  return shape;
}

/**
 * New shapes decided when the partitioner asked: finding which dim of a dynamic shape may change
 * reads the producers of the input, and those of earlier partitions are delegate calls by the time
 * this partition is lowered.
 */
const reshapeTargets = new WeakMap<Node, number[] | string>();
const reshapeTargetOnce = (node: Node): number[] | string => {
  let t = reshapeTargets.get(node);
  if (t === undefined) {
    t = reshapeTarget(node);
    reshapeTargets.set(node, t);
  }
  return t;
};

const reshape: OpRule = {
  emits: [XnnNodeType.StaticReshape],
  dynamic: true,
  scalarInputs: true,
  check(node) {
    const t = reshapeTargetOnce(node);
    return typeof t === 'string' ? t : null;
  },
  lower(node, L) {
    const out = out0(node);
    if (L.staticOf(out)) return;
    const newShape = reshapeTargetOnce(node);
    if (typeof newShape === 'string') {
      throw new KindlingError(ErrorCode.Internal, `XNNPACK lowering: ${node.op} was not supported: ${newShape}`);
    }
    const ix = L.tensor(arg0(node));
    L.builder.addNode(XnnNodeType.StaticReshape, [ix], [L.output(out)], {
      attrs: { kind: 'reshape', newShape },
    });
  },
};

/** Offsets and sizes of a step-1 slice of `shape` along `dim`. */
function sliceBox(
  shape: readonly number[],
  dim: number,
  start: number,
  end: number,
): { offsets: number[]; sizes: number[] } {
  const offsets = shape.map(() => 0);
  const sizes = [...shape];
  offsets[dim] = start;
  sizes[dim] = end - start;
  return { offsets, sizes };
}

function sliceBounds(node: Node): { dim: number; start: number; end: number } | string {
  const shape = shapeOf(arg0(node));
  const dim = normDim(intArg(node, 1, 0) ?? Number.NaN, shape.length);
  if (dim === null) return 'dim is out of range';
  const size = shape[dim] as number;
  const clampIndex = (i: number) => Math.min(Math.max(i < 0 ? i + size : i, 0), size);
  const s = scalarArg(node, 2);
  const e = scalarArg(node, 3);
  if (s === null || e === null) return 'start and end must be integers';
  const step = intArg(node, 4, 1);
  if (step !== 1) return 'only step 1 is supported';
  const start = clampIndex(s ?? 0);
  const end = Math.max(start, clampIndex(e === undefined || e > size ? size : e));
  if (end === start) return 'an empty slice is not supported';
  return { dim, start, end };
}

const slice: OpRule = {
  emits: [XnnNodeType.StaticSlice],
  check(node) {
    const b = sliceBounds(node);
    return typeof b === 'string' ? b : null;
  },
  lower(node, L) {
    const { dim, start, end } = sliceBounds(node) as { dim: number; start: number; end: number };
    const x = arg0(node);
    const ix = L.tensor(x);
    L.builder.addNode(XnnNodeType.StaticSlice, [ix], [L.output(out0(node))], {
      attrs: { kind: 'slice', ...sliceBox(shapeOf(x), dim, start, end) },
    });
  },
};

const select: OpRule = {
  emits: [XnnNodeType.StaticSlice, XnnNodeType.StaticReshape],
  check(node) {
    const shape = shapeOf(arg0(node));
    const dim = normDim(intArg(node, 1, 0) ?? Number.NaN, shape.length);
    const index = intArg(node, 2);
    if (dim === null || index === null) return 'dim and index must be integers';
    const size = shape[dim] as number;
    if (index < -size || index >= size) return 'index is out of range';
    return null;
  },
  lower(node, L) {
    const x = arg0(node);
    const shape = shapeOf(x);
    const dim = normDim(intArg(node, 1, 0) as number, shape.length) as number;
    const raw = intArg(node, 2) as number;
    const index = raw < 0 ? raw + (shape[dim] as number) : raw;
    const box = sliceBox(shape, dim, index, index + 1);
    const mid = L.builder.addValue(box.sizes);
    L.builder.addNode(XnnNodeType.StaticSlice, [L.tensor(x)], [mid], { attrs: { kind: 'slice', ...box } });
    const out = out0(node);
    L.builder.addNode(XnnNodeType.StaticReshape, [mid], [L.output(out)], {
      attrs: { kind: 'reshape', newShape: [...shapeOf(out)] },
    });
  },
};

function padAmounts(node: Node): { pre: number[]; post: number[] } | string {
  const rank = shapeOf(arg0(node)).length;
  const pad = intListArg(node, 1);
  if (!pad || pad.length % 2 !== 0 || pad.length / 2 > rank) return 'pad must be pairs of integers';
  if (pad.some((p) => p < 0)) return 'negative padding is not supported';
  const pre = new Array<number>(rank).fill(0);
  const post = new Array<number>(rank).fill(0);
  for (let i = 0; i < pad.length / 2; i++) {
    pre[rank - 1 - i] = pad[2 * i] as number;
    post[rank - 1 - i] = pad[2 * i + 1] as number;
  }
  return { pre, post };
}

const constantPad: OpRule = {
  emits: [XnnNodeType.StaticConstantPad],
  dynamic: true,
  check(node) {
    const p = padAmounts(node);
    if (typeof p === 'string') return p;
    if (scalarArg(node, 2) === null) return 'value must be a number';
    return null;
  },
  lower(node, L) {
    const { pre, post } = padAmounts(node) as { pre: number[]; post: number[] };
    const ix = L.tensor(arg0(node));
    L.builder.addNode(XnnNodeType.StaticConstantPad, [ix], [L.output(out0(node))], {
      attrs: { kind: 'pad', prePaddings: pre, postPaddings: post, paddingValue: scalarArg(node, 2) ?? 0 },
    });
  },
};

/** clone / to_dim_order_copy within float32: a Copy, or the layout transpose the new dim order needs. */
const copy: OpRule = {
  emits: [XnnNodeType.Copy, XnnNodeType.StaticTranspose],
  dynamic: true,
  check: () => null,
  lower(node, L) {
    const x = arg0(node);
    const out = out0(node);
    if (L.staticOf(out)) return;
    const target: Layout = layoutOf(out) ?? 'nchw';
    const other: Layout = target === 'nchw' ? 'nhwc' : 'nchw';
    if (!L.has(x, target) && L.has(x, other) && !L.staticOf(x)) {
      // Only the layout changes: one transpose writes the output.
      L.builder.addNode(XnnNodeType.StaticTranspose, [L.tensor(x, other)], [L.output(out, target)], {
        attrs: { kind: 'transpose', perm: target === 'nhwc' ? [0, 2, 3, 1] : [...TO_NCHW] },
      });
      return;
    }
    const ix = L.tensor(x, target);
    L.builder.addNode(XnnNodeType.Copy, [ix], [L.output(out, target)]);
  },
};

/**
 * expand_copy to the shape it already has (what matmul's decomposition writes before a batched
 * product): a Copy. A real broadcast is not lowered.
 */
const noopExpand: OpRule = {
  emits: [XnnNodeType.Copy, XnnNodeType.StaticTranspose],
  dynamic: true,
  scalarInputs: true,
  check(node) {
    const x = arg0(node);
    const shape = shapeOf(x);
    const size = sizeListArg(node, 1);
    if (!size || size.length !== shape.length || shapeOf(out0(node)).join(',') !== shape.join(','))
      return 'only an expand to the same shape (no broadcast) is lowered';
    const changing = dynamicDims(x);
    for (const [i, d] of size.entries()) {
      if (d === -1) continue;
      if (d === null || d !== shape[i] || changing.has(i))
        return 'only an expand to the same shape (no broadcast) is lowered';
    }
    return null;
  },
  lower: (node, L) => copy.lower(node, L),
};

/** XNN_FLAG_ALIGN_CORNERS of a bilinear resize. */
const ALIGN_CORNERS = 0x8;

/** upsample_bilinear2d (NCHW, half-pixel or corner-aligned): an NHWC StaticResizeBilinear2D. */
const upsampleBilinear: OpRule = {
  emits: [XnnNodeType.StaticResizeBilinear2D],
  check(node) {
    if (shapeOf(arg0(node)).length !== 4) return 'input must be 4-D';
    if (boolArg(node, 2, false) === null) return 'align_corners must be a boolean';
    return null;
  },
  lower(node, L) {
    const out = out0(node);
    const [, , newHeight, newWidth] = shapeOf(out) as [number, number, number, number];
    const ix = L.tensor(arg0(node), 'nhwc');
    L.builder.addNode(XnnNodeType.StaticResizeBilinear2D, [ix], [L.output(out, 'nhwc')], {
      flags: boolArg(node, 2, false) ? ALIGN_CORNERS : 0,
      attrs: { kind: 'resize', newHeight, newWidth },
    });
  },
};

const gelu: OpRule = unaryWith(
  XnnNodeType.Gelu,
  (node) =>
    stringArg(node, 1, 'none') === 'none' ? null : "only approximate='none' (XNNPACK's GELU is the exact erf form)",
  () => ({}),
);

const leakyRelu: OpRule = {
  emits: [XnnNodeType.LeakyReLU],
  dynamic: true,
  check: (node) => (scalarArg(node, 1) === null ? 'negative_slope must be a number' : null),
  lower(node, L) {
    const x = arg0(node);
    const out = out0(node);
    const layout = elementwiseLayout(L, [x], out);
    const ix = operand(L, x, layout);
    L.builder.addNode(XnnNodeType.LeakyReLU, [ix], [L.output(out, layout)], {
      attrs: { kind: 'leaky-relu', negativeSlope: scalarArg(node, 1) ?? 0.01 },
    });
  },
};

const square: OpRule = unaryWith(
  XnnNodeType.Square,
  (node) => (scalarArg(node, 1) === 2 ? null : 'only exponent 2 is supported (as Square)'),
  () => ({}),
);

/**
 * Which producing nodes the support check and the lowering both evaluate ahead of time when they
 * compute a static value from constants (a transposed weight), whichever partition takes the node.
 */
export const foldsAhead = (node: Node): boolean => node.op in OP_RULES;

/** Op name to rule. */
export const OP_RULES: Readonly<Record<string, OpRule>> = {
  'aten.add.Tensor': binary(XnnNodeType.Add, { alpha: true }),
  'aten.sub.Tensor': binary(XnnNodeType.Subtract, { alpha: true }),
  'aten.mul.Tensor': binary(XnnNodeType.Multiply),
  'aten.div.Tensor': binary(XnnNodeType.Div),
  'aten.mul.Scalar': binary(XnnNodeType.Multiply, { scalar: true }),
  'aten.maximum.default': binary(XnnNodeType.Maximum),
  'aten.minimum.default': binary(XnnNodeType.Minimum),
  'aten.abs.default': unary(XnnNodeType.Abs),
  'aten.neg.default': unary(XnnNodeType.Negate),
  'aten.floor.default': unary(XnnNodeType.Floor),
  'aten.ceil.default': unary(XnnNodeType.Ceiling),
  'aten.sqrt.default': unary(XnnNodeType.SquareRoot),
  'aten.rsqrt.default': unary(XnnNodeType.ReciprocalSquareRoot),
  'aten.exp.default': unary(XnnNodeType.Exp),
  'aten.log.default': unary(XnnNodeType.Log),
  'aten.sin.default': unary(XnnNodeType.Sin),
  'aten.cos.default': unary(XnnNodeType.Cos),
  'aten.tanh.default': unary(XnnNodeType.Tanh),
  'aten.sigmoid.default': unary(XnnNodeType.Sigmoid),
  'aten.hardswish.default': unary(XnnNodeType.Hardswish),
  'aten.gelu.default': gelu,
  'aten.leaky_relu.default': leakyRelu,
  'aten.pow.Tensor_Scalar': square,
  'aten.relu.default': clamp,
  'aten.hardtanh.default': clamp,
  'aten.clamp.default': clamp,
  'aten.mm.default': mm,
  'aten.addmm.default': addmm,
  'aten.linear.default': linear,
  'aten.bmm.default': bmm,
  'aten.convolution.default': conv,
  'aten._native_batch_norm_legit_no_training.default': batchNorm,
  'aten.avg_pool2d.default': pool(XnnNodeType.AvgPooling2d),
  'aten.max_pool2d_with_indices.default': pool(XnnNodeType.MaxPooling2d),
  'aten.max_pool2d.default': pool(XnnNodeType.MaxPooling2d),
  'aten.mean.dim': meanDim,
  'aten._softmax.default': softmax,
  'aten.cat.default': cat,
  'aten.permute_copy.default': permute,
  'aten.view_copy.default': reshape,
  'aten.reshape.default': reshape,
  'aten._unsafe_view.default': reshape,
  'executorch_prim.et_view.default': reshape,
  'aten.squeeze_copy.dims': reshape,
  'aten.squeeze_copy.dim': reshape,
  'aten.squeeze_copy.default': reshape,
  'aten.unsqueeze_copy.default': reshape,
  'aten.slice_copy.Tensor': slice,
  'aten.select_copy.int': select,
  'aten.constant_pad_nd.default': constantPad,
  'aten.clone.default': copy,
  'dim_order_ops._clone_dim_order.default': copy,
  'dim_order_ops._to_dim_order_copy.default': copy,
  'aten._to_copy.default': copy,
  'aten.expand_copy.default': noopExpand,
  'aten.upsample_bilinear2d.vec_out': upsampleBilinear,
};
