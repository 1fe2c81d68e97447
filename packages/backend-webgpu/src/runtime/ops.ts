import { VkDataType, type VkTensor, VkValueKind } from '../serialization/vk-graph.js';
import { f32bits, MAX_RANK, type Planner, type PlanTensor } from './plan.js';

/** Plans one operator call: validates its arguments and records its launches. */
type OpPlanner = (p: Planner, args: readonly number[], produced: Set<number>) => void;

function argc(p: Planner, args: readonly number[], n: number): void {
  if (args.length !== n) p.fail(`expects ${n} arguments, got ${args.length}`);
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The output's dims must be `dims` (for input shapes other than the payload's, they become them). */
function expectDims(p: Planner, t: PlanTensor, dims: readonly number[]): void {
  p.resolve(t, dims);
}

/** Row-major strides of `dims` aligned to the last `rank` dimensions; broadcast dimensions get 0. */
function broadcastStrides(p: Planner, t: PlanTensor, out: readonly number[]): number[] {
  const rank = out.length;
  const strides = new Array<number>(MAX_RANK).fill(0);
  let stride = 1;
  for (let i = t.dims.length - 1; i >= 0; i--) {
    const o = rank - (t.dims.length - i);
    const d = t.dims[i]!;
    if (o < 0 || (d !== out[o] && d !== 1)) p.fail(`tensor ${t.id} [${t.dims}] does not broadcast to [${out}]`);
    strides[o] = d === 1 ? 0 : stride;
    stride *= d;
  }
  return strides;
}

function broadcastShape(p: Planner, a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) p.fail(`shapes [${a}] and [${b}] do not broadcast`);
    out.push(da === 1 ? db : da);
  }
  return out;
}

const BINARY: Record<string, number> = {
  'aten.add.Tensor': 0,
  'aten.sub.Tensor': 1,
  'aten.mul.Tensor': 2,
  'aten.div.Tensor': 3,
};

const binary =
  (op: number): OpPlanner =>
  (p, args, produced) => {
    const hasAlpha = op <= 1;
    argc(p, args, hasAlpha ? 4 : 3);
    const a = p.float(args[0]!);
    const b = p.float(args[1]!);
    const alpha = hasAlpha ? p.scalar(args[2]!) : 1;
    const out = p.output(args[args.length - 1]!, produced);
    const dims = broadcastShape(p, a.dims, b.dims);
    expectDims(p, out, dims);
    const sizes = new Array<number>(MAX_RANK).fill(1);
    dims.forEach((d, i) => {
      sizes[i] = d;
    });
    p.dispatch(
      'binary',
      [a.id, b.id, out.id],
      [
        out.numel,
        dims.length,
        f32bits(alpha),
        0,
        ...sizes,
        ...broadcastStrides(p, a, dims),
        ...broadcastStrides(p, b, dims),
      ],
      out.numel,
      { OP: op },
    );
  };

const unary =
  (op: number, extra: number): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, 2 + extra);
    const x = p.float(args[0]!);
    const out = p.output(args[args.length - 1]!, produced);
    expectDims(p, out, x.dims);
    p.dispatch('unary', [x.id, out.id], [out.numel, 0, 0], out.numel, { OP: op });
  };

const gelu: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.float(args[0]!);
  const mode = p.string(args[1]!);
  if (mode !== 'none' && mode !== 'tanh') p.fail(`unknown gelu approximation "${mode}"`);
  const out = p.output(args[2]!, produced);
  expectDims(p, out, x.dims);
  p.dispatch('unary', [x.id, out.id], [out.numel, 0, 0], out.numel, { OP: mode === 'none' ? 1 : 2 });
};

function bound(p: Planner, id: number, fallback: number): number {
  return p.isNull(id) ? fallback : p.scalar(id);
}

const clamp: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const x = p.float(args[0]!);
  const lo = bound(p, args[1]!, Number.NEGATIVE_INFINITY);
  const hi = bound(p, args[2]!, Number.POSITIVE_INFINITY);
  const out = p.output(args[3]!, produced);
  expectDims(p, out, x.dims);
  p.dispatch('unary', [x.id, out.id], [out.numel, f32bits(lo), f32bits(hi)], out.numel, { OP: 3 });
};

const linear: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const x = p.float(args[0]!);
  const w = p.float(args[1]!);
  const hasBias = !p.isNull(args[2]!);
  const bias = hasBias ? p.float(args[2]!) : undefined;
  const out = p.output(args[3]!, produced);
  if (w.dims.length !== 2 || x.dims.length < 1) p.fail('linear needs a 2-D weight and an input of rank >= 1');
  const [n, k] = w.dims as [number, number];
  if (x.dims[x.dims.length - 1] !== k) p.fail(`input [${x.dims}] does not match weight [${w.dims}]`);
  if (bias && !(bias.numel === n && bias.dims.length === 1)) p.fail(`bias [${bias.dims}] does not match ${n} outputs`);
  expectDims(p, out, [...x.dims.slice(0, -1), n]);
  const m = k === 0 ? 0 : x.numel / k;
  const bindings = [x.id, w.id, bias ? bias.id : -1, out.id];
  if (m >= 4 && n >= 4) {
    // 4 rows x 4 features per invocation; rows read 4 values at a time where K allows
    const tiles = Math.ceil(m / 4) * Math.ceil(n / 4);
    if (k % 4 === 0) p.dispatch('linear_vec4', bindings, [m, n, k / 4], tiles, { HAS_BIAS: hasBias ? 1 : 0 });
    else p.dispatch('linear_tiled', bindings, [m, n, k], tiles, { HAS_BIAS: hasBias ? 1 : 0 });
  } else {
    p.dispatch('linear', bindings, [m, n, k], out.numel, { HAS_BIAS: hasBias ? 1 : 0 });
  }
};

/** `aten.mm` (2 tensors), `aten.bmm` (2, batched) and `aten.addmm` (bias, a, b, beta, alpha). */
const matmul =
  (kind: 'mm' | 'bmm' | 'addmm'): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, kind === 'addmm' ? 6 : 3);
    const off = kind === 'addmm' ? 1 : 0;
    const bias = kind === 'addmm' ? p.float(args[0]!) : undefined;
    const a = p.float(args[off]!);
    const b = p.float(args[off + 1]!);
    const beta = kind === 'addmm' ? p.scalar(args[3]!) : 1;
    const alpha = kind === 'addmm' ? p.scalar(args[4]!) : 1;
    const out = p.output(args[args.length - 1]!, produced);
    const rank = kind === 'bmm' ? 3 : 2;
    if (a.dims.length !== rank || b.dims.length !== rank) p.fail(`${kind} needs ${rank}-D operands`);
    const batches = rank === 3 ? a.dims[0]! : 1;
    const [m, k] = a.dims.slice(-2) as [number, number];
    const [k2, n] = b.dims.slice(-2) as [number, number];
    if (k !== k2 || (rank === 3 && b.dims[0] !== batches))
      p.fail(`operands [${a.dims}] and [${b.dims}] do not multiply`);
    expectDims(p, out, rank === 3 ? [batches, m, n] : [m, n]);
    let biasStrides = [0, 0];
    if (bias) {
      const s = broadcastStrides(p, bias, [m, n]);
      biasStrides = [s[0]!, s[1]!];
    }
    p.dispatch(
      'matmul',
      [a.id, b.id, bias ? bias.id : -1, out.id],
      [batches, m, n, k, m * k, k * n, f32bits(alpha), f32bits(beta), ...biasStrides],
      out.numel,
      { HAS_BIAS: bias ? 1 : 0 },
    );
  };

/** `aten._native_batch_norm_legit_no_training`: running statistics, channel dimension 1. */
const batchNorm: OpPlanner = (p, args, produced) => {
  argc(p, args, 8);
  const x = p.float(args[0]!);
  const weight = p.isNull(args[1]!) ? undefined : p.float(args[1]!);
  const bias = p.isNull(args[2]!) ? undefined : p.float(args[2]!);
  const mean = p.float(args[3]!);
  const variance = p.float(args[4]!);
  const eps = p.scalar(args[6]!);
  const outs = p.valueList(args[7]!);
  if (outs.length !== 3) p.fail(`batch norm writes 3 outputs, the list has ${outs.length}`);
  const out = p.output(outs[0]!, produced);
  // The saved statistics are empty in inference; they are produced but never written.
  p.output(outs[1]!, produced);
  p.output(outs[2]!, produced);
  if (x.dims.length < 2) p.fail(`batch norm input [${x.dims}] has no channel dimension`);
  const channels = x.dims[1]!;
  for (const t of [weight, bias, mean, variance]) {
    if (t && t.numel !== channels)
      p.fail(`per-channel tensor ${t.id} has ${t.numel} elements for ${channels} channels`);
  }
  expectDims(p, out, x.dims);
  const inner = x.dims.slice(2).reduce((u, v) => u * v, 1);
  p.dispatch(
    'batch_norm',
    [x.id, weight ? weight.id : -1, bias ? bias.id : -1, mean.id, variance.id, out.id],
    [out.numel, channels, inner, f32bits(eps)],
    inner === 0 ? 0 : out.numel,
    { HAS_WEIGHT: weight ? 1 : 0, HAS_BIAS: bias ? 1 : 0 },
  );
};

function normDim(p: Planner, dim: number, rank: number): number {
  const d = dim < 0 ? dim + rank : dim;
  if (!(d >= 0 && d < Math.max(rank, 1))) p.fail(`dimension ${dim} is out of range for rank ${rank}`);
  return d;
}

const softmax =
  (log: boolean): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, 4);
    const x = p.float(args[0]!);
    const dim = normDim(p, p.int(args[1]!), x.dims.length);
    if (p.bool(args[2]!)) p.fail('half_to_float is not supported');
    const out = p.output(args[3]!, produced);
    expectDims(p, out, x.dims);
    const size = x.dims[dim] ?? 1;
    const inner = x.dims.slice(dim + 1).reduce((a, b) => a * b, 1);
    const outer = x.dims.slice(0, dim).reduce((a, b) => a * b, 1);
    if (size === 0) return;
    p.dispatch('softmax', [x.id, out.id], [outer, size, inner], outer * inner, { LOG: log ? 1 : 0 });
  };

const layerNorm: OpPlanner = (p, args, produced) => {
  argc(p, args, 6);
  const x = p.float(args[0]!);
  const shape = p.ints(args[1]!);
  const weight = p.isNull(args[2]!) ? undefined : p.float(args[2]!);
  const bias = p.isNull(args[3]!) ? undefined : p.float(args[3]!);
  const eps = p.scalar(args[4]!);
  const outs = p.valueList(args[5]!);
  if (outs.length !== 3) p.fail(`native_layer_norm writes 3 outputs, the list has ${outs.length}`);
  if (
    shape.length === 0 ||
    shape.length > x.dims.length ||
    !sameDims(shape, x.dims.slice(x.dims.length - shape.length))
  ) {
    p.fail(`normalized_shape [${shape}] is not a suffix of [${x.dims}]`);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  for (const t of [weight, bias])
    if (t && !sameDims(t.dims, shape)) p.fail(`affine tensor [${t.dims}] is not [${shape}]`);
  const out = p.output(outs[0]!, produced);
  const mean = p.output(outs[1]!, produced);
  const rstd = p.output(outs[2]!, produced);
  expectDims(p, out, x.dims);
  const rows = size === 0 ? 0 : x.numel / size;
  for (const t of [mean, rstd]) {
    if (t.numel !== rows || t.dtype !== out.dtype) p.fail(`statistics output ${t.id} must hold ${rows} floats`);
  }
  if (rows === 0 || size === 0) return;
  p.dispatch(
    'layer_norm',
    [x.id, weight ? weight.id : -1, bias ? bias.id : -1, out.id, mean.id, rstd.id],
    [rows, size, f32bits(eps)],
    rows,
    { HAS_WEIGHT: weight ? 1 : 0, HAS_BIAS: bias ? 1 : 0 },
  );
};

const embedding: OpPlanner = (p, args, produced) => {
  argc(p, args, 6);
  const table = p.float(args[0]!);
  const ids = p.tensor(args[1]!);
  if (ids.dtype === table.dtype) p.fail('embedding indices must be INT32');
  const out = p.output(args[5]!, produced);
  if (table.dims.length !== 2) p.fail(`embedding table [${table.dims}] is not 2-D`);
  const [rows, dim] = table.dims as [number, number];
  expectDims(p, out, [...ids.dims, dim]);
  p.dispatch('embedding', [table.id, ids.id, out.id], [out.numel, dim, rows], dim === 0 ? 0 : out.numel);
};

/**
 * Convolution (`aten.convolution.default`, 10 arguments, or `et_vk.conv_with_clamp.default`, 12),
 * direct or transposed (weight [Cin, Cout / groups, KH, KW], with output padding).
 */
const convolution =
  (withClamp: boolean): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, withClamp ? 12 : 10);
    const x = p.float(args[0]!);
    const w = p.float(args[1]!);
    const bias = p.isNull(args[2]!) ? undefined : p.float(args[2]!);
    const stride = p.ints(args[3]!);
    const padding = p.ints(args[4]!);
    const dilation = p.ints(args[5]!);
    const transposed = p.bool(args[6]!);
    const outputPadding = transposed ? p.ints(args[7]!) : [0, 0];
    const groups = p.int(args[8]!);
    const lo = withClamp ? bound(p, args[9]!, Number.NEGATIVE_INFINITY) : 0;
    const hi = withClamp ? bound(p, args[10]!, Number.POSITIVE_INFINITY) : 0;
    const out = p.output(args[args.length - 1]!, produced);
    if (x.dims.length !== 4 || w.dims.length !== 4)
      p.fail('only 2-D convolution (4-D input and weight) is implemented');
    for (const l of [stride, padding, dilation])
      if (l.length !== 2) p.fail('stride, padding and dilation need 2 values');
    if (outputPadding.length !== 2) p.fail('output padding needs 2 values');
    const [n, cin, h, wd] = x.dims as [number, number, number, number];
    const [w0, w1, kh, kw] = w.dims as [number, number, number, number];
    // direct: [Cout, Cin / groups, ...]; transposed: [Cin, Cout / groups, ...]
    const cout = transposed ? w1 * groups : w0;
    const cinG = transposed ? (groups >= 1 ? w0 / groups : 0) : w1;
    const [sh, sw] = stride as [number, number];
    const [ph, pw] = padding as [number, number];
    const [dh, dw] = dilation as [number, number];
    const [oph, opw] = outputPadding as [number, number];
    if (
      !(
        groups >= 1 &&
        cin % groups === 0 &&
        cout % groups === 0 &&
        cin / groups === cinG &&
        (!transposed || w0 === cin)
      )
    ) {
      p.fail(`groups ${groups} do not match input channels ${cin} and weight [${w.dims}]`);
    }
    if (!(sh >= 1 && sw >= 1 && dh >= 1 && dw >= 1 && ph >= 0 && pw >= 0))
      p.fail('invalid stride, padding or dilation');
    // ATen: each output padding below its stride or its dilation
    if (!(oph >= 0 && opw >= 0 && (oph < sh || oph < dh) && (opw < sw || opw < dw)))
      p.fail(`invalid output padding [${outputPadding}]`);
    const oh = transposed
      ? (h - 1) * sh - 2 * ph + dh * (kh - 1) + oph + 1
      : Math.floor((h + 2 * ph - dh * (kh - 1) - 1) / sh) + 1;
    const ow = transposed
      ? (wd - 1) * sw - 2 * pw + dw * (kw - 1) + opw + 1
      : Math.floor((wd + 2 * pw - dw * (kw - 1) - 1) / sw) + 1;
    if (!(oh >= 0 && ow >= 0)) p.fail('the kernel is larger than the padded input');
    if (bias && bias.numel !== cout) p.fail(`bias has ${bias.numel} elements for ${cout} channels`);
    expectDims(p, out, [n, cout, oh, ow]);
    const bindings = [x.id, w.id, bias ? bias.id : -1, out.id];
    const flags = { HAS_BIAS: bias ? 1 : 0, CLAMP: withClamp ? 1 : 0 };
    const shape = { KH: kh, KW: kw, SH: sh, SW: sw, PH: ph, PW: pw, DH: dh, DW: dw };
    const bounds = [f32bits(lo), f32bits(hi)];
    if (!transposed && groups === cin && cinG === 1) {
      // depthwise: 4 output columns of one channel per invocation
      const invocations = n * cout * oh * Math.ceil(ow / 4);
      const params = [n, cin, h, wd, cout, oh, ow, groups, ...bounds];
      p.dispatch('conv2d_dw', bindings, params, invocations, { ...flags, ...shape });
      return;
    }
    const pointwise = kh === 1 && kw === 1 && sh === 1 && sw === 1 && ph === 0 && pw === 0;
    if (!transposed && pointwise && groups === 1 && cout % 4 === 0 && cin % 4 === 0 && (h * wd) % 4 === 0) {
      // a product of [Cout, Cin] and [Cin, H * W] read 4 values at a time
      const invocations = n * (cout / 4) * ((h * wd) / 4);
      const params = [n, cin / 4, (h * wd) / 4, cout, ...bounds];
      p.dispatch('conv2d_pw', bindings, params, invocations, flags);
      return;
    }
    if (!transposed && (cout / groups) % 4 === 0) {
      // 4 output channels x 4 output columns per invocation; a pointwise convolution is one row of
      // H * W columns (the same elements in the same order)
      const [rows, cols, outRows, outCols] = pointwise ? [1, h * wd, 1, oh * ow] : [h, wd, oh, ow];
      const invocations = n * (cout / 4) * outRows * Math.ceil(outCols / 4);
      const params = [n, cin, rows, cols, cout, outRows, outCols, groups, ...bounds];
      p.dispatch('conv2d_tiled', bindings, params, invocations, { ...flags, ...shape });
      return;
    }
    p.dispatch(
      transposed ? 'conv_transpose2d' : 'conv2d',
      [x.id, w.id, bias ? bias.id : -1, out.id],
      [n, cin, h, wd, cout, oh, ow, kh, kw, sh, sw, ph, pw, dh, dw, groups, f32bits(lo), f32bits(hi)],
      out.numel,
      { HAS_BIAS: bias ? 1 : 0, CLAMP: withClamp ? 1 : 0 },
    );
  };

/**
 * View-like copies of contiguous data: the output shares the input's buffer. `shape` gives the
 * output's dims for input shapes other than the payload's (the input's own by default).
 */
const alias =
  (min: number, max: number, shape?: AliasShape): OpPlanner =>
  (p, args, produced) => {
    if (args.length < min || args.length > max) p.fail(`expects ${min} to ${max} arguments, got ${args.length}`);
    const x = p.tensor(args[0]!);
    const out = p.output(args[args.length - 1]!, produced);
    if (p.resizing) expectDims(p, out, shape ? shape(p, x, args) : x.dims);
    if (out.numel !== x.numel || out.dtype !== x.dtype)
      p.fail(`output ${out.id} does not hold input ${x.id}'s elements`);
    out.alias = x.alias ?? x.id;
  };

const arange: OpPlanner = (p, args, produced) => {
  argc(p, args, 8);
  const start = p.scalar(args[0]!);
  const end = p.scalar(args[1]!);
  const step = p.scalar(args[2]!);
  if (step === 0 || !Number.isFinite(start + end + step)) p.fail('invalid arange bounds');
  const count = Math.max(0, Math.ceil((end - start) / step));
  const outId = args[7]!;
  const outValue = p.value(outId);
  if (outValue.kind !== VkValueKind.Tensor) p.fail(`arange output ${outId} is invalid`);
  p.reserveFill(count);
  const isInt = (outValue as VkTensor).dtype === VkDataType.Int32;
  const data = isInt ? new Int32Array(count) : new Float32Array(count);
  for (let i = 0; i < count; i++) data[i] = start + i * step;
  p.filled(outId, data, produced);
};

/** Row-major strides of `dims`. */
function stridesOf(dims: readonly number[]): number[] {
  const s = new Array<number>(dims.length).fill(1);
  for (let i = dims.length - 2; i >= 0; i--) s[i] = s[i + 1]! * dims[i + 1]!;
  return s;
}

const pad8 = (xs: readonly number[], fill: number): number[] => [...xs, ...new Array<number>(8 - xs.length).fill(fill)];

/** Copies `sizes` elements of x (from `xOffset`, strides `xStrides`) into out (`outOffset`, `outStrides`). */
function stridedCopy(
  p: Planner,
  x: PlanTensor,
  out: PlanTensor,
  sizes: readonly number[],
  xOffset: number,
  xStrides: readonly number[],
  outOffset: number,
  outStrides: readonly number[],
): void {
  const count = sizes.reduce((a, b) => a * b, 1);
  p.dispatch(
    'strided_copy',
    [x.id, out.id],
    [count, sizes.length, xOffset, outOffset, ...pad8(sizes, 1), ...pad8(xStrides, 0), ...pad8(outStrides, 0)],
    count,
  );
}

const permute: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.float(args[0]!);
  const perm = p.ints(args[1]!).map((d) => normDim(p, d, x.dims.length));
  const out = p.output(args[2]!, produced);
  if (perm.length !== x.dims.length || new Set(perm).size !== perm.length) p.fail(`[${perm}] is not a permutation`);
  const xs = stridesOf(x.dims);
  const sizes = perm.map((d) => x.dims[d]!);
  expectDims(p, out, sizes);
  stridedCopy(
    p,
    x,
    out,
    sizes,
    0,
    perm.map((d) => xs[d]!),
    0,
    stridesOf(sizes),
  );
};

const cat: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const inputs = p.valueList(args[0]!).map((id) => p.float(id));
  const out = p.output(args[2]!, produced);
  if (inputs.length === 0) p.fail('cat of no tensors');
  const rank = out.dims.length;
  const dim = normDim(p, p.int(args[1]!), rank);
  let at = 0;
  const os = stridesOf(out.dims);
  for (const x of inputs) {
    // a 1-D empty tensor is skipped, as ATen does
    if (x.dims.length === 1 && x.dims[0] === 0) continue;
    if (x.dims.length !== rank || x.dims.some((d, i) => i !== dim && d !== out.dims[i])) {
      p.fail(`cat input [${x.dims}] does not fit output [${out.dims}] along ${dim}`);
    }
    if (x.numel > 0) stridedCopy(p, x, out, x.dims, 0, stridesOf(x.dims), at * os[dim]!, os);
    at += x.dims[dim]!;
  }
  if (at !== out.dims[dim]) p.fail(`cat inputs add up to ${at} along ${dim}, the output has ${out.dims[dim]}`);
};

function optionalInt(p: Planner, id: number, fallback: number): number {
  return p.isNull(id) ? fallback : p.intSaturating(id);
}

const slice: OpPlanner = (p, args, produced) => {
  argc(p, args, 6);
  const x = p.float(args[0]!);
  const dim = normDim(p, p.int(args[1]!), x.dims.length);
  const size = x.dims[dim]!;
  const step = p.int(args[4]!);
  if (step < 1) p.fail(`slice step ${step} must be positive`);
  const clampIndex = (v: number) => Math.min(Math.max(v < 0 ? v + size : v, 0), size);
  const start = clampIndex(optionalInt(p, args[2]!, 0));
  const end = Math.max(start, clampIndex(optionalInt(p, args[3]!, size)));
  const out = p.output(args[5]!, produced);
  const sizes = x.dims.map((d, i) => (i === dim ? Math.ceil((end - start) / step) : d));
  expectDims(p, out, sizes);
  const xs = stridesOf(x.dims);
  if (out.numel === 0) return;
  stridedCopy(
    p,
    x,
    out,
    sizes,
    start * xs[dim]!,
    xs.map((s, i) => (i === dim ? s * step : s)),
    0,
    stridesOf(sizes),
  );
};

const selectOp: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const x = p.float(args[0]!);
  const dim = normDim(p, p.int(args[1]!), x.dims.length);
  const size = x.dims[dim]!;
  let index = p.int(args[2]!);
  if (index < 0) index += size;
  if (!(index >= 0 && index < size)) p.fail(`index ${index} is out of range for size ${size}`);
  const out = p.output(args[3]!, produced);
  const sizes = x.dims.filter((_, i) => i !== dim);
  expectDims(p, out, sizes);
  const xs = stridesOf(x.dims);
  if (out.numel === 0) return;
  stridedCopy(
    p,
    x,
    out,
    sizes,
    index * xs[dim]!,
    xs.filter((_, i) => i !== dim),
    0,
    stridesOf(sizes),
  );
};

const expand: OpPlanner = (p, args, produced) => {
  if (args.length !== 3 && args.length !== 4) p.fail(`expects 3 or 4 arguments, got ${args.length}`);
  const x = p.float(args[0]!);
  const want = p.ints(args[1]!);
  const out = p.output(args[args.length - 1]!, produced);
  if (want.length < x.dims.length) p.fail(`cannot expand [${x.dims}] to ${want.length} dimensions`);
  const lead = want.length - x.dims.length;
  const sizes = want.map((d, i) => (d === -1 && i >= lead ? x.dims[i - lead]! : d));
  const xs = stridesOf(x.dims);
  const strides = sizes.map((d, i) => {
    if (i < lead) return 0;
    const xd = x.dims[i - lead]!;
    if (xd !== d && xd !== 1) p.fail(`cannot expand [${x.dims}] to [${want}]`);
    return xd === 1 ? 0 : xs[i - lead]!;
  });
  expectDims(p, out, sizes);
  if (out.numel === 0) return;
  stridedCopy(p, x, out, sizes, 0, strides, 0, stridesOf(sizes));
};

/** Reductions: `mean.dim` / `sum.dim_IntList` (x, dims, keepdim, dtype) and `amax` / `amin` (x, dims, keepdim). */
const reduce =
  (op: number, count: number): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, count + 1);
    const x = p.float(args[0]!);
    const rank = x.dims.length;
    const listed = p.isNull(args[1]!) ? [] : p.ints(args[1]!).map((d) => normDim(p, d, rank));
    const dims = new Set(listed.length === 0 ? x.dims.map((_, i) => i) : listed);
    if (dims.size !== (listed.length || rank)) p.fail('a dimension is reduced twice');
    const keep = p.bool(args[2]!);
    if (count === 4 && !p.isNull(args[3]!)) p.fail('a dtype argument is not supported');
    const out = p.output(args[count]!, produced);
    const xs = stridesOf(x.dims);
    const kept = x.dims.map((_, i) => i).filter((i) => !dims.has(i));
    const red = [...dims].sort((a, b) => a - b);
    expectDims(p, out, keep ? x.dims.map((d, i) => (dims.has(i) ? 1 : d)) : kept.map((i) => x.dims[i]!));
    const reducedCount = red.reduce((a, i) => a * x.dims[i]!, 1);
    if (reducedCount === 0 && op >= 2) p.fail('amax/amin of an empty dimension');
    p.dispatch(
      'reduce',
      [x.id, out.id],
      [
        out.numel,
        reducedCount,
        kept.length,
        red.length,
        ...pad8(
          kept.map((i) => x.dims[i]!),
          1,
        ),
        ...pad8(
          kept.map((i) => xs[i]!),
          0,
        ),
        ...pad8(
          red.map((i) => x.dims[i]!),
          1,
        ),
        ...pad8(
          red.map((i) => xs[i]!),
          0,
        ),
      ],
      out.numel,
      { OP: op },
    );
  };

/** Output size of a pooling window along one dimension (ATen's rule, ceil mode included). */
function pooledSize(p: Planner, size: number, k: number, s: number, pad: number, d: number, ceil: boolean): number {
  if (!(k >= 1 && s >= 1 && d >= 1 && pad >= 0 && 2 * pad <= k)) p.fail('invalid pooling window');
  const span = size + 2 * pad - d * (k - 1) - 1;
  let out = Math.floor((ceil ? span + s - 1 : span) / s) + 1;
  if (ceil && (out - 1) * s >= size + pad) out--;
  if (out < 1) p.fail('the pooling window is larger than the padded input');
  return out;
}

function pair(p: Planner, id: number, fallback?: readonly number[]): [number, number] {
  const v = p.ints(id);
  const l = v.length === 0 && fallback ? fallback : v;
  if (l.length === 1) return [l[0]!, l[0]!];
  if (l.length !== 2) p.fail(`value ${id} must hold 1 or 2 integers`);
  return [l[0]!, l[1]!];
}

/** `max_pool2d` (6 args) and `max_pool2d_with_indices` (indices not computed), `avg_pool2d` (7 args). */
const pool2d =
  (kind: 'max' | 'max_indices' | 'avg'): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, kind === 'avg' ? 8 : 7);
    const x = p.float(args[0]!);
    if (x.dims.length !== 4 && x.dims.length !== 3) p.fail(`pooling input [${x.dims}] is not 3-D or 4-D`);
    const [kh, kw] = pair(p, args[1]!);
    const [sh, sw] = pair(p, args[2]!, [kh, kw]);
    const [ph, pw] = pair(p, args[3]!);
    const [dh, dw] = kind === 'avg' ? [1, 1] : pair(p, args[4]!);
    const ceil = p.bool(args[kind === 'avg' ? 4 : 5]!);
    const countPad = kind === 'avg' ? p.bool(args[5]!) : true;
    const divisor = kind === 'avg' && !p.isNull(args[6]!) ? p.int(args[6]!) : 0;
    if (divisor < 0 || divisor > 2 ** 31 - 1) p.fail(`divisor ${divisor} is out of range`);
    const h = x.dims[x.dims.length - 2]!;
    const w = x.dims[x.dims.length - 1]!;
    const oh = pooledSize(p, h, kh, sh, ph, dh, ceil);
    const ow = pooledSize(p, w, kw, sw, pw, dw, ceil);
    const last = args[args.length - 1]!;
    let out: PlanTensor;
    if (kind === 'max_indices') {
      const outs = p.valueList(last);
      if (outs.length !== 2) p.fail('max_pool2d_with_indices writes 2 outputs');
      out = p.output(outs[0]!, produced);
      // The indices are not computed: reading them later fails validation (never written).
    } else {
      out = p.output(last, produced);
    }
    const planes = x.numel / (h * w || 1);
    expectDims(p, out, [...x.dims.slice(0, -2), oh, ow]);
    p.dispatch(
      'pool2d',
      [x.id, out.id],
      [planes, h, w, oh, ow, kh, kw, sh, sw, ph, pw, dh, dw, countPad ? 1 : 0, divisor],
      out.numel,
      { MAX: kind === 'avg' ? 0 : 1 },
    );
  };

/**
 * `_to_copy` / `_to_dim_order_copy`: the output's element type decides (int32 and float32 convert,
 * the same type shares the buffer). A dim order other than the contiguous one is not supported.
 */
const toCopy =
  (count: number, dimOrder: boolean): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, count);
    const x = p.tensor(args[0]!);
    if (dimOrder) {
      const order = p.isNull(args[6]!) ? [] : p.ints(args[6]!);
      if (order.some((d, i) => d !== i)) p.fail(`dim order [${order}] is not supported`);
    }
    const out = p.output(args[count - 1]!, produced);
    if (out.numel !== x.numel) p.fail(`output ${out.id} does not hold input ${x.id}'s elements`);
    if (out.dtype === x.dtype) {
      out.alias = x.alias ?? x.id;
      return;
    }
    const mode = x.dtype === VkDataType.Int32 ? 0 : 1;
    p.dispatch('cast', [x.id, out.id], [out.numel], out.numel, { MODE: mode });
  };

/** `where.self` (cond, a, b) with broadcasting of all three. */
const where: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const cond = p.boolTensor(args[0]!);
  const a = p.float(args[1]!);
  const b = p.float(args[2]!);
  const out = p.output(args[3]!, produced);
  const dims = broadcastShape(p, broadcastShape(p, cond.dims, a.dims), b.dims);
  expectDims(p, out, dims);
  p.dispatch(
    'where',
    [cond.id, a.id, b.id, out.id],
    [
      out.numel,
      dims.length,
      0,
      0,
      ...pad8(dims, 1),
      ...broadcastStrides(p, cond, dims),
      ...broadcastStrides(p, a, dims),
      ...broadcastStrides(p, b, dims),
    ],
    out.numel,
  );
};

/** `<cmp>.Scalar` (x, scalar): a BOOL tensor. */
const compareScalar =
  (op: number): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, 3);
    const x = p.tensor(args[0]!);
    if (x.dtype === VkDataType.Bool) p.fail('comparison of a BOOL tensor is not supported');
    const scalar = p.scalar(args[1]!);
    const out = p.output(args[2]!, produced);
    if (out.dtype !== VkDataType.Bool) p.fail(`comparison output ${out.id} must be BOOL`);
    expectDims(p, out, x.dims);
    p.dispatch('logic', [x.id, out.id], [out.numel, f32bits(scalar)], out.numel, {
      OP: op,
      INT_INPUT: x.dtype === VkDataType.Int32 ? 1 : 0,
    });
  };

/** `pow.Tensor_Scalar` (x, exponent). */
const powScalar: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.float(args[0]!);
  const exponent = p.scalar(args[1]!);
  const out = p.output(args[2]!, produced);
  expectDims(p, out, x.dims);
  p.dispatch('unary', [x.id, out.id], [out.numel, f32bits(exponent), 0], out.numel, { OP: 8 });
};

const logicalNot: OpPlanner = (p, args, produced) => {
  argc(p, args, 2);
  const x = p.boolTensor(args[0]!);
  const out = p.output(args[1]!, produced);
  if (out.dtype !== VkDataType.Bool) p.fail(`logical_not output ${out.id} must be BOOL`);
  expectDims(p, out, x.dims);
  p.dispatch('logic', [x.id, out.id], [out.numel, 0], out.numel, { OP: 6 });
};

/** `full_like` (x, value, dtype, layout, device, pin_memory, memory_format): filled once at load. */
const fullLike: OpPlanner = (p, args, produced) => {
  argc(p, args, 8);
  const x = p.tensor(args[0]!);
  const value = p.scalar(args[1]!);
  const outId = args[7]!;
  const outValue = p.value(outId);
  if (outValue.kind !== VkValueKind.Tensor) p.fail(`full_like output ${outId} is not a tensor`);
  const out = outValue as VkTensor;
  // for other input shapes the buffer (filled at init for the payload's shape) keeps its values
  if (out.dims.length !== x.dims.length || (!p.resizing && out.dims.some((d, i) => d !== x.dims[i]))) {
    p.fail(`full_like output [${out.dims}] is not the shape of [${x.dims}]`);
  }
  const count = out.dims.reduce((a, b) => a * b, 1);
  p.reserveFill(count);
  const data = out.dtype === VkDataType.Int32 ? new Int32Array(count).fill(value) : new Float32Array(count).fill(value);
  expectDims(p, p.filled(outId, data, produced), x.dims);
};

// --- dynamic shapes and the tiny Llama's nodes (sym_size, et_vk.rms_norm; its index.Tensor and <cmp>.Tensor are the general ones below) ---

/** The output dims of a view-like node for input shapes other than the payload's. */
type AliasShape = (p: Planner, x: PlanTensor, args: readonly number[]) => readonly number[];

/** `view_copy` (x, sizes): the sizes list, Int and SymInt values, one of them -1 (inferred) at most. */
const viewShape: AliasShape = (p, x, args) => {
  const sizes = p.sizes(args[1]!);
  const unknown = sizes.filter((d) => d === -1).length;
  if (unknown > 1 || sizes.some((d) => d < -1)) p.fail(`view sizes [${sizes}] are invalid`);
  const known = sizes.reduce((a, d) => (d === -1 ? a : a * d), 1);
  if (unknown === 0) return sizes;
  if (known === 0 || x.numel % known !== 0) p.fail(`view sizes [${sizes}] do not fit ${x.numel} elements`);
  return sizes.map((d) => (d === -1 ? x.numel / known : d));
};

/** `squeeze_copy.dims` (x, dims): the listed dimensions of size 1 are removed. */
const squeezeShape: AliasShape = (p, x, args) => {
  const dims = new Set(p.ints(args[1]!).map((d) => normDim(p, d, x.dims.length)));
  return x.dims.filter((d, i) => !(dims.has(i) && d === 1));
};

/** `unsqueeze_copy` (x, dim): a dimension of size 1 is inserted at `dim` (of the output's rank). */
const unsqueezeShape: AliasShape = (p, x, args) => {
  const dim = normDim(p, p.int(args[1]!), x.dims.length + 1);
  return [...x.dims.slice(0, dim), 1, ...x.dims.slice(dim)];
};

/** `sym_size.int` (x, dim, out): a symbolic integer takes the size of one of x's dimensions. */
const symSize: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.tensor(args[0]!);
  const dim = normDim(p, p.int(args[1]!), x.dims.length);
  p.setSymInt(args[2]!, x.dims[dim]!, produced);
};

/** `et_vk.rms_norm` (x, weight, eps, out): x / sqrt(mean(x^2 over the last dim) + eps) * weight. */
const rmsNorm: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const x = p.float(args[0]!);
  const weight = p.float(args[1]!);
  const eps = p.scalar(args[2]!);
  const out = p.output(args[3]!, produced);
  if (x.dims.length < 1) p.fail('rms_norm needs an input of rank >= 1');
  const size = x.dims[x.dims.length - 1]!;
  if (weight.dims.length !== 1 || weight.numel !== size) p.fail(`weight [${weight.dims}] does not match ${size}`);
  expectDims(p, out, x.dims);
  const rows = size === 0 ? 0 : x.numel / size;
  p.dispatch('rms_norm', [x.id, weight.id, out.id], [rows, size, f32bits(eps)], rows);
};

/** Unary math (x): the kernel gets NaN and -infinity for the results WGSL leaves undefined. */
const mathUnary =
  (op: number): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, 2);
    const x = p.float(args[0]!);
    const out = p.output(args[1]!, produced);
    expectDims(p, out, x.dims);
    p.dispatch('unary', [x.id, out.id], [out.numel, f32bits(Number.NaN), f32bits(-Infinity)], out.numel, { OP: op });
  };

/** `leaky_relu` (x, negative_slope). */
const leakyRelu: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.float(args[0]!);
  const slope = p.scalar(args[1]!);
  const out = p.output(args[2]!, produced);
  expectDims(p, out, x.dims);
  p.dispatch('unary', [x.id, out.id], [out.numel, f32bits(slope), 0], out.numel, { OP: 16 });
};

/**
 * Element-wise boolean results of two tensors with broadcasting: `<cmp>.Tensor` (float32 or int32
 * operands of one type) and, with `logical`, `logical_and/or` and `bitwise_and/or.Tensor` of BOOL
 * tensors.
 */
const compareTensor =
  (op: number, logical: boolean): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, 3);
    const a = logical ? p.boolTensor(args[0]!) : p.tensor(args[0]!);
    const b = logical ? p.boolTensor(args[1]!) : p.tensor(args[1]!);
    if (!logical && (a.dtype === VkDataType.Bool || a.dtype !== b.dtype))
      p.fail(`comparison operands ${a.id} and ${b.id} must both be FLOAT32 or both INT32`);
    const out = p.output(args[2]!, produced);
    if (out.dtype !== VkDataType.Bool) p.fail(`output ${out.id} must be BOOL`);
    const dims = broadcastShape(p, a.dims, b.dims);
    expectDims(p, out, dims);
    p.dispatch(
      'compare',
      [a.id, b.id, out.id],
      [
        out.numel,
        dims.length,
        0,
        0,
        ...pad8(dims, 1),
        ...broadcastStrides(p, a, dims),
        ...broadcastStrides(p, b, dims),
      ],
      out.numel,
      { OP: op, INT_INPUT: a.dtype === VkDataType.Int32 ? 1 : 0 },
    );
  };

const LLAMA_OPERATORS: Readonly<Record<string, OpPlanner>> = {
  'sym_size.int': symSize,
  'et_vk.rms_norm.default': rmsNorm,
};

// --- end of the dynamic-shape and tiny Llama block ---

// --- 4-bit weights (et_vk.linear_q4gsw) ---

/**
 * `et_vk.linear_q4gsw` (x, weights, scales, group size, bias?, out): weights UINT8 [N, Kp / 2]
 * (two signed 4-bit values a byte, offset by 8, K padded to Kp), scales FLOAT32 [K / group, N].
 */
const linearQ4gsw: OpPlanner = (p, args, produced) => {
  argc(p, args, 6);
  const x = p.float(args[0]!);
  const w = p.packed(args[1]!);
  const scales = p.float(args[2]!);
  const group = p.int(args[3]!);
  const bias = p.isNull(args[4]!) ? undefined : p.float(args[4]!);
  const out = p.output(args[5]!, produced);
  if (x.dims.length < 1 || w.dims.length !== 2) p.fail('linear_q4gsw needs 2-D weights and an input of rank >= 1');
  const k = x.dims[x.dims.length - 1]!;
  const [n, rowBytes] = w.dims as [number, number];
  if (!(group >= 1 && k % group === 0)) p.fail(`group size ${group} does not divide K = ${k}`);
  if (2 * rowBytes < k) p.fail(`weights [${w.dims}] hold fewer than K = ${k} values a row`);
  if (!sameDims(scales.dims, [k / group, n])) p.fail(`scales [${scales.dims}] are not [${k / group}, ${n}]`);
  if (bias && !(bias.dims.length === 1 && bias.numel === n)) p.fail(`bias [${bias.dims}] does not match ${n} outputs`);
  expectDims(p, out, [...x.dims.slice(0, -1), n]);
  const m = k === 0 ? 0 : x.numel / k;
  p.dispatch(
    'linear_q4gsw',
    [x.id, w.id, scales.id, bias ? bias.id : -1, out.id],
    [m, n, k, group, rowBytes],
    out.numel,
    { HAS_BIAS: bias ? 1 : 0 },
  );
};

const Q4_OPERATORS: Readonly<Record<string, OpPlanner>> = {
  'et_vk.linear_q4gsw.default': linearQ4gsw,
};

// --- end of the 4-bit weights block ---
/**
 * `upsample_nearest2d.vec` (x, output_size, scale_factors) and `upsample_bilinear2d.vec` (x,
 * output_size, align_corners, scale_factors): exactly one of the size and the scales is given.
 */
const upsample2d =
  (bilinear: boolean): OpPlanner =>
  (p, args, produced) => {
    argc(p, args, bilinear ? 5 : 4);
    const x = p.float(args[0]!);
    const sizeId = args[1]!;
    const align = bilinear ? p.bool(args[2]!) : false;
    const scalesId = args[bilinear ? 3 : 2]!;
    const out = p.output(args[args.length - 1]!, produced);
    if (x.dims.length !== 4) p.fail(`upsampling input [${x.dims}] is not 4-D`);
    const [n, c, h, w] = x.dims as [number, number, number, number];
    if (h < 1 || w < 1) p.fail(`upsampling input [${x.dims}] is empty`);
    let factors: readonly number[] | undefined;
    let size: [number, number];
    if (!p.isNull(sizeId)) {
      if (!p.isNull(scalesId)) p.fail('both an output size and scale factors are given');
      const l = p.ints(sizeId);
      if (l.length !== 2) p.fail(`output size ${sizeId} must hold 2 integers`);
      size = [l[0]!, l[1]!];
    } else {
      const v = p.value(scalesId);
      const list = v.kind === VkValueKind.DoubleList ? v.value : [];
      if (list.length !== 2) p.fail(`scale factors ${scalesId} must be 2 doubles`);
      if (!list.every((f) => f > 0 && Number.isFinite(f))) p.fail(`scale factors [${list}] must be positive`);
      factors = list;
      size = [Math.floor(h * list[0]!), Math.floor(w * list[1]!)];
    }
    const [oh, ow] = size;
    if (!(oh >= 1 && ow >= 1)) p.fail(`output size [${size}] must be positive`);
    expectDims(p, out, [n, c, oh, ow]);
    // output-to-input scales, in float32 as ATen computes them
    const scale = (i: number, inSize: number, outSize: number): number => {
      if (align) return outSize > 1 ? Math.fround((inSize - 1) / (outSize - 1)) : 0;
      return Math.fround(factors ? 1 / factors[i]! : inSize / outSize);
    };
    p.dispatch(
      'upsample',
      [x.id, out.id],
      [out.numel, h, w, oh, ow, f32bits(scale(0, h, oh)), f32bits(scale(1, w, ow))],
      out.numel,
      { BILINEAR: bilinear ? 1 : 0, ALIGN_CORNERS: align ? 1 : 0 },
    );
  };

/** `native_group_norm` (x, weight, bias, N, C, HxW, group, eps) writing [out, mean, rstd]. */
const groupNorm: OpPlanner = (p, args, produced) => {
  argc(p, args, 9);
  const x = p.float(args[0]!);
  const weight = p.isNull(args[1]!) ? undefined : p.float(args[1]!);
  const bias = p.isNull(args[2]!) ? undefined : p.float(args[2]!);
  const [n, c, hw, groups] = [3, 4, 5, 6].map((i) => p.int(args[i]!)) as [number, number, number, number];
  const eps = p.scalar(args[7]!);
  const outs = p.valueList(args[8]!);
  if (outs.length !== 3) p.fail(`native_group_norm writes 3 outputs, the list has ${outs.length}`);
  if (x.dims.length < 2) p.fail(`group norm input [${x.dims}] has no channel dimension`);
  const spatial = x.dims.slice(2).reduce((a, b) => a * b, 1);
  if (n !== x.dims[0] || c !== x.dims[1] || hw !== spatial)
    p.fail(`N ${n}, C ${c}, HxW ${hw} do not describe input [${x.dims}]`);
  if (!(groups >= 1 && c % groups === 0)) p.fail(`${groups} groups do not divide ${c} channels`);
  for (const t of [weight, bias]) if (t && !sameDims(t.dims, [c])) p.fail(`affine tensor [${t.dims}] is not [${c}]`);
  const out = p.output(outs[0]!, produced);
  const mean = p.output(outs[1]!, produced);
  const rstd = p.output(outs[2]!, produced);
  expectDims(p, out, x.dims);
  const rows = n * groups;
  for (const t of [mean, rstd]) {
    if (t.numel !== rows || t.dtype !== out.dtype) p.fail(`statistics output ${t.id} must hold ${rows} floats`);
  }
  const perGroup = c / groups;
  if (rows === 0 || perGroup * hw === 0) return;
  p.dispatch(
    'group_norm',
    [x.id, weight ? weight.id : -1, bias ? bias.id : -1, out.id, mean.id, rstd.id],
    [rows, perGroup, hw, groups, f32bits(eps)],
    rows,
    { HAS_WEIGHT: weight ? 1 : 0, HAS_BIAS: bias ? 1 : 0 },
  );
};

/**
 * Reads x along `dim` at the ids: the output's coordinates over `sizes` (x's rank; `sizes[dim]` the
 * ids' count, or the output's extent for a gather, which reads one id per element).
 */
function gatherAlong(
  p: Planner,
  x: PlanTensor,
  ids: PlanTensor,
  out: PlanTensor,
  dim: number,
  sizes: readonly number[],
  perElement: boolean,
): void {
  if (ids.dtype !== VkDataType.Int32) p.fail(`index tensor ${ids.id} must be INT32`);
  if (out.dtype !== x.dtype) p.fail(`output ${out.id} must have the element type of input ${x.id}`);
  if (out.numel === 0) return;
  p.dispatch(
    'gather',
    [x.id, ids.id, out.id],
    [out.numel, sizes.length, dim, x.dims[dim]!, ...pad8(sizes, 1), ...pad8(stridesOf(x.dims), 0)],
    out.numel,
    { PER_ELEMENT: perElement ? 1 : 0 },
  );
}

/** `index_select` (x, dim, ids): ids of rank 0 or 1. */
const indexSelect: OpPlanner = (p, args, produced) => {
  argc(p, args, 4);
  const x = p.tensor(args[0]!);
  if (x.dims.length === 0) p.fail('index_select of a 0-D tensor');
  const dim = normDim(p, p.int(args[1]!), x.dims.length);
  const ids = p.tensor(args[2]!);
  if (ids.dims.length > 1) p.fail(`index_select ids [${ids.dims}] are not 0-D or 1-D`);
  const out = p.output(args[3]!, produced);
  const sizes = x.dims.map((d, i) => (i === dim ? ids.numel : d));
  expectDims(p, out, sizes);
  gatherAlong(p, x, ids, out, dim, sizes, false);
};

/** `gather` (x, dim, ids, sparse_grad): out[..., j, ...] = x[..., ids[..., j, ...], ...]. */
const gatherOp: OpPlanner = (p, args, produced) => {
  argc(p, args, 5);
  const x = p.tensor(args[0]!);
  if (x.dims.length === 0) p.fail('gather of a 0-D tensor');
  const dim = normDim(p, p.int(args[1]!), x.dims.length);
  const ids = p.tensor(args[2]!);
  p.bool(args[3]!);
  const out = p.output(args[4]!, produced);
  if (ids.dims.length !== x.dims.length || ids.dims.some((d, i) => i !== dim && d > x.dims[i]!))
    p.fail(`gather ids [${ids.dims}] do not fit input [${x.dims}] along ${dim}`);
  expectDims(p, out, ids.dims);
  gatherAlong(p, x, ids, out, dim, ids.dims, true);
};

/** `index.Tensor` (x, indices): one index tensor, at any dimension (the others null). */
const indexTensor: OpPlanner = (p, args, produced) => {
  argc(p, args, 3);
  const x = p.tensor(args[0]!);
  const list = p.valueList(args[1]!);
  if (list.length > x.dims.length) p.fail(`${list.length} indices for input [${x.dims}]`);
  const given = list.map((id, i) => [id, i] as const).filter(([id]) => !p.isNull(id));
  if (given.length !== 1) p.fail(`${given.length} index tensors: exactly one is supported`);
  const [idsId, dim] = given[0]!;
  const ids = p.tensor(idsId);
  const out = p.output(args[2]!, produced);
  expectDims(p, out, [...x.dims.slice(0, dim), ...ids.dims, ...x.dims.slice(dim + 1)]);
  const sizes = x.dims.map((d, i) => (i === dim ? ids.numel : d));
  gatherAlong(p, x, ids, out, dim, sizes, false);
};

/** Operators this backend executes, by the name the Vulkan payload gives them. */
export const OPERATORS: Readonly<Record<string, OpPlanner>> = {
  ...Object.fromEntries(Object.entries(BINARY).map(([name, op]) => [name, binary(op)])),
  'aten.relu.default': unary(0, 0),
  'aten.sigmoid.default': unary(4, 0),
  'aten.tanh.default': unary(5, 0),
  'aten.hardswish.default': unary(6, 0),
  'aten.hardsigmoid.default': unary(7, 0),
  'aten.gelu.default': gelu,
  'aten.clamp.default': clamp,
  'aten.hardtanh.default': clamp,
  'aten.exp.default': mathUnary(9),
  'aten.sqrt.default': mathUnary(10),
  'aten.rsqrt.default': mathUnary(11),
  'aten.neg.default': mathUnary(12),
  'aten.abs.default': mathUnary(13),
  'aten.sin.default': mathUnary(14),
  'aten.cos.default': mathUnary(15),
  'aten.leaky_relu.default': leakyRelu,
  'aten.round.default': mathUnary(17),
  'aten.log10.default': mathUnary(18),
  'aten.eq.Tensor': compareTensor(0, false),
  'aten.ne.Tensor': compareTensor(1, false),
  'aten.lt.Tensor': compareTensor(2, false),
  'aten.le.Tensor': compareTensor(3, false),
  'aten.gt.Tensor': compareTensor(4, false),
  'aten.ge.Tensor': compareTensor(5, false),
  'aten.logical_and.default': compareTensor(6, true),
  'aten.logical_or.default': compareTensor(7, true),
  'aten.bitwise_and.Tensor': compareTensor(6, true),
  'aten.bitwise_or.Tensor': compareTensor(7, true),
  'aten.bitwise_not.default': logicalNot,
  'aten.upsample_nearest2d.vec': upsample2d(false),
  'aten.upsample_bilinear2d.vec': upsample2d(true),
  'aten.native_group_norm.default': groupNorm,
  'aten.index_select.default': indexSelect,
  'aten.gather.default': gatherOp,
  'aten.index.Tensor': indexTensor,
  'aten.linear.default': linear,
  'aten.mm.default': matmul('mm'),
  'aten.bmm.default': matmul('bmm'),
  'aten.addmm.default': matmul('addmm'),
  'aten._native_batch_norm_legit_no_training.default': batchNorm,
  'aten._softmax.default': softmax(false),
  'aten._log_softmax.default': softmax(true),
  'aten.native_layer_norm.default': layerNorm,
  'aten.embedding.default': embedding,
  'aten.convolution.default': convolution(false),
  'et_vk.conv_with_clamp.default': convolution(true),
  'aten.view_copy.default': alias(3, 3, viewShape),
  'aten.squeeze_copy.dims': alias(3, 3, squeezeShape),
  'aten.unsqueeze_copy.default': alias(3, 3, unsqueezeShape),
  'aten.clone.default': alias(2, 3),
  'aten.arange.start_step': arange,
  'et_vk.prepack.default': alias(2, 2),
  'dim_order_ops._to_dim_order_copy.default': toCopy(8, true),
  'aten._to_copy.default': toCopy(8, false),
  'dim_order_ops._clone_dim_order.default': alias(2, 4),
  'aten.where.self': where,
  'aten.eq.Scalar': compareScalar(0),
  'aten.ne.Scalar': compareScalar(1),
  'aten.lt.Scalar': compareScalar(2),
  'aten.le.Scalar': compareScalar(3),
  'aten.gt.Scalar': compareScalar(4),
  'aten.ge.Scalar': compareScalar(5),
  'aten.logical_not.default': logicalNot,
  'aten.pow.Tensor_Scalar': powScalar,
  'aten.full_like.default': fullLike,
  'aten.permute_copy.default': permute,
  'aten.cat.default': cat,
  'aten.slice_copy.Tensor': slice,
  'aten.select_copy.int': selectOp,
  'aten.expand_copy.default': expand,
  'aten.mean.dim': reduce(1, 4),
  'aten.sum.dim_IntList': reduce(0, 4),
  'aten.amax.default': reduce(2, 3),
  'aten.amin.default': reduce(3, 3),
  'aten.max_pool2d.default': pool2d('max'),
  'aten.max_pool2d_with_indices.default': pool2d('max_indices'),
  'aten.avg_pool2d.default': pool2d('avg'),
  ...LLAMA_OPERATORS,
  ...Q4_OPERATORS,
};
