/**
 * More float arithmetic as coremltools' torch frontend writes it: `log`, `reciprocal` (`inverse`),
 * `floor` and `ceil` (core ATen operators ExecuTorch programs keep). `log` and `inverse` take epsilon 0 where coremltools writes 1e-45 and
 * 1e-4 (they compute log(x + epsilon) and 1 / (x + epsilon)), so that the results are torch's.
 */
import { type ProgramBuilder, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './index.js';
import { floatProblem } from './math.js';

const scalar = (b: ProgramBuilder, name: string, value: number): string =>
  b.constant(name, [], { dtype: b.compute, values: [value] });

/** A MIL operation of `x` alone, or of `x` and an `epsilon` given as a constant. */
function unary(mil: string, epsilon?: number): LoweredOp {
  return {
    mil,
    problem: floatProblem,
    emit: (b, node, out, base) => {
      const inputs: Record<string, string> = {};
      if (epsilon !== undefined) inputs.epsilon = scalar(b, `${base}_epsilon_0`, epsilon);
      inputs.x = b.read(tensorArg(node, 0));
      return b.op(mil, inputs, b.result(out, base));
    },
  };
}

export const ARITH_OPS: LoweredOps = {
  'aten.log.default': unary('log', 0),
  'aten.reciprocal.out': unary('inverse', 0),
  'aten.floor.out': unary('floor'),
  'aten.ceil.out': unary('ceil'),
};
