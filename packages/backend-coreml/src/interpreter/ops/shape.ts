import { ErrorCode } from '@kindling/core';
import type { MilOp, OpArgs } from '../op-args.js';
import { axisOf, fail, type MilTensor, numbers, numel, stridesOf } from '../tensor.js';

/** A tensor of `x`'s dtype holding `x`'s elements at `index[i]` for each output element i. */
function pick(x: MilTensor, shape: readonly number[], index: (i: number) => number): MilTensor {
  const n = numel(shape);
  if (x.dtype === 'string') return fail('string tensors cannot be reshaped here');
  const src = x.data as Float32Array | Int32Array;
  const out = src instanceof Float32Array ? new Float32Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = src[index(i)] as number;
  return { dtype: x.dtype, shape, data: out };
}

/** `reshape(x, shape)`: 0 keeps the input's dimension, -1 is inferred. */
const reshape: MilOp = (args) => {
  const x = args.tensor('x');
  const want = args.ints('shape');
  const total = numel(x.shape);
  const shape = want.map((d, i) => (d === 0 ? (x.shape[i] ?? args.fail('0 past the input rank')) : d));
  const unknown = shape.filter((d) => d === -1).length;
  if (unknown > 1 || shape.some((d) => d < -1)) args.fail(`shape [${want}] is not a shape`);
  if (unknown === 1) {
    const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    if (known === 0 || total % known !== 0) args.fail(`cannot infer -1 in [${want}] for ${total} elements`);
    shape[shape.indexOf(-1)] = total / known;
  }
  if (numel(shape) !== total) args.fail(`shape [${shape}] does not hold ${total} elements`);
  return [{ ...x, shape }];
};

/** Output index -> input index of a permutation. */
function permuted(x: MilTensor, perm: readonly number[], args: OpArgs): MilTensor {
  const r = x.shape.length;
  if (perm.length !== r || new Set(perm).size !== r) args.fail(`perm [${perm}] is not a permutation of rank ${r}`);
  const p = perm.map((a) => axisOf(a, r));
  const inStrides = stridesOf(x.shape);
  const shape = p.map((a) => x.shape[a] as number);
  const outStrides = stridesOf(shape);
  return pick(x, shape, (i) => {
    let at = 0;
    for (let d = 0; d < r; d++)
      at += (Math.floor(i / (outStrides[d] as number)) % (shape[d] as number)) * (inStrides[p[d] as number] as number);
    return at;
  });
}

const transpose: MilOp = (args) => [permuted(args.tensor('x'), args.ints('perm'), args)];

const concat: MilOp = (args) => {
  const values = args.list('values');
  const first = values[0]!;
  const r = first.shape.length;
  const axis = axisOf(args.int('axis'), r);
  if (args.bool('interleave', false)) args.fail('interleave is not supported', ErrorCode.NotImplemented);
  for (const v of values) {
    if (v.shape.length !== r || v.shape.some((d, i) => i !== axis && d !== first.shape[i]) || v.dtype !== first.dtype) {
      args.fail('values do not match outside the axis');
    }
  }
  const shape = [...first.shape];
  shape[axis] = values.reduce((a, v) => a + (v.shape[axis] as number), 0);
  const outer = numel(first.shape.slice(0, axis));
  const parts = values.map((v) => ({ data: numbers(v, 'values'), run: numel(v.shape.slice(axis)) }));
  const out = first.data instanceof Float32Array ? new Float32Array(numel(shape)) : new Int32Array(numel(shape));
  let o = 0;
  for (let i = 0; i < outer; i++) {
    for (const p of parts) {
      out.set(p.data.subarray(i * p.run, (i + 1) * p.run), o);
      o += p.run;
    }
  }
  return [{ dtype: first.dtype, shape, data: out }];
};

/** `slice_by_index(x, begin, end, stride, begin_mask, end_mask, squeeze_mask)`. */
const sliceByIndex: MilOp = (args) => {
  const x = args.tensor('x');
  const r = x.shape.length;
  const begin = args.ints('begin');
  const end = args.ints('end');
  const stride = args.has('stride') ? args.ints('stride') : new Array<number>(r).fill(1);
  const bm = args.has('begin_mask') ? args.bools('begin_mask') : new Array<boolean>(r).fill(false);
  const em = args.has('end_mask') ? args.bools('end_mask') : new Array<boolean>(r).fill(false);
  const sm = args.has('squeeze_mask') ? args.bools('squeeze_mask') : new Array<boolean>(r).fill(false);
  if ([begin, end, stride, bm, em, sm].some((a) => a.length !== r))
    args.fail('begin/end/stride/masks do not match the rank');
  const starts: number[] = [];
  const counts: number[] = [];
  for (let d = 0; d < r; d++) {
    const n = x.shape[d] as number;
    const s = stride[d] as number;
    if (s === 0) args.fail('a stride is 0');
    const norm = (v: number, lo: number, hi: number) => Math.min(Math.max(v < 0 ? v + n : v, lo), hi);
    let b = bm[d] ? (s > 0 ? 0 : n - 1) : norm(begin[d] as number, s > 0 ? 0 : -1, s > 0 ? n : n - 1);
    let e = em[d] ? (s > 0 ? n : -1) : norm(end[d] as number, s > 0 ? 0 : -1, s > 0 ? n : n - 1);
    if (sm[d]) {
      b = norm(begin[d] as number, 0, n - 1);
      e = b + 1;
    }
    const count = s > 0 ? Math.max(0, Math.ceil((e - b) / s)) : Math.max(0, Math.ceil((b - e) / -s));
    starts.push(b);
    counts.push(sm[d] ? 1 : count);
  }
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(counts);
  const full = pick(x, counts, (i) => {
    let at = 0;
    for (let d = 0; d < r; d++) {
      const c = Math.floor(i / (outStrides[d] as number)) % (counts[d] as number);
      at += ((starts[d] as number) + c * (sm[d] ? 1 : (stride[d] as number))) * (inStrides[d] as number);
    }
    return at;
  });
  return [{ ...full, shape: counts.filter((_, d) => !sm[d]) }];
};

/** `slice_by_size(x, begin, size)`: size -1 runs to the end. */
const sliceBySize: MilOp = (args) => {
  const x = args.tensor('x');
  const begin = args.ints('begin');
  const size = args.ints('size');
  const r = x.shape.length;
  if (begin.length !== r || size.length !== r) args.fail('begin/size do not match the rank');
  const counts = size.map((s, d) => (s === -1 ? (x.shape[d] as number) - (begin[d] as number) : s));
  counts.forEach((c, d) => {
    if ((begin[d] as number) < 0 || c < 0 || (begin[d] as number) + c > (x.shape[d] as number))
      args.fail('the slice is out of bounds');
  });
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(counts);
  return [
    pick(x, counts, (i) => {
      let at = 0;
      for (let d = 0; d < r; d++)
        at +=
          ((begin[d] as number) + (Math.floor(i / (outStrides[d] as number)) % (counts[d] as number))) *
          (inStrides[d] as number);
      return at;
    }),
  ];
};

const squeeze: MilOp = (args) => {
  const x = args.tensor('x');
  const axes = args.has('axes') ? args.ints('axes').map((a) => axisOf(a, x.shape.length)) : undefined;
  const shape = x.shape.filter((d, i) => (axes ? !axes.includes(i) : d !== 1));
  if (axes?.some((a) => x.shape[a] !== 1)) args.fail('a squeezed axis is not of size 1');
  return [{ ...x, shape }];
};

const expandDims: MilOp = (args) => {
  const x = args.tensor('x');
  const axes = args.ints('axes');
  const rank = x.shape.length + axes.length;
  const at = axes.map((a) => axisOf(a, rank)).sort((a, b) => a - b);
  const shape = [...x.shape];
  for (const a of at) shape.splice(a, 0, 1);
  return [{ ...x, shape }];
};

/** `gather(x, indices, axis)`: entries of x along `axis` at `indices` (negative ones from the end). */
const gather: MilOp = (args) => {
  const x = args.tensor('x');
  const idx = args.tensor('indices');
  const axis = axisOf(args.int('axis', 0), x.shape.length);
  if (args.int('batch_dims', 0) !== 0) args.fail('batch_dims is not supported', ErrorCode.NotImplemented);
  const ids = numbers(idx, 'indices');
  const n = x.shape[axis] as number;
  const inner = numel(x.shape.slice(axis + 1));
  const shape = [...x.shape.slice(0, axis), ...idx.shape, ...x.shape.slice(axis + 1)];
  const k = ids.length;
  return [
    pick(x, shape, (i) => {
      const innerPos = i % inner;
      const j = Math.floor(i / inner) % k;
      const o = Math.floor(i / (inner * k));
      let id = ids[j] as number;
      if (id < 0) id += n;
      if (id < 0 || id >= n) args.fail(`index ${ids[j]} is out of range for ${n}`, ErrorCode.InvalidArgument);
      return (o * n + id) * inner + innerPos;
    }),
  ];
};

/** `tile(x, reps)`: x repeated `reps[d]` times along each dimension d. */
const tile: MilOp = (args) => {
  const x = args.tensor('x');
  const reps = args.ints('reps');
  if (reps.length !== x.shape.length || reps.some((r) => r < 0))
    args.fail(`reps [${reps}] do not fit rank ${x.shape.length}`);
  const shape = x.shape.map((d, i) => d * (reps[i] as number));
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(shape);
  return [
    pick(x, shape, (i) => {
      let at = 0;
      for (let d = 0; d < shape.length; d++) {
        const c = Math.floor(i / (outStrides[d] as number)) % (shape[d] as number);
        at += (c % (x.shape[d] as number)) * (inStrides[d] as number);
      }
      return at;
    }),
  ];
};

/** `gather_along_axis(x, indices, axis)`: out[..i..] = x[..indices[..i..]..] along `axis` (indices' shape). */
const gatherAlongAxis: MilOp = (args) => {
  const x = args.tensor('x');
  const idx = args.tensor('indices');
  const r = x.shape.length;
  const axis = axisOf(args.int('axis', 0), r);
  if (idx.shape.length !== r || idx.shape.some((d, i) => i !== axis && d !== x.shape[i])) {
    args.fail(`indices [${idx.shape}] do not match x [${x.shape}] outside axis ${axis}`);
  }
  const ids = numbers(idx, 'indices');
  const n = x.shape[axis] as number;
  const inStrides = stridesOf(x.shape);
  const outStrides = stridesOf(idx.shape);
  return [
    pick(x, idx.shape, (i) => {
      let id = ids[i] as number;
      if (id < 0) id += n;
      if (id < 0 || id >= n) args.fail(`index ${ids[i]} is out of range for ${n}`, ErrorCode.InvalidArgument);
      let at = 0;
      for (let d = 0; d < r; d++) {
        const c = d === axis ? id : Math.floor(i / (outStrides[d] as number)) % (idx.shape[d] as number);
        at += c * (inStrides[d] as number);
      }
      return at;
    }),
  ];
};

/** Shape and data-movement operations, by MIL name. */
export const SHAPE_OPS: Readonly<Record<string, MilOp>> = {
  reshape,
  transpose,
  concat,
  slice_by_index: sliceByIndex,
  slice_by_size: sliceBySize,
  squeeze,
  expand_dims: expandDims,
  gather,
  gather_along_axis: gatherAlongAxis,
  tile,
  identity: (args) => [args.tensor('x')],
};
