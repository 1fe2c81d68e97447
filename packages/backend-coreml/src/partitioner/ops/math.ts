/**
 * Float arithmetic, activations and reductions the Core ML lowering writes as coremltools' torch
 * frontend does (elu, erf, log10, neg, remainder, cumsum), or in a form whose result is torch's
 * where Core ML's own operation is not exact or not defined (`pow` with a small integer exponent as
 * products; `round` with halves to even from floor and comparisons), and `prod` as `reduce_prod`
 * (coremltools has no torch form for it).
 */
import { ScalarType } from '@kindling/core';
import type { Argument, Node, Value } from '@kindling/ir';
import { dim, fail, numberArg, type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './index.js';

/** Why a node whose tensors must all be float32 is refused, or `null`. */
export function floatProblem(node: Node): string | null {
  for (const v of [...node.inputs, ...node.outputs.slice(0, 1)])
    if (v.type.kind === 'tensor' && v.tensor.dtype !== ScalarType.Float) return `${v.name} is not float32`;
  return null;
}

/** `null` when argument `a` is absent or `none` (no dtype given), else the reason. */
const noDtype = (a: Argument | undefined): string | null => (!a || a.kind === 'none' ? null : 'a dtype is given');

const literal = (node: Node, i: number): number =>
  numberArg(node.args[i]) ?? fail(`${node.op}: argument ${i} is not a number`);

/** A scalar constant in the compute precision. */
const scalar = (b: ProgramBuilder, name: string, value: number): string =>
  b.constant(name, [], { dtype: b.compute, values: [value] });

/** An operation of one float tensor `x` with float scalar parameters. */
function unary(mil: string, params: (node: Node) => Record<string, number> = () => ({})): LoweredOp['emit'] {
  return (b, node, out, base) => {
    const inputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(params(node))) inputs[k] = scalar(b, `${base}_${k}_0`, v);
    inputs.x = b.read(tensorArg(node, 0));
    return b.op(mil, inputs, b.result(out, base));
  };
}

const elu: LoweredOp = {
  mil: 'elu',
  problem: (node) => {
    if (numberArg(node.args[1]) === null) return 'alpha is not a literal number';
    // coremltools' elu takes alpha only: torch's scale and input_scale must be 1
    for (const i of [2, 3]) {
      const a = node.args[i];
      if (a && numberArg(a) !== 1) return 'scale or input_scale is not 1';
    }
    return floatProblem(node);
  },
  emit: unary('elu', (node) => ({ alpha: literal(node, 1) })),
};

const erf: LoweredOp = { mil: 'erf', problem: floatProblem, emit: unary('erf') };

const log10: LoweredOp = {
  mil: 'log + mul',
  problem: floatProblem,
  emit: (b, node, out, base) => {
    // coremltools writes log with the smallest float32 as epsilon (log(0) finite); 0 keeps torch's -inf
    const x = b.read(tensorArg(node, 0));
    const log = b.op('log', { epsilon: scalar(b, `${base}_log_epsilon_0`, 0), x }, b.result(out, `${base}_log`));
    return b.op('mul', { x: log, y: scalar(b, `${base}_y_0`, Math.LOG10E) }, b.result(out, base));
  },
};

const neg: LoweredOp = {
  mil: 'mul',
  problem: floatProblem,
  emit: (b, node, out, base) =>
    b.op('mul', { x: b.read(tensorArg(node, 0)), y: scalar(b, `${base}_y_0`, -1) }, b.result(out, base)),
};

/** The integer exponents `pow` is written for (as products). */
const POW_EXPONENTS: ReadonlySet<number> = new Set([1, 2, 3, 4]);

const pow: LoweredOp = {
  mil: 'mul',
  problem: (node) => {
    const e = numberArg(node.args[1]);
    if (e === null) return 'the exponent is not a literal number';
    // Core ML's pow is not exact (it is off for x ** 2 and for 2 ** 0) and may not take negative
    // bases: only small integer exponents, written as products, are lowered
    if (!POW_EXPONENTS.has(e)) return `the exponent ${e} is not an integer from 1 to 4`;
    return floatProblem(node);
  },
  emit: (b, node, out, base) => {
    const e = literal(node, 1);
    const x = b.read(tensorArg(node, 0));
    if (e === 1) return b.op('identity', { x }, b.result(out, base));
    if (e === 2) return b.op('mul', { x, y: x }, b.result(out, base));
    const square = b.op('mul', { x, y: x }, b.result(out, `${base}_square`));
    return b.op('mul', e === 3 ? { x: square, y: x } : { x: square, y: square }, b.result(out, base));
  },
};

/**
 * torch's remainder (the sign of the divisor) as coremltools writes it: x - floor_div(x, y) * y.
 * Where x / y rounds onto an integer the true quotient is just below (0.3 / 0.1 in float32), the
 * quotient is one too large and the result near 0 instead of near y:
 * torch's exact fmod-based remainder cannot be written with MIL operations short of exact
 * products, so the lowering keeps ExecuTorch's form there.
 */
function remainder(scalarDivisor: boolean): LoweredOp {
  return {
    mil: 'floor_div + mul + sub',
    problem: (node) => {
      if (scalarDivisor && numberArg(node.args[1]) === null) return 'the divisor is not a literal number';
      return floatProblem(node);
    },
    emit: (b, node, out, base) => {
      const x = b.read(tensorArg(node, 0));
      const y = scalarDivisor ? scalar(b, `${base}_y_0`, literal(node, 1)) : b.read(tensorArg(node, 1));
      const q = b.op('floor_div', { x, y }, b.result(out, `${base}_div`));
      const scaled = b.op('mul', { x: q, y }, b.result(out, `${base}_div_scaled`));
      return b.op('sub', { x, y: scaled }, b.result(out, base));
    },
  };
}

/** `prod` over every dimension (`prod.out`) or one (`prod.int_out`) as `reduce_prod`. */
function prod(overDim: boolean): LoweredOp {
  return {
    mil: 'reduce_prod',
    problem: (node) => {
      if (overDim && node.args[1]?.kind !== 'int') return 'the dim is not a literal';
      return noDtype(node.args[overDim ? 3 : 1]) ?? floatProblem(node);
    },
    emit: (b, node, out, base) => {
      const x = tensorArg(node, 0);
      const rank = x.tensor.shape.length;
      const keepArg = node.args[2];
      const axes = overDim ? [dim(literal(node, 1), rank)] : Array.from({ length: rank }, (_, i) => i);
      const keep = overDim && keepArg?.kind === 'bool' && keepArg.value;
      const inputs = {
        axes: b.ints(`${base}_axes_0`, axes),
        keep_dims: b.bool(`${base}_keep_dims_0`, keep),
        x: b.read(x),
      };
      return b.op('reduce_prod', inputs, b.result(out, base));
    },
  };
}

const cumsum: LoweredOp = {
  mil: 'cumsum',
  problem: (node) => {
    if (node.args[1]?.kind !== 'int') return 'the dim is not a literal';
    return noDtype(node.args[2]) ?? floatProblem(node);
  },
  emit: (b, node, out, base) => {
    const x: Value = tensorArg(node, 0);
    const inputs = {
      axis: b.int(`${base}_axis_0`, dim(literal(node, 1), x.tensor.shape.length)),
      exclusive: b.bool(`${base}_exclusive_0`, false),
      reverse: b.bool(`${base}_reverse_0`, false),
      x: b.read(x),
    };
    return b.op('cumsum', inputs, b.result(out, base));
  },
};

/**
 * torch's round (halves to even) from operations whose results are exact: MIL `round` leaves halves
 * to the device (up or down by compute unit). With f = floor(x) and d = x - f (exact, but for
 * -1 < x < 0 where only d's comparison with 0.5 matters and keeps its answer), the result is f + 1
 * when d > 0.5, or d = 0.5 and f is odd; otherwise f. Infinities and NaN come through floor as they are.
 */
const round: LoweredOp = {
  mil: 'floor + sub + greater + equal + select + add',
  problem: floatProblem,
  emit: (b, node, out, base) => {
    const x = b.read(tensorArg(node, 0));
    const shape = out.tensor.shape;
    const float = (name: string) => b.result(out, `${base}_${name}`);
    const bool = (name: string) => ({ name: b.fresh(`${base}_${name}`), dtype: 'bool' as const, shape });
    const f = b.op('floor', { x }, float('floor'));
    const d = b.op('sub', { x, y: f }, float('fraction'));
    // f - 2 * floor(f / 2): 1 where f is odd, 0 where it is even
    const halfF = b.op('mul', { x: f, y: scalar(b, `${base}_half_y_0`, 0.5) }, float('half'));
    const halfFloor = b.op('floor', { x: halfF }, float('half_floor'));
    const even = b.op('mul', { x: halfFloor, y: scalar(b, `${base}_even_y_0`, 2) }, float('even'));
    const odd = b.op('sub', { x: f, y: even }, float('odd'));
    const above = b.op('greater', { x: d, y: scalar(b, `${base}_above_y_0`, 0.5) }, bool('above'));
    const tie = b.op('equal', { x: d, y: scalar(b, `${base}_tie_y_0`, 0.5) }, bool('tie'));
    const onTie = b.op('select', { a: odd, b: scalar(b, `${base}_on_tie_b_0`, 0), cond: tie }, float('on_tie'));
    const step = b.op('select', { a: scalar(b, `${base}_step_a_0`, 1), b: onTie, cond: above }, float('step'));
    return b.op('add', { x: f, y: step }, b.result(out, base));
  },
};

export const MATH_OPS: LoweredOps = {
  'aten.round.out': round,
  'aten.elu.out': elu,
  'aten.erf.default': erf,
  'aten.log10.out': log10,
  'aten.neg.default': neg,
  'aten.pow.Tensor_Scalar': pow,
  'aten.remainder.Tensor_out': remainder(false),
  'aten.remainder.Scalar_out': remainder(true),
  'aten.prod.out': prod(false),
  'aten.prod.int_out': prod(true),
  'aten.cumsum.out': cumsum,
};
