/**
 * Comparisons, logic and selection on float, int and bool tensors, as coremltools writes them:
 * `eq`/`ne`/`lt`/`le`/`gt`/`ge` (tensor or literal scalar) as `equal`/`not_equal`/`less`/...
 * (bool results); `logical_*` and the bitwise operators on bool tensors as `logical_*`; `where` as
 * `select`; `any.dim` as a `reduce_max` of the mask cast to int32, cast back to bool; `full_like` and
 * `scalar_tensor` (static shapes, literal values) as constants. Comparisons hold no arithmetic: int64
 * values compared as int32 give torch's results (the runtime refuses int64 inputs outside int32).
 */
import type { Node } from '@kindling/ir';
import { dim, fail, numberArg, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './index.js';
import { boolArgOf, intArgOf, kindOf, scalarConst, scalarProblem, valueArg } from './values.js';

const COMPARISONS: Readonly<Record<string, string>> = {
  eq: 'equal',
  ne: 'not_equal',
  lt: 'less',
  le: 'less_equal',
  gt: 'greater',
  ge: 'greater_equal',
};

/** `aten.<cmp>.Tensor` / `.Scalar` (and their `_out` forms): both operands float or both int. */
function comparison(mil: string, scalar: boolean): LoweredOp {
  return {
    mil,
    problem(node) {
      const x = valueArg(node, 0);
      if (!x) return 'compares no tensor';
      const kind = kindOf(x);
      if (kind !== 'float' && kind !== 'int') return `${x.name} is ${kind} (Core ML compares float and int32 values)`;
      if (scalar) return scalarProblem(node.args[1], kind);
      const y = valueArg(node, 1);
      if (!y) return 'the other operand is not a tensor';
      return kindOf(y) === kind ? null : `${x.name} and ${y.name} differ in type (torch promotes them)`;
    },
    emit(b, node, out, base) {
      const x = tensorArg(node, 0);
      const xs = b.read(x);
      const ys = scalar ? scalarConst(b, `${base}_y_0`, node.args[1], b.typeOf(x)) : b.read(tensorArg(node, 1));
      return b.op(mil, { x: xs, y: ys }, b.result(out, base));
    },
  };
}

const boolInputs = (node: Node): string | null => {
  const bad = node.inputs.find((v) => kindOf(v) !== 'bool');
  return bad ? `${bad.name} is not bool (lowered for bool tensors)` : null;
};

function logical(mil: string, arity: 1 | 2): LoweredOp {
  return {
    mil,
    problem: boolInputs,
    emit(b, node, out, base) {
      const inputs: Record<string, string> = { x: b.read(tensorArg(node, 0)) };
      if (arity === 2) inputs.y = b.read(tensorArg(node, 1));
      return b.op(mil, inputs, b.result(out, base));
    },
  };
}

const where: LoweredOp = {
  mil: 'select',
  problem(node) {
    const [cond, a, c] = [0, 1, 2].map((i) => valueArg(node, i));
    const out = node.outputs[0];
    if (!cond || !a || !c || !out) return 'takes no condition and two tensors';
    if (kindOf(cond) !== 'bool') return 'the condition is not bool';
    const kind = kindOf(out);
    return kindOf(a) === kind && kindOf(c) === kind ? null : 'the two choices differ in type from the result';
  },
  emit(b, node, out, base) {
    const cond = b.read(tensorArg(node, 0));
    const av = tensorArg(node, 1);
    const cv = tensorArg(node, 2);
    let a = b.read(av);
    const c = b.read(cv);
    // Core ML types select's result by its two choices alone: where only the condition has the
    // result's shape, the first choice is tiled to it (coremltools broadcasts all three)
    const shape = out.tensor.shape;
    const both = broadcast(av.tensor.shape, cv.tensor.shape);
    if (both.length !== shape.length || both.some((d, i) => d !== shape[i])) {
      const rank = shape.length;
      const padded = [...new Array<number>(rank - av.tensor.shape.length).fill(1), ...av.tensor.shape];
      const type = b.typeOf(av);
      if (padded.length !== av.tensor.shape.length)
        a = b.op(
          'reshape',
          { shape: b.ints(`${base}_a_shape_0`, padded), x: a },
          { name: b.fresh(`${base}_a_reshape`), dtype: type, shape: padded },
        );
      const reps = shape.map((d, i) => (padded[i] === d ? 1 : d));
      a = b.op(
        'tile',
        { reps: b.ints(`${base}_a_reps_0`, reps), x: a },
        { name: b.fresh(`${base}_a_tile`), dtype: type, shape },
      );
    }
    return b.op('select', { a, b: c, cond }, b.result(out, base));
  },
};

/** The shape two shapes broadcast to (they are known to broadcast). */
function broadcast(x: readonly number[], y: readonly number[]): number[] {
  const rank = Math.max(x.length, y.length);
  return Array.from({ length: rank }, (_, i) => {
    const p = x[x.length - rank + i] ?? 1;
    const q = y[y.length - rank + i] ?? 1;
    return p === 1 ? q : p;
  });
}

const anyDim: LoweredOp = {
  mil: 'cast + reduce_max + cast',
  problem(node) {
    const bad = boolInputs(node);
    if (bad) return bad;
    if (intArgOf(node, 1) === null) return 'the dim is not a literal';
    return boolArgOf(node, 2, false) === null ? 'keepdim is not a literal' : null;
  },
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const rank = x.tensor.shape.length;
    const axis = rank === 0 ? 0 : dim(intArgOf(node, 1) ?? fail('any without a dim'), rank);
    const keep = boolArgOf(node, 2, false) ?? false;
    const xs = b.read(x);
    const ints = b.op(
      'cast',
      { dtype: b.string(`${base}_cast_dtype_0`, 'int32'), x: xs },
      { name: b.fresh(`${base}_cast`), dtype: 'int32', shape: x.tensor.shape },
    );
    if (rank === 0) return b.op('cast', { dtype: b.string(`${base}_dtype_0`, 'bool'), x: ints }, b.result(out, base));
    const max = b.op(
      'reduce_max',
      { axes: b.ints(`${base}_axes_0`, [axis]), keep_dims: b.bool(`${base}_keep_dims_0`, keep), x: ints },
      { name: b.fresh(`${base}_reduce_max`), dtype: 'int32', shape: out.tensor.shape },
    );
    return b.op('cast', { dtype: b.string(`${base}_dtype_0`, 'bool'), x: max }, b.result(out, base));
  },
};

/** A tensor of one literal value (`full`, `full_like`, `scalar_tensor`): a constant of the result's type and shape. */
function filled(valueIndex: number): LoweredOp {
  return {
    mil: 'const',
    problem(node) {
      const out = node.outputs[0];
      if (!out) return 'has no result';
      const kind = kindOf(out);
      if (kind === 'other') return `${out.name} has a type Core ML programs do not hold`;
      return scalarProblem(node.args[valueIndex], kind);
    },
    emit(b, node, out, base) {
      const type = b.typeOf(out);
      const a = node.args[valueIndex];
      const x =
        a?.kind === 'bool' ? Number(a.value) : a?.kind === 'int' ? Number(a.value) : a?.kind === 'float' ? a.value : 0;
      const n = out.tensor.shape.reduce((p, q) => p * q, 1);
      if (type === 'bool')
        return b.constant(base, out.tensor.shape, { dtype: 'bool', values: new Array(n).fill(x !== 0) });
      if (type === 'int32') return b.constant(base, out.tensor.shape, { dtype: 'int32', values: new Array(n).fill(x) });
      if (type === 'fp16' || type === 'fp32')
        return b.constant(base, out.tensor.shape, { dtype: type, values: new Array(n).fill(x) });
      return fail(`${node.op} of type ${type}`);
    },
  };
}

/** `arange(start?, end, step?)` with literal bounds: a constant of the result's type and length. */
function arange(form: 'end' | 'start' | 'step'): LoweredOp {
  const bounds = (node: Node): [number, number] | null => {
    const n = (i: number) =>
      node.args[i]?.kind === 'int' || node.args[i]?.kind === 'float' ? numberArg(node.args[i]) : null;
    const start = form === 'end' ? 0 : n(0);
    const step = form === 'step' ? n(2) : 1;
    return start === null || step === null ? null : [start, step];
  };
  return {
    mil: 'const',
    problem(node) {
      const out = node.outputs[0];
      const b = bounds(node);
      if (!out || !b) return 'start or step is not a literal number';
      const kind = kindOf(out);
      if (kind !== 'int' && kind !== 'float') return `${out.name} is not float32 or int`;
      const n = out.tensor.shape[0] ?? 0;
      const last = b[0] + (n - 1) * b[1];
      if (kind === 'int' && [b[0], b[1], last].some((v) => !Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31))
        return 'the values are not integers inside int32';
      return null;
    },
    emit(b, node, out, base) {
      const [start, step] = bounds(node) ?? fail('arange without literal bounds');
      const n = out.tensor.shape[0] ?? 0;
      const values = Array.from({ length: n }, (_, k) => start + k * step);
      const type = b.typeOf(out);
      if (type === 'int32') return b.constant(base, [n], { dtype: 'int32', values });
      return b.constant(base, [n], { dtype: type === 'fp16' ? 'fp16' : 'fp32', values });
    },
  };
}

const ops: Record<string, LoweredOp> = {};
for (const [name, mil] of Object.entries(COMPARISONS)) {
  ops[`aten.${name}.Tensor`] = comparison(mil, false);
  ops[`aten.${name}.Tensor_out`] = comparison(mil, false);
  ops[`aten.${name}.Scalar`] = comparison(mil, true);
  ops[`aten.${name}.Scalar_out`] = comparison(mil, true);
}
for (const [name, mil] of [
  ['logical_and', 'logical_and'],
  ['logical_or', 'logical_or'],
  ['logical_xor', 'logical_xor'],
] as const) {
  ops[`aten.${name}.default`] = logical(mil, 2);
  ops[`aten.${name}.out`] = logical(mil, 2);
}
for (const [name, mil] of [
  ['bitwise_and', 'logical_and'],
  ['bitwise_or', 'logical_or'],
  ['bitwise_xor', 'logical_xor'],
] as const) {
  ops[`aten.${name}.Tensor`] = logical(mil, 2);
  ops[`aten.${name}.Tensor_out`] = logical(mil, 2);
}
for (const name of [
  'aten.logical_not.default',
  'aten.logical_not.out',
  'aten.bitwise_not.default',
  'aten.bitwise_not.out',
])
  ops[name] = logical('logical_not', 1);
ops['aten.where.self'] = where;
ops['aten.where.self_out'] = where;
ops['aten.any.dim'] = anyDim;
ops['aten.full_like.default'] = filled(1);
ops['aten.full.default'] = filled(1);
ops['aten.scalar_tensor.default'] = filled(0);
ops['aten.arange.default'] = arange('end');
ops['aten.arange.start'] = arange('start');
ops['aten.arange.start_step'] = arange('step');

/** Comparison, logic and selection operators, by graph operator name. */
export const COMPARE_OPS: LoweredOps = Object.freeze(ops);
