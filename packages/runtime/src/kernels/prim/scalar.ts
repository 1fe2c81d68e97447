import { defineKernel, type EValue, EValues, type KernelDescriptor, Tag, tagName } from '@kindling/core';
import { fail } from '../util/errors.js';
import { roundHalfEven } from '../util/math.js';

/** A prim-op number: its value and whether it is an int (else a double; bools count as ints). */
interface Num {
  value: number;
  isInt: boolean;
}

function num(op: string, args: readonly EValue[], i: number): Num {
  const v = args[i];
  if (v === undefined) fail(op, `missing argument ${i}`);
  if (v.tag === Tag.Int) return { value: v.value, isInt: true };
  if (v.tag === Tag.Double) return { value: v.value, isInt: false };
  if (v.tag === Tag.Bool) return { value: v.value ? 1 : 0, isInt: true };
  return fail(op, `argument ${i} must be an int, float or bool, got ${tagName(v.tag)}`);
}

function expectCount(op: string, args: readonly EValue[], n: number): void {
  if (args.length !== n + 1) fail(op, `expected ${n} arguments and an output slot, got ${args.length} values`);
}

/** Python floor division. */
function pyFloorDiv(a: number, b: number, ints: boolean): number {
  if (ints) {
    if (b === 0) throw new RangeError('division by zero');
    return Math.floor(a / b);
  }
  return Math.floor(a / b);
}

/** Python modulo (result has the divisor's sign). */
function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

type BinaryKind = 'arith' | 'cmp' | 'double';

function binary(
  name: string,
  kind: BinaryKind,
  f: (a: number, b: number, ints: boolean) => number | boolean,
): KernelDescriptor {
  const op = `executorch_prim::${name}`;
  return defineKernel({
    op,
    dtypes: 'any',
    run(_ctx, args: EValue[]) {
      expectCount(op, args, 2);
      const a = num(op, args, 0);
      const b = num(op, args, 1);
      const ints = a.isInt && b.isInt;
      let r: number | boolean;
      try {
        r = f(a.value, b.value, ints);
      } catch {
        return fail(op, 'division by zero');
      }
      const n = args.length - 1;
      if (kind === 'cmp') args[n] = EValues.bool(Boolean(r));
      else if (kind === 'double' || !ints) args[n] = EValues.double(Number(r));
      else args[n] = EValues.int(Number(r));
    },
  });
}

function unary(
  name: string,
  result: 'same' | 'int' | 'double' | 'bool',
  f: (a: number) => number | boolean,
): KernelDescriptor {
  const op = `executorch_prim::${name}`;
  return defineKernel({
    op,
    dtypes: 'any',
    run(_ctx, args: EValue[]) {
      expectCount(op, args, 1);
      const a = num(op, args, 0);
      const r = f(a.value);
      const n = args.length - 1;
      if (result === 'bool') args[n] = EValues.bool(Boolean(r));
      else if (result === 'int' || (result === 'same' && a.isInt)) args[n] = EValues.int(Number(r) + 0);
      else args[n] = EValues.double(Number(r));
    },
  });
}

const checkedDiv = (a: number, b: number, ints: boolean) => {
  if (ints && b === 0) throw new RangeError('division by zero');
  return pyFloorDiv(a, b, ints);
};
const checkedMod = (a: number, b: number, ints: boolean) => {
  if (ints && b === 0) throw new RangeError('division by zero');
  return ints ? pyMod(a, b) : pyMod(a, b);
};

export const primAdd = /* @__PURE__ */ binary('add.Scalar', 'arith', (a, b) => a + b);
export const primSub = /* @__PURE__ */ binary('sub.Scalar', 'arith', (a, b) => a - b);
export const primMul = /* @__PURE__ */ binary('mul.Scalar', 'arith', (a, b) => a * b);
export const primFloorDiv = /* @__PURE__ */ binary('floordiv.Scalar', 'arith', checkedDiv);
export const primTrueDiv = /* @__PURE__ */ binary('truediv.Scalar', 'double', (a, b) => a / b);
export const primMod = /* @__PURE__ */ binary('mod.Scalar', 'arith', checkedMod);
export const primEq = /* @__PURE__ */ binary('eq.Scalar', 'cmp', (a, b) => a === b);
export const primGt = /* @__PURE__ */ binary('gt.Scalar', 'cmp', (a, b) => a > b);
export const primLt = /* @__PURE__ */ binary('lt.Scalar', 'cmp', (a, b) => a < b);
export const primGe = /* @__PURE__ */ binary('ge.Scalar', 'cmp', (a, b) => a >= b);
export const primLe = /* @__PURE__ */ binary('le.Scalar', 'cmp', (a, b) => a <= b);
export const primSymMax = /* @__PURE__ */ binary('sym_max.Scalar', 'arith', (a, b) => Math.max(a, b));
export const primSymMin = /* @__PURE__ */ binary('sym_min.Scalar', 'arith', (a, b) => Math.min(a, b));
export const primFloorDivInt = /* @__PURE__ */ binary('floordiv.int', 'arith', checkedDiv);
export const primModInt = /* @__PURE__ */ binary('mod.int', 'arith', checkedMod);
export const primNeg = /* @__PURE__ */ unary('neg.Scalar', 'same', (a) => -a);
export const primSymFloat = /* @__PURE__ */ unary('sym_float.Scalar', 'double', (a) => a);
export const primSymInt = /* @__PURE__ */ unary('sym_int.Scalar', 'int', Math.trunc);
export const primCeil = /* @__PURE__ */ unary('ceil.Scalar', 'int', Math.ceil);
export const primRound = /* @__PURE__ */ unary('round.Scalar', 'int', roundHalfEven);
export const primTrunc = /* @__PURE__ */ unary('trunc.Scalar', 'int', Math.trunc);
export const primSymNot = /* @__PURE__ */ unary('sym_not.Scalar', 'bool', (a) => a === 0);
