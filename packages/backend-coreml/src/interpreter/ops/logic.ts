import type { MilOp } from '../op-args.js';
import { broadcastIndex, broadcastShapes, floatTensor, isFloat, numbers, numel } from '../tensor.js';

/** A comparison or logical operation of two tensors with broadcasting; a bool result. */
function compare(f: (a: number, b: number) => boolean): MilOp {
  return (args) => {
    const x = args.tensor('x');
    const y = args.tensor('y');
    const shape = broadcastShapes(x.shape, y.shape);
    const ix = broadcastIndex(x.shape, shape);
    const iy = broadcastIndex(y.shape, shape);
    const a = numbers(x, 'x');
    const b = numbers(y, 'y');
    const out = new Int32Array(numel(shape));
    for (let i = 0; i < out.length; i++) out[i] = f(a[ix[i] as number] as number, b[iy[i] as number] as number) ? 1 : 0;
    return [{ dtype: 'bool', shape, data: out }];
  };
}

/** `select(cond, a, b)`: `a` where `cond` holds, else `b`, all three broadcast together. */
const select: MilOp = (args) => {
  const cond = args.tensor('cond');
  const a = args.tensor('a');
  const b = args.tensor('b');
  const out = args.output();
  const shape = broadcastShapes(broadcastShapes(cond.shape, a.shape), b.shape);
  const [ic, ia, ib] = [cond, a, b].map((t) => broadcastIndex(t.shape, shape)) as [Int32Array, Int32Array, Int32Array];
  const [c, av, bv] = [numbers(cond, 'cond'), numbers(a, 'a'), numbers(b, 'b')];
  const n = numel(shape);
  const data = isFloat(out.dtype) ? new Float32Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = (c[ic[i] as number] ? av[ia[i] as number] : bv[ib[i] as number]) as number;
  return [data instanceof Float32Array ? floatTensor(out.dtype, shape, data) : { dtype: out.dtype, shape, data }];
};

/** Comparisons, logic and selection, by MIL name (comparisons give bool tensors). */
export const LOGIC_OPS: Readonly<Record<string, MilOp>> = {
  equal: compare((a, b) => a === b),
  not_equal: compare((a, b) => a !== b),
  less: compare((a, b) => a < b),
  less_equal: compare((a, b) => a <= b),
  greater: compare((a, b) => a > b),
  greater_equal: compare((a, b) => a >= b),
  logical_and: compare((a, b) => a !== 0 && b !== 0),
  logical_or: compare((a, b) => a !== 0 || b !== 0),
  logical_xor: compare((a, b) => (a !== 0) !== (b !== 0)),
  logical_not: (args) => {
    const x = args.tensor('x');
    return [{ dtype: 'bool', shape: x.shape, data: Int32Array.from(numbers(x, 'x'), (v) => (v === 0 ? 1 : 0)) }];
  },
  select,
};
