import { readFileSync } from 'node:fs';
import {
  CHANNELS_LAST_DIM_ORDER,
  type EValue,
  EValues,
  KindlingError,
  parseScalarType,
  ScalarType,
  Tag,
  Tensor,
} from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { portableKernels } from './index.js';

interface TensorRec {
  dtype: string;
  sizes: number[];
  dimOrder: number[];
  data: (number | string)[];
}
type ArgRec =
  | { tensor: TensorRec }
  | { none: true }
  | { int: number }
  | { double: number | string }
  | { bool: boolean }
  | { string: string }
  | { ints: number[] }
  | { doubles: number[] }
  | { bools: boolean[] }
  | { tensors: TensorRec[] }
  | { optTensors: (TensorRec | null)[] };
interface CaseRec {
  name: string;
  op: string;
  args: ArgRec[];
  outs: (TensorRec | { list: TensorRec[] })[];
  outCl?: boolean;
  inplace?: boolean;
  error?: boolean;
  tol: [number, number] | null;
}

const file = new URL('./__fixtures__/kernel-cases.json', import.meta.url);
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: CaseRec[] };

function num(v: number | string): number {
  if (v === 'nan') return Number.NaN;
  if (v === 'inf') return Number.POSITIVE_INFINITY;
  if (v === '-inf') return Number.NEGATIVE_INFINITY;
  return v as number;
}

function dtypeOf(name: string): ScalarType {
  const t = parseScalarType(name);
  if (t === undefined) throw new Error(`unknown dtype ${name}`);
  return t;
}

function makeTensor(r: TensorRec): Tensor {
  const dtype = dtypeOf(r.dtype);
  if (dtype === ScalarType.Half) throw new Error('half inputs are not used in fixtures');
  // int64 values beyond 2^53 are recorded as decimal strings: BigInt reads both forms exactly
  if (dtype === ScalarType.Long)
    return Tensor.from(
      dtype,
      r.sizes,
      r.data.map((v) => BigInt(v)),
      r.dimOrder,
    );
  return Tensor.from(dtype, r.sizes, r.data.map(num), r.dimOrder);
}

function makeArg(a: ArgRec): EValue {
  if ('tensor' in a) return EValues.tensor(makeTensor(a.tensor));
  if ('none' in a) return EValues.none();
  if ('int' in a) return EValues.int(a.int);
  if ('double' in a) return EValues.double(num(a.double));
  if ('bool' in a) return EValues.bool(a.bool);
  if ('string' in a) return EValues.string(a.string);
  if ('ints' in a) return { tag: Tag.ListInt, value: a.ints };
  if ('doubles' in a) return { tag: Tag.ListDouble, value: a.doubles };
  if ('bools' in a) return { tag: Tag.ListBool, value: a.bools };
  if ('tensors' in a) return { tag: Tag.ListTensor, value: a.tensors.map(makeTensor) };
  return { tag: Tag.ListOptionalTensor, value: a.optTensors.map((t) => (t === null ? null : makeTensor(t))) };
}

function halfToNumber(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? Number.NaN : s * Number.POSITIVE_INFINITY;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** Raw elements of `t` in logical row-major order, computed independently from its strides. */
function logicalRaw(t: Tensor): (number | bigint)[] {
  const res: (number | bigint)[] = [];
  const idx = new Array<number>(t.rank).fill(0);
  const data = t.data as ArrayLike<number | bigint>;
  for (let i = 0; i < t.numel; i++) {
    let off = 0;
    for (let d = 0; d < t.rank; d++) off += (idx[d] as number) * (t.strides[d] as number);
    res.push(data[off] as number | bigint);
    for (let d = t.rank - 1; d >= 0; d--) {
      idx[d] = (idx[d] as number) + 1;
      if ((idx[d] as number) < (t.sizes[d] as number)) break;
      idx[d] = 0;
    }
  }
  return res;
}

/** Values of `t` in logical row-major order, computed independently from its strides. */
function logicalValues(t: Tensor): number[] {
  const res: number[] = [];
  const n = t.numel;
  const idx = new Array<number>(t.rank).fill(0);
  const data = t.data as ArrayLike<number | bigint>;
  for (let i = 0; i < n; i++) {
    let off = 0;
    for (let d = 0; d < t.rank; d++) off += (idx[d] as number) * (t.strides[d] as number);
    const raw = Number(data[off]);
    res.push(t.dtype === ScalarType.Half ? halfToNumber(raw) : raw);
    for (let d = t.rank - 1; d >= 0; d--) {
      idx[d] = (idx[d] as number) + 1;
      if ((idx[d] as number) < (t.sizes[d] as number)) break;
      idx[d] = 0;
    }
  }
  return res;
}

function outTensor(r: TensorRec, cl: boolean, error: boolean, rankHint: number): Tensor {
  const dtype = dtypeOf(r.dtype);
  if (error) {
    // The expected shape is unknown: give a tensor of a plausible rank and room to spare, so the
    // kernel's own argument checks (not a resize failure) are what must reject the call.
    return new Tensor({ dtype, sizes: new Array<number>(rankHint).fill(1), capacity: 4096 });
  }
  const dimOrder = cl && r.sizes.length === 4 ? CHANNELS_LAST_DIM_ORDER : undefined;
  return new Tensor({ dtype, sizes: r.sizes, ...(dimOrder ? { dimOrder } : {}) });
}

const byOp = new Map(portableKernels.map((k) => [k.op, k]));

describe('portable kernels against PyTorch-recorded cases', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  for (const c of cases) {
    it(`${c.op}: ${c.name}`, () => {
      const kernel = byOp.get(c.op);
      expect(kernel, `no kernel for ${c.op}`).toBeDefined();
      const args = c.args.map(makeArg);
      const firstTensor = args.find((a) => a.tag === Tag.Tensor);
      const rankHint = firstTensor && firstTensor.tag === Tag.Tensor ? firstTensor.value.rank : 1;
      const outs: (Tensor | Tensor[])[] = c.inplace
        ? []
        : c.outs.map((o) =>
            'list' in o
              ? o.list.map((t) => outTensor(t, false, false, 0))
              : outTensor(o, !!c.outCl, !!c.error, rankHint),
          );
      for (const o of outs) args.push(Array.isArray(o) ? { tag: Tag.ListTensor, value: o } : EValues.tensor(o));
      if (c.inplace) args.push(args[0] as EValue);
      else if (outs.length === 1 && !Array.isArray(outs[0])) args.push(args[args.length - 1] as EValue);
      else if (outs.every((o) => !Array.isArray(o))) args.push({ tag: Tag.ListTensor, value: outs as Tensor[] });
      else args.push(EValues.none());
      const run = () => kernel!.run({ methodName: 'forward', operator: c.op }, args);
      if (c.error) {
        let err: unknown;
        try {
          run();
        } catch (e) {
          err = e;
        }
        expect(KindlingError.isInstance(err), `expected a KindlingError, got ${String(err)}`).toBe(true);
        return;
      }
      run();
      const actual: Tensor[] = c.inplace ? [(args[0] as { value: Tensor }).value] : outs.flat();
      const expected: TensorRec[] = c.outs.flatMap((o) => ('list' in o ? o.list : [o]));
      expect(actual.length).toBe(expected.length);
      const [rtol, atol] = c.tol ?? [1e-6, 1e-7];
      expected.forEach((e, k) => {
        const a = actual[k] as Tensor;
        expect([...a.sizes], `sizes of output ${k}`).toEqual(e.sizes);
        expect(a.dtype).toBe(dtypeOf(e.dtype));
        const got = logicalValues(a);
        const want = e.data.map(num);
        const raw = e.dtype === 'int64' ? logicalRaw(a) : [];
        for (let i = 0; i < want.length; i++) {
          const exact = e.data[i];
          if (typeof exact === 'string' && e.dtype === 'int64') {
            // int64 beyond 2^53, recorded as a decimal string: compared exactly
            expect(String(raw[i]), `output ${k}[${i}]`).toBe(exact);
            continue;
          }
          const w = want[i] as number;
          const g = got[i] as number;
          if (Number.isNaN(w)) {
            expect(Number.isNaN(g), `output ${k}[${i}] should be NaN, got ${g}`).toBe(true);
          } else if (!Number.isFinite(w)) {
            expect(g, `output ${k}[${i}]`).toBe(w);
          } else {
            const ok = Math.abs(g - w) <= atol + rtol * Math.abs(w);
            expect(ok, `output ${k}[${i}]: got ${g}, want ${w}`).toBe(true);
          }
        }
      });
    });
  }
});
