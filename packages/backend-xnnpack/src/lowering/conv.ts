/**
 * Convolutions (1-D, 2-D, transposed) and inference batch norms, lowered the way ExecuTorch's
 * XNNPACK AOT does: a 1-D convolution runs as a 2-D one on `[N, C, L, 1]` between reshapes, a
 * batch norm that follows a convolution is folded into its filters, and any other batch norm
 * becomes a 1x1 depthwise convolution.
 */
import { type Node, TensorShapeDynamism, type Value } from '@kindling/ir';
import { XNN_INVALID_ID, XnnNodeType } from '../serialization/xnn-graph.js';
import { boolArg, intArg, intListArg, numelOf, permuteData, scalarArg, shapeOf, tensorArg } from './args.js';
import type { LoweringContext, StaticTensor } from './context.js';
import type { CheckContext, OpRule } from './rule.js';

const out0 = (node: Node): Value => node.outputs[0] as Value;
const arg0 = (node: Node): Value => tensorArg(node, 0) as Value;
const isDynamic = (v: Value): boolean => v.type.kind === 'tensor' && v.type.dynamism !== TensorShapeDynamism.STATIC;

/** Geometry of a convolution in 2-D terms (a 1-D one has a width of 1). */
interface ConvGeometry {
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  outputPadding: [number, number];
  groups: number;
  transposed: boolean;
}

/** The 2-D geometry of `aten.convolution` with an input of rank `rank` (3 or 4), or a reason. */
function convGeometry(node: Node): ConvGeometry | string {
  const oneD = shapeOf(arg0(node)).length === 3;
  const pair = (i: number, what: string, fill: number): [number, number] | string => {
    const l = intListArg(node, i);
    if (!l || (l.length !== 1 && l.length !== (oneD ? 1 : 2))) return `${what} must be ${oneD ? 1 : '1 or 2'} integers`;
    if (oneD) return [l[0] as number, fill];
    return l.length === 1 ? [l[0] as number, l[0] as number] : [l[0] as number, l[1] as number];
  };
  const stride = pair(3, 'stride', 1);
  const padding = pair(4, 'padding', 0);
  const dilation = pair(5, 'dilation', 1);
  const transposed = boolArg(node, 6, false);
  if (typeof stride === 'string') return stride;
  if (typeof padding === 'string') return padding;
  if (typeof dilation === 'string') return dilation;
  if (transposed === null) return 'transposed must be a boolean';
  let outputPadding: [number, number] = [0, 0];
  if (transposed) {
    const op = pair(7, 'output_padding', 0);
    if (typeof op === 'string') return op;
    outputPadding = op;
  }
  const groups = intArg(node, 8, 1);
  if (groups === null || groups < 1) return 'groups must be a positive integer';
  return { stride, padding, dilation, outputPadding, groups, transposed };
}

/** A convolution as 2-D data: the filter in PyTorch's layout with a trailing width of 1 for 1-D. */
interface ConvWork {
  x: Value;
  target: Value;
  weight: Float32Array;
  /** `[C_out, C_in/g, kh, kw]`, or `[C_in, C_out/g, kh, kw]` when transposed. */
  wshape: [number, number, number, number];
  bias: Float32Array | null;
  geometry: ConvGeometry;
}

const as4d = (s: readonly number[]): [number, number, number, number] =>
  [s[0], s[1], s[2] ?? 1, s[3] ?? 1] as [number, number, number, number];

/** Writes the XNNPACK convolution for `w`, with NHWC transposes and, below rank 4, reshapes around it. */
function emitConv(L: LoweringContext, w: ConvWork): void {
  const b = L.builder;
  const g = w.geometry;
  const [a0, a1, kh, kw] = w.wshape;
  const cout = g.transposed ? a1 * g.groups : a0;
  const icPerGroup = g.transposed ? a0 / g.groups : a1;
  const depthwise = !g.transposed && g.groups > 1 && icPerGroup === 1;
  let data = w.weight;
  if (g.transposed) {
    // [C_in, C_out/g, kh, kw] to [C_out, C_in/g, kh, kw], group by group.
    data = permuteData(data, [g.groups, icPerGroup, a1, kh * kw], [0, 2, 1, 3]);
  }
  const oihw: [number, number, number, number] = [cout, icPerGroup, kh, kw];
  const filter = depthwise
    ? L.constant([1, kh, kw, cout], permuteData(data, oihw, [1, 2, 3, 0]))
    : L.constant([cout, kh, kw, icPerGroup], permuteData(data, oihw, [0, 2, 3, 1]));
  const ib = w.bias ? L.constant([cout], w.bias) : XNN_INVALID_ID;

  const inShape = shapeOf(w.x);
  const outShape = shapeOf(w.target);
  let ix: number;
  let output: (id: number) => void;
  let iy: number;
  if (inShape.length === 4) {
    ix = L.tensor(w.x, 'nhwc');
    iy = L.output(w.target, 'nhwc');
    output = () => {};
  } else {
    // [N, C, L] (or [N, C]) is [N, C, L, 1] in NCHW: reshape, then transpose to NHWC.
    const [n, c, h, wd] = as4d(inShape);
    const r = b.addValue([n, c, h, wd]);
    b.addNode(XnnNodeType.StaticReshape, [L.tensor(w.x)], [r], {
      attrs: { kind: 'reshape', newShape: [n, c, h, wd] },
    });
    ix = b.addValue([n, h, wd, c]);
    b.addNode(XnnNodeType.StaticTranspose, [r], [ix], { attrs: { kind: 'transpose', perm: [0, 2, 3, 1] } });
    const [on, oc, oh, ow] = as4d(outShape);
    iy = b.addValue([on, oh, ow, oc]);
    output = (y) => {
      const t = b.addValue([on, oc, oh, ow]);
      b.addNode(XnnNodeType.StaticTranspose, [y], [t], { attrs: { kind: 'transpose', perm: [0, 3, 1, 2] } });
      b.addNode(XnnNodeType.StaticReshape, [t], [L.output(w.target)], {
        attrs: { kind: 'reshape', newShape: [...outShape] },
      });
    };
  }
  const [ph, pw] = g.padding;
  b.addNode(
    depthwise ? XnnNodeType.DepthwiseConv2d : g.transposed ? XnnNodeType.ConvTranspose2d : XnnNodeType.Conv2d,
    [ix, filter, ib],
    [iy],
    {
      attrs: {
        kind: 'conv',
        conv: {
          paddingTop: ph,
          paddingRight: pw,
          paddingBottom: ph,
          paddingLeft: pw,
          kernelHeight: kh,
          kernelWidth: kw,
          subsamplingHeight: g.stride[0],
          subsamplingWidth: g.stride[1],
          dilationHeight: g.dilation[0],
          dilationWidth: g.dilation[1],
          groupInputChannels: icPerGroup,
          groupOutputChannels: cout / g.groups,
          groups: g.groups,
          adjustmentHeight: g.outputPadding[0],
          adjustmentWidth: g.outputPadding[1],
        },
      },
    },
  );
  output(iy);
}

export const conv: OpRule = {
  emits: [
    XnnNodeType.Conv2d,
    XnnNodeType.DepthwiseConv2d,
    XnnNodeType.ConvTranspose2d,
    XnnNodeType.StaticReshape,
    XnnNodeType.StaticTranspose,
  ],
  dynamic: true,
  check(node, ctx) {
    const x = arg0(node);
    const rank = shapeOf(x).length;
    const w = tensorArg(node, 1);
    if (rank !== 3 && rank !== 4) return 'only 1-D and 2-D convolutions (3-D or 4-D input) are supported';
    if (rank === 3 && (isDynamic(x) || isDynamic(out0(node)))) return 'a 1-D convolution with a dynamic shape';
    if (!w || shapeOf(w).length !== rank) return `weight is not ${rank}-D`;
    if (!ctx.staticOf(w)) return 'weight is not a constant';
    const g = convGeometry(node);
    if (typeof g === 'string') return g;
    if ([...g.stride, ...g.dilation].some((s) => s < 1) || [...g.padding, ...g.outputPadding].some((p) => p < 0))
      return 'stride, dilation and padding must be positive';
    const cin = shapeOf(x)[1] as number;
    const [w0, w1] = shapeOf(w) as [number, number];
    const cout = g.transposed ? w1 * g.groups : w0;
    if (g.transposed ? cin !== w0 || w0 % g.groups !== 0 : cin !== w1 * g.groups || w0 % g.groups !== 0)
      return 'weight does not match input channels and groups';
    if (g.transposed && g.outputPadding.some((p, i) => p >= Math.max(g.stride[i] as number, g.dilation[i] as number)))
      return 'output_padding must be smaller than stride or dilation';
    const b = node.args[2];
    if (b && b.kind !== 'none') {
      const bv = tensorArg(node, 2);
      if (!bv || !ctx.staticOf(bv) || numelOf(shapeOf(bv)) !== cout) return 'bias is not a constant of C_out elements';
    }
    return null;
  },
  lower(node, L) {
    const g = convGeometry(node) as ConvGeometry;
    const w = L.staticOf(tensorArg(node, 1) as Value) as StaticTensor;
    const wshape = as4d(w.shape);
    const bv = tensorArg(node, 2);
    let bias: Float32Array | null = bv ? (L.staticOf(bv) as StaticTensor).data : null;
    let weight = w.data;
    let target = out0(node);
    // A batch norm folded into this convolution: scale the filters, shift the bias.
    const bn = L.absorbed.get(node);
    if (bn) {
      const { scale, shift } = batchNormAffine(bn, L);
      const cout = wshape[0];
      weight = weight.slice();
      const per = weight.length / cout;
      for (let o = 0; o < cout; o++)
        for (let i = 0; i < per; i++) weight[o * per + i] = (weight[o * per + i] as number) * (scale[o] as number);
      const b2 = new Float32Array(cout);
      for (let o = 0; o < cout; o++)
        b2[o] = (bias ? (bias[o] as number) : 0) * (scale[o] as number) + (shift[o] as number);
      bias = b2;
      target = bn.outputs[0] as Value;
    }
    emitConv(L, { x: arg0(node), target, weight, wshape, bias, geometry: g });
  },
};

/**
 * Per-channel scale and shift of an inference batch norm (y = x * scale + shift), computed in
 * double precision like ExecuTorch's decomposition: scale = gamma / sqrt(var + eps),
 * shift = -mean * gamma / sqrt(var + eps) + beta, with eps rounded to float32 first.
 */
function batchNormAffine(node: Node, ctx: CheckContext): { scale: Float32Array; shift: Float32Array } {
  const c = shapeOf(arg0(node))[1] as number;
  const get = (i: number): Float32Array | null => {
    const v = tensorArg(node, i);
    return v ? (ctx.staticOf(v)?.data ?? null) : null;
  };
  const gamma = get(1);
  const beta = get(2);
  const mean = get(3) as Float32Array;
  const variance = get(4) as Float32Array;
  const eps = Math.fround(scalarArg(node, 6) ?? 1e-5);
  const scale = new Float32Array(c);
  const shift = new Float32Array(c);
  for (let i = 0; i < c; i++) {
    const g = gamma ? (gamma[i] as number) : 1;
    const denom = Math.sqrt((variance[i] as number) + eps);
    scale[i] = g / denom;
    shift[i] = (-(mean[i] as number) * g) / denom + (beta ? (beta[i] as number) : 0);
  }
  return { scale, shift };
}

export const batchNorm: OpRule = {
  emits: [XnnNodeType.DepthwiseConv2d, XnnNodeType.StaticReshape, XnnNodeType.StaticTranspose],
  unusedOutputs: true,
  dynamic: true,
  check(node, ctx) {
    const x = arg0(node);
    const rank = shapeOf(x).length;
    if (rank < 2 || rank > 4) return 'only batch norms of 2-D, 3-D or 4-D inputs are supported';
    if (rank < 4 && (isDynamic(x) || isDynamic(out0(node)))) return 'a batch norm below rank 4 with a dynamic shape';
    const c = shapeOf(x)[1] as number;
    for (const [i, what, optional] of [
      [1, 'weight', true],
      [2, 'bias', true],
      [3, 'running_mean', false],
      [4, 'running_var', false],
    ] as const) {
      const a = node.args[i];
      if (optional && (!a || a.kind === 'none')) continue;
      const v = tensorArg(node, i);
      const s = v ? ctx.staticOf(v) : null;
      if (!s || s.data.length !== c) return `${what} is not a constant of ${c} elements`;
    }
    if (typeof scalarArg(node, 6) !== 'number') return 'eps is not a number';
    return null;
  },
  lower(node, L) {
    const x = arg0(node);
    const producer = x.producer;
    if (producer && L.absorbed.get(producer) === node) return; // folded into the convolution
    const { scale, shift } = batchNormAffine(node, L);
    const c = scale.length;
    emitConv(L, {
      x,
      target: out0(node),
      weight: scale,
      wshape: [c, 1, 1, 1],
      bias: shift,
      geometry: {
        stride: [1, 1],
        padding: [0, 0],
        dilation: [1, 1],
        outputPadding: [0, 0],
        groups: c,
        transposed: false,
      },
    });
  },
};

/** Marks batch norms that follow a (not transposed) convolution of the same partition as folded into it. */
export function planFusions(nodes: readonly Node[], L: LoweringContext): void {
  const inside = new Set(nodes);
  for (const n of nodes) {
    if (n.op !== 'aten._native_batch_norm_legit_no_training.default') continue;
    const x = arg0(n);
    const p = x.producer;
    if (!p || p.op !== 'aten.convolution.default' || !inside.has(p) || L.absorbed.has(p)) continue;
    if (boolArg(p, 6, false) !== false) continue;
    if (x.users.length !== 1 || n.graph.outputs.includes(x)) continue;
    if (n.graph.values.some((v) => v.aliasOf === x)) continue;
    L.absorbed.set(p, n);
  }
}
