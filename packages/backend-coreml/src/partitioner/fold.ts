/**
 * Integer tensors computed from constants only (index arithmetic such as `arange` -> `abs` -> `sub`
 * that a reflection pad or a roll becomes in an exported program, or the `arange` differences of a
 * causal mask): the lowering evaluates them
 * exactly, with int64 wrap-around as the portable kernels compute it, and writes the result as an
 * int32 `const`, as coremltools folds constant subgraphs. A node is folded only when every tensor
 * it reads is a constant or itself folded, and its values fit in int32.
 */
import { ScalarType } from '@kindling/core';
import type { Argument, Node, Value } from '@kindling/ir';

/** Most elements a folded tensor may have (index tensors of a pad or a roll are small). */
const MAX_FOLDED = 1 << 16;

/** A folded integer tensor: its shape and values (row-major). */
export interface FoldedInts {
  readonly shape: readonly number[];
  readonly values: readonly bigint[];
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;

const isInt = (v: Value): boolean =>
  v.type.kind === 'tensor' && (v.tensor.dtype === ScalarType.Long || v.tensor.dtype === ScalarType.Int);

/** Wraps to the tensor's integer width, as the portable kernels' arithmetic does. */
const wrap = (v: Value, x: bigint): bigint =>
  v.tensor.dtype === ScalarType.Int ? BigInt.asIntN(32, x) : BigInt.asIntN(64, x);

const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The values of a constant integer tensor (or a view of one). */
function constantValues(v: Value): bigint[] | null {
  if (v.source === 'alias' && v.aliasOf) return constantValues(v.aliasOf);
  if (v.source !== 'constant' || !v.data || !isInt(v)) return null;
  const d = v.data;
  const n = numel(v.tensor.shape);
  const long = v.tensor.dtype === ScalarType.Long;
  if (d.byteLength !== n * (long ? 8 : 4)) return null;
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  return Array.from({ length: n }, (_, i) =>
    long ? view.getBigInt64(i * 8, true) : BigInt(view.getInt32(i * 4, true)),
  );
}

const intLiteral = (a: Argument | undefined): bigint | null =>
  a?.kind === 'int' ? a.value : a?.kind === 'float' && Number.isInteger(a.value) ? BigInt(a.value) : null;

/** `a` broadcast to `shape` (numpy rules), or `null`. */
function broadcast(a: FoldedInts, shape: readonly number[]): bigint[] | null {
  const pad = shape.length - a.shape.length;
  if (pad < 0) return null;
  const src = [...new Array<number>(pad).fill(1), ...a.shape];
  if (src.some((n, i) => n !== 1 && n !== shape[i])) return null;
  const out: bigint[] = new Array(numel(shape));
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < out.length; k++) {
    let off = 0;
    for (let d = 0; d < shape.length; d++)
      off = off * (src[d] as number) + ((src[d] as number) === 1 ? 0 : (idx[d] as number));
    out[k] = a.values[off] as bigint;
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d] = (idx[d] as number) + 1;
      if ((idx[d] as number) < (shape[d] as number)) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** Floor division and remainder with the divisor's sign (torch's `remainder`, `floor_divide`). */
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

/**
 * Evaluates the integer nodes that depend on constants only; `memo` caches results by value
 * (`null`: not foldable). Returns the folded output of `v`, or `null`.
 */
export function foldedInts(v: Value, memo: Map<Value, FoldedInts | null> = new Map()): FoldedInts | null {
  if (memo.has(v)) return memo.get(v) ?? null;
  memo.set(v, null); // guards against cycles while evaluating
  const r = evaluate(v, memo);
  memo.set(v, r);
  return r;
}

function evaluate(v: Value, memo: Map<Value, FoldedInts | null>): FoldedInts | null {
  if (v.type.kind !== 'tensor' || !isInt(v)) return null;
  const shape = v.tensor.shape;
  const n = numel(shape);
  if (n > MAX_FOLDED) return null;
  const constant = constantValues(v);
  if (constant) return { shape, values: constant };
  const node = v.producer;
  if (!node || node.outputs.length !== 1 || node.mutates.length > 0) return null;
  const operand = (i: number): FoldedInts | null => {
    const a = node.args[i];
    if (a?.kind === 'value') return foldedInts(a.value, memo);
    const lit = intLiteral(a);
    return lit === null ? null : { shape: [], values: [lit] };
  };
  const binary = (f: (x: bigint, y: bigint) => bigint | null): FoldedInts | null => {
    const x = operand(0);
    const y = operand(1);
    if (!x || !y) return null;
    const xs = broadcast(x, shape);
    const ys = broadcast(y, shape);
    if (!xs || !ys) return null;
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) {
      const r = f(xs[i] as bigint, ys[i] as bigint);
      if (r === null) return null;
      out.push(wrap(v, r));
    }
    return { shape, values: out };
  };
  const unary = (f: (x: bigint) => bigint): FoldedInts | null => {
    const x = operand(0);
    const xs = x && broadcast(x, shape);
    return xs ? { shape, values: xs.map((e) => wrap(v, f(e))) } : null;
  };
  const alpha = intLiteral(node.args[2]) ?? (node.args[2] === undefined ? 1n : null);
  switch (node.op) {
    case 'aten.arange.start':
    case 'aten.arange.start_step':
    case 'aten.arange.default': {
      const only = node.op === 'aten.arange.default';
      const start = only ? 0n : intLiteral(node.args[0]);
      const step = only ? 1n : (intLiteral(node.args[2]) ?? (node.args[2] === undefined ? 1n : null));
      if (start === null || step === null || shape.length !== 1) return null;
      return { shape, values: Array.from({ length: n }, (_, i) => wrap(v, start + BigInt(i) * step)) };
    }
    case 'aten.view_copy.default':
    case 'aten.unsqueeze_copy.default':
    case 'aten.squeeze_copy.dims':
    case 'aten.squeeze_copy.dim': {
      // the same values in row-major order, another shape
      const x = operand(0);
      return x && x.values.length === n ? { shape, values: [...x.values] } : null;
    }
    case 'aten.expand_copy.default': {
      const x = operand(0);
      const xs = x && broadcast(x, shape);
      return xs ? { shape, values: xs } : null;
    }
    case 'aten.full.default': {
      const fill = intLiteral(node.args[1]);
      return fill === null ? null : { shape, values: new Array<bigint>(n).fill(wrap(v, fill)) };
    }
    case 'aten.abs.default':
      return unary((x) => (x < 0n ? -x : x));
    case 'aten.neg.default':
      return unary((x) => -x);
    case 'aten.add.Tensor':
    case 'aten.add.Scalar':
      return alpha === null ? null : binary((x, y) => x + alpha * y);
    case 'aten.sub.Tensor':
    case 'aten.sub.Scalar':
      return alpha === null ? null : binary((x, y) => x - alpha * y);
    case 'aten.rsub.Scalar':
      return alpha === null ? null : binary((x, y) => y - alpha * x);
    case 'aten.mul.Tensor':
    case 'aten.mul.Scalar':
      return binary((x, y) => x * y);
    case 'aten.fmod.Scalar':
    case 'aten.fmod.Scalar_out':
    case 'aten.fmod.Tensor':
      // truncated remainder; a zero divisor is an error at run time: not folded
      return binary((x, y) => (y === 0n ? null : x % y));
    case 'aten.remainder.Scalar':
    case 'aten.remainder.Tensor':
      return binary((x, y) => (y === 0n ? null : x - floorDiv(x, y) * y));
    case 'aten.floor_divide.default':
      return binary((x, y) => (y === 0n ? null : floorDiv(x, y)));
    case 'aten.clamp.default': {
      const x = operand(0);
      const bound = (a: Argument | undefined): bigint | null | undefined =>
        a === undefined || a.kind === 'none' ? null : a.kind === 'int' ? a.value : undefined;
      const lo = bound(node.args[1]);
      const hi = bound(node.args[2]);
      if (!x || lo === undefined || hi === undefined) return null;
      return {
        shape,
        // max with the lower bound, then min with the upper (torch's order: lo > hi gives hi)
        values: x.values.map((e) => {
          const above = lo !== null && e < lo ? lo : e;
          return hi !== null && above > hi ? hi : above;
        }),
      };
    }
    default:
      return null;
  }
}

/** The graph operators the folding evaluates. */
export const FOLDABLE_OPERATORS: ReadonlySet<string> = new Set([
  'aten.view_copy.default',
  'aten.unsqueeze_copy.default',
  'aten.squeeze_copy.dims',
  'aten.squeeze_copy.dim',
  'aten.expand_copy.default',
  'aten.full.default',
  'aten.arange.start',
  'aten.arange.start_step',
  'aten.arange.default',
  'aten.abs.default',
  'aten.neg.default',
  'aten.add.Tensor',
  'aten.add.Scalar',
  'aten.sub.Tensor',
  'aten.sub.Scalar',
  'aten.rsub.Scalar',
  'aten.mul.Tensor',
  'aten.mul.Scalar',
  'aten.fmod.Scalar',
  'aten.fmod.Scalar_out',
  'aten.fmod.Tensor',
  'aten.remainder.Scalar',
  'aten.remainder.Tensor',
  'aten.floor_divide.default',
  'aten.clamp.default',
]);

/** Whether `v` is folded into an int32 `const`: computed from constants only, every value inside int32. */
export function foldsToInt32(v: Value): boolean {
  const f = foldedInts(v);
  return f?.values.every((x) => x >= INT_MIN && x <= INT_MAX) ?? false;
}

/** Why the folded value of `node`'s output cannot be an int32 `const`, or `null` when it can. */
export function foldProblem(node: Node, memo?: Map<Value, FoldedInts | null>): string | null {
  const out = node.outputs[0];
  if (!out || node.outputs.length !== 1) return 'has more than one output';
  const f = foldedInts(out, memo);
  if (!f) return 'is not computed from constants only';
  return f.values.every((x) => x >= INT_MIN && x <= INT_MAX) ? null : 'a folded value lies outside int32';
}
