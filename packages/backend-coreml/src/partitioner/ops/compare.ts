/**
 * Comparisons, logic and selection on float, int and bool tensors, as coremltools writes them:
 * `eq`/`ne`/`lt`/`le`/`gt`/`ge` (tensor or literal scalar) as `equal`/`not_equal`/`less`/...
 * (bool results); `logical_*` and the bitwise operators on bool tensors as `logical_*`; `where` as
 * `select`; `any.dim` as a `reduce_max` of the mask cast to int32, cast back to bool; `full_like` and
 * `scalar_tensor` (static shapes, literal values) as constants. Comparisons hold no arithmetic: int64
 * values compared as int32 give torch's results (the runtime refuses int64 inputs outside int32).
 */
import type { Node } from '@kindling/ir';
import { dim, fail, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
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
    const a = b.read(tensorArg(node, 1));
    const c = b.read(tensorArg(node, 2));
    return b.op('select', { a, b: c, cond }, b.result(out, base));
  },
};

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

/** A tensor of one literal value (`full_like`, `scalar_tensor`): a constant of the result's type and shape. */
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
ops['aten.scalar_tensor.default'] = filled(0);

/** Comparison, logic and selection operators, by graph operator name. */
export const COMPARE_OPS: LoweredOps = Object.freeze(ops);
