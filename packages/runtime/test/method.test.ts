import { defineKernel, ErrorCode, type EValue, EValues, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { createKernelRegistry, loadBytes, Module, Program } from '../src/index.js';
import { kindlingError, testKernels } from './helpers.js';
import { boolValue, buildPte, f32, intValue, jumpFalse, kernelCall, moveCall, tensorValue } from './program-builder.js';

const F = ScalarType.Float;

function t(args: EValue[], i: number): Tensor {
  const v = args[i] as EValue;
  if (v.tag !== Tag.Tensor) throw new Error(`arg ${i} is ${v.tag}`);
  return v.value;
}
function int(args: EValue[], i: number): number {
  const v = args[i] as EValue;
  if (v.tag !== Tag.Int) throw new Error(`arg ${i} is not an Int`);
  return v.value;
}

const step = defineKernel({
  op: 'test::step.out',
  dtypes: 'any',
  run(_c, args) {
    const next = int(args, 0) + 1;
    args[0] = EValues.int(next);
    args[1] = EValues.bool(next >= int(args, 2));
  },
});
const fill = defineKernel({
  op: 'test::fill.out',
  dtypes: [F],
  run(_c, args) {
    (t(args, 1).data as Float32Array)[0] = int(args, 0);
  },
});
const sumList = defineKernel({
  op: 'test::sum_list.out',
  dtypes: [F],
  run(_c, args) {
    const list = args[0] as EValue;
    if (list.tag !== Tag.ListInt) throw new Error('not an int list');
    (t(args, 1).data as Float32Array)[0] = list.value.reduce((a, b) => a + b, 0);
  },
});
const setInt = defineKernel({
  op: 'test::set_int.out',
  dtypes: 'any',
  run(_c, args) {
    args[1] = EValues.int(int(args, 0) * 10);
  },
});
const copy = defineKernel({
  op: 'test::copy.out',
  dtypes: [F],
  run(_c, args) {
    const src = t(args, 0);
    const out = t(args, 1);
    out.resize(src.sizes);
    (out.data as Float32Array).set(src.data as Float32Array);
  },
});
const accumulate = defineKernel({
  op: 'test::accumulate.out',
  dtypes: [F],
  run(_c, args) {
    const x = t(args, 0).data as Float32Array;
    const state = t(args, 1).data as Float32Array;
    const out = t(args, 2).data as Float32Array;
    for (let i = 0; i < x.length; i++) {
      state[i] = (state[i] as number) + (x[i] as number);
      out[i] = state[i] as number;
    }
  },
});
const kernels = [step, fill, sumList, setInt, copy, accumulate, ...testKernels];

describe('Method execution', () => {
  it('interprets a JumpFalse loop and writes scalar results back (counts to 5)', async () => {
    const pte = buildPte([
      {
        values: [intValue(0), boolValue(false), intValue(5), tensorValue(F, [1], { planned: [1, 0] })],
        inputs: [],
        outputs: [3],
        operators: ['test::step.out', 'test::fill.out'],
        instructions: [kernelCall(0, [0, 1, 2]), jumpFalse(1, 0), kernelCall(1, [0, 3])],
        buffers: [16],
      },
    ]);
    const m = await Module.load(pte, { kernels });
    const [y] = await m.forward([]);
    expect((y as Tensor).toArray()).toEqual([5]);
  });

  it('a Bool tensor condition jumps unless all elements are true', async () => {
    // values: 0 Bool[2] cond (input), 1 Int 1, 2 Int 2, 3 out
    const pte = buildPte([
      {
        values: [
          tensorValue(ScalarType.Bool, [2], { planned: [1, 0] }),
          intValue(1),
          intValue(2),
          tensorValue(F, [1], { planned: [1, 16] }),
          boolValue(false),
        ],
        inputs: [0],
        outputs: [3],
        operators: ['test::fill.out'],
        // if all(cond): out = 1 else out = 2
        instructions: [jumpFalse(0, 3), kernelCall(0, [1, 3]), jumpFalse(4, 4), kernelCall(0, [2, 3])],
        buffers: [32],
      },
    ]);
    const m = await Module.load(pte, { kernels });
    expect(((await m.forward([Uint8Array.of(1, 1)]))[0] as Tensor).toArray()).toEqual([1]);
    expect(((await m.forward([Uint8Array.of(1, 0)]))[0] as Tensor).toArray()).toEqual([2]);
  });

  it('refuses a jump on a non-Bool value with InvalidProgram and context', async () => {
    const pte = buildPte([{ values: [intValue(1)], inputs: [], outputs: [0], instructions: [jumpFalse(0, 0)] }]);
    const m = await Module.load(pte, { kernels });
    const e = await kindlingError(() => m.forward([]));
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.context).toMatchObject({ method: 'forward', instruction: 0 });
  });

  it('refuses at load a loop on a false condition that nothing writes', async () => {
    const pte = buildPte([{ values: [boolValue(false)], inputs: [], outputs: [0], instructions: [jumpFalse(0, 0)] }]);
    const e = await kindlingError(() => Program.load(pte).loadMethod('forward', { kernels }));
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.message).toMatch(/jumps back to instruction 0 on condition value 0, which is always false/);
    // A forward jump on the same condition is an ordinary branch.
    const forward = buildPte([
      { values: [boolValue(false)], inputs: [], outputs: [0], instructions: [jumpFalse(0, 1)] },
    ]);
    await expect(Program.load(forward).loadMethod('forward', { kernels })).resolves.toBeDefined();
  });

  it('materialises Int lists at call time (an Int computed by a prim-op-like kernel)', async () => {
    // v0 Int 4 -> set_int writes v1 = 40; sum_list([v1, v2=2]) -> 42
    const pte = buildPte([
      {
        values: [
          intValue(4),
          intValue(0),
          intValue(2),
          { type: 'IntList', items: [1, 2] },
          tensorValue(F, [1], { planned: [1, 0] }),
        ],
        inputs: [],
        outputs: [4],
        operators: ['test::set_int.out', 'test::sum_list.out'],
        instructions: [kernelCall(0, [0, 1]), kernelCall(1, [3, 4])],
        buffers: [16],
      },
    ]);
    const m = await Module.load(pte, { kernels });
    expect(((await m.forward([]))[0] as Tensor).toArray()).toEqual([42]);
  });

  it('MoveCall makes the destination alias the source', async () => {
    const pte = buildPte([
      {
        values: [tensorValue(F, [2], { planned: [1, 0] }), tensorValue(F, [2], { planned: [1, 16] })],
        inputs: [0],
        outputs: [1],
        instructions: [moveCall(0, 1)],
        buffers: [32],
      },
    ]);
    const m = await Module.load(pte, { kernels });
    const [y] = await m.forward([Float32Array.of(7, 8)]);
    expect((y as Tensor).toArray()).toEqual([7, 8]);
  });

  it('resizes DYNAMIC_BOUND inputs within their bound and refuses larger or static mismatches', async () => {
    const pte = buildPte([
      {
        values: [
          tensorValue(F, [4], { planned: [1, 0], dynamic: 'bound' }),
          tensorValue(F, [4], { planned: [1, 16], dynamic: 'bound' }),
        ],
        inputs: [0],
        outputs: [1],
        operators: ['test::copy.out'],
        instructions: [kernelCall(0, [0, 1])],
        buffers: [32],
      },
      {
        name: 'static',
        values: [tensorValue(F, [4], { planned: [1, 0] }), tensorValue(F, [4], { planned: [1, 16] })],
        inputs: [0],
        outputs: [1],
        operators: ['test::copy.out'],
        instructions: [kernelCall(0, [0, 1])],
        buffers: [32],
      },
    ]);
    const m = await Module.load(pte, { kernels });
    expect(m.methodMeta('forward').inputs[0]).toMatchObject({ dynamism: 'bound', sizes: [4] });
    const [y] = await m.forward([Tensor.from(F, [2], [5, 6])]);
    expect((y as Tensor).sizes).toEqual([2]);
    expect((y as Tensor).toArray()).toEqual([5, 6]);
    const big = await kindlingError(() => m.forward([Tensor.from(F, [5], [1, 2, 3, 4, 5])]));
    expect(big.code).toBe(ErrorCode.InvalidArgument);
    expect(big.message).toMatch(/input 0/);
    const wrong = await kindlingError(() => m.execute('static', [Tensor.from(F, [2], [1, 2])]));
    expect(wrong.code).toBe(ErrorCode.InvalidArgument);
    expect(wrong.message).toMatch(/input 0.*expected shape \[4\], got \[2\]/);
  });

  it('keeps mutable planned state (initial value from the mutable segment) across calls', async () => {
    const pte = buildPte(
      [
        {
          values: [
            tensorValue(F, [2], { planned: [1, 0] }),
            tensorValue(F, [2], { planned: [1, 16], dataBufferIdx: 1 }),
            tensorValue(F, [2], { planned: [1, 32] }),
          ],
          inputs: [0],
          outputs: [2],
          operators: ['test::accumulate.out'],
          instructions: [kernelCall(0, [0, 1, 2])],
          buffers: [48],
        },
      ],
      { mutable: [f32(10, 20)] },
    );
    const m = await Module.load(pte, { kernels });
    expect(((await m.forward([Float32Array.of(1, 2)]))[0] as Tensor).toArray()).toEqual([11, 22]);
    expect(((await m.forward([Float32Array.of(1, 2)]))[0] as Tensor).toArray()).toEqual([12, 24]);
    // A second module starts from the initial state again.
    const other = await Module.load(pte, { kernels });
    expect(((await other.forward([Float32Array.of(0, 0)]))[0] as Tensor).toArray()).toEqual([10, 20]);
  });

  it('copies non-planned inputs at setInput and allocates non-planned outputs per execute', async () => {
    const pte = buildPte([
      {
        values: [tensorValue(F, [2]), tensorValue(F, [2])],
        inputs: [0],
        outputs: [1],
        operators: ['test::copy.out'],
        instructions: [kernelCall(0, [0, 1])],
      },
    ]);
    const program = Program.load(pte);
    const method = await program.loadMethod('forward', { kernels });
    const input = Tensor.from(F, [2], [1, 2]);
    method.setInput(0, EValues.tensor(input));
    await method.execute();
    const first = method.output(0);
    input.data[0] = 5;
    await method.execute();
    const second = method.output(0);
    method.setInput(0, EValues.tensor(input));
    await method.execute();
    const third = method.output(0);
    expect(first.tag === Tag.Tensor && first.value.toArray()).toEqual([1, 2]);
    // The input was copied when it was set: changing the caller's tensor afterwards is not seen.
    expect(second.tag === Tag.Tensor && second.value.toArray()).toEqual([1, 2]);
    expect(third.tag === Tag.Tensor && third.value.toArray()).toEqual([5, 2]);
    expect(program.methodMeta('forward').inputs[0]).toMatchObject({ isMemoryPlanned: false });
  });

  it('copies outputs unless zeroCopy; a failed execute leaves earlier outputs untouched', async () => {
    let failNext = false;
    const flaky = defineKernel({
      op: 'test::copy.out',
      dtypes: [F],
      run(ctx, args) {
        if (failNext) throw new TypeError('boom');
        copy.run(ctx, args);
      },
    });
    const pte = buildPte([
      {
        values: [tensorValue(F, [2], { planned: [1, 0] }), tensorValue(F, [2], { planned: [1, 16] })],
        inputs: [0],
        outputs: [1],
        operators: ['test::copy.out'],
        instructions: [kernelCall(0, [0, 1])],
        buffers: [32],
      },
    ]);
    const m = await Module.load(pte, { kernels: [flaky] });
    const [copied] = await m.forward([Float32Array.of(1, 2)]);
    const [aliased] = await m.forward([Float32Array.of(3, 4)], { zeroCopy: true });
    await m.forward([Float32Array.of(5, 6)]);
    expect((copied as Tensor).toArray()).toEqual([1, 2]);
    expect((aliased as Tensor).toArray()).toEqual([5, 6]);
    const [kept] = await m.forward([Float32Array.of(7, 8)]);
    failNext = true;
    const e = await kindlingError(() => m.forward([Float32Array.of(9, 9)]));
    expect(e.code).toBe(ErrorCode.Internal);
    expect(e.message).toContain('boom');
    expect(e.context).toMatchObject({ method: 'forward', instruction: 0, operator: 'test::copy.out' });
    expect((kept as Tensor).toArray()).toEqual([7, 8]);
  });

  it('reports every missing kernel at once, and dtype mismatches', async () => {
    const pte = buildPte([
      {
        values: [
          tensorValue(ScalarType.Long, [1], { planned: [1, 0] }),
          tensorValue(ScalarType.Long, [1], { planned: [1, 16] }),
          intValue(1),
        ],
        inputs: [0],
        outputs: [1],
        operators: ['my::first.out', 'aten::add.out', 'my::second.out'],
        instructions: [
          kernelCall(0, [0, 1]),
          kernelCall(1, [0, 0, 2, 1, 1]),
          kernelCall(2, [0, 1]),
          kernelCall(0, [0, 1]),
        ],
        buffers: [32],
      },
    ]);
    const floatAdd = defineKernel({ op: 'aten.add.out', dtypes: [F], run: () => undefined });
    const p = Program.load(pte);
    const e = await kindlingError(() => p.loadMethod('forward', { kernels: createKernelRegistry([floatAdd]) }));
    expect(e.code).toBe(ErrorCode.OperatorMissing);
    expect(e.message).toContain('my::first.out');
    expect(e.message).toContain('my::second.out');
    expect(e.message).toMatch(/aten::add\.out \(no kernel for Long; the given ones accept Float\)/);
    expect(e.context.operators).toEqual(['my::first.out', 'aten::add.out', 'my::second.out']);
  });

  it('refuses more planned memory than the cap with MemoryAllocationFailed', async () => {
    const pte = buildPte([
      { values: [tensorValue(F, [1024], { planned: [1, 0] })], inputs: [0], outputs: [0], buffers: [4096] },
    ]);
    const e = await kindlingError(() => Program.load(pte).loadMethod('forward', { maxPlannedBytes: 1000 }));
    expect(e.code).toBe(ErrorCode.MemoryAllocationFailed);
    expect(await (await Program.load(pte).loadMethod('forward', { maxPlannedBytes: 4096 })).plannedBytes).toBe(4096);
  });

  it('refuses unbounded dynamic tensors with NotSupported', async () => {
    const pte = buildPte([{ values: [tensorValue(F, [4], { dynamic: 'unbound' })], inputs: [0], outputs: [0] }]);
    const e = await kindlingError(() => Program.load(pte).loadMethod('forward'));
    expect(e.code).toBe(ErrorCode.NotSupported);
  });

  it('requires every tensor input before execute and checks non-tensor inputs against the program', async () => {
    const pte = buildPte([
      {
        values: [tensorValue(F, [1], { planned: [1, 0] }), intValue(3)],
        inputs: [0, 1],
        outputs: [0],
        buffers: [16],
      },
    ]);
    const method = await Program.load(pte).loadMethod('forward');
    const e = await kindlingError(() => method.execute());
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/input 0/);
    const m = await Module.load(pte);
    expect(((await m.forward([Float32Array.of(4), 3]))[0] as Tensor).toArray()).toEqual([4]);
    const bad = await kindlingError(() => m.forward([Float32Array.of(4), 5]));
    expect(bad.message).toMatch(/input 1.*fixed to 3/);
    const count = await kindlingError(() => m.forward([Float32Array.of(4)]));
    expect(count.message).toMatch(/takes 2 inputs, got 1/);
  });

  it('a disposed method refuses to execute', async () => {
    const pte = buildPte([{ values: [intValue(1)], inputs: [], outputs: [0] }]);
    const method = await Program.load(pte).loadMethod('forward');
    await method.execute();
    expect(method.output(0)).toEqual({ tag: Tag.Int, value: 1 });
    method.dispose();
    method.dispose();
    expect((await kindlingError(() => method.execute())).code).toBe(ErrorCode.InvalidState);
  });

  it('errors are KindlingErrors for garbage input', async () => {
    for (const bytes of [
      new Uint8Array(0),
      new Uint8Array(100).fill(0xff),
      new TextEncoder().encode('12345678ET12xxxxxxxx'),
    ]) {
      const e = await kindlingError(() => Module.load(bytes));
      expect(KindlingError.isInstance(e)).toBe(true);
      expect(e.code).toBe(ErrorCode.InvalidProgram);
    }
    const e = await kindlingError(() => loadBytes('/nonexistent/model.pte'));
    expect(e.code).toBe(ErrorCode.NotFound);
    const missing = await kindlingError(() => Module.load('/nonexistent/model.pte'));
    expect(missing.code).toBe(ErrorCode.NotFound);
    const notBytes = await kindlingError(() => Module.load(42 as never));
    expect(notBytes.code).toBe(ErrorCode.InvalidArgument);
    const p = await Module.load(buildPte([{ values: [intValue(1)], inputs: [], outputs: [0] }]));
    expect((await kindlingError(() => p.execute('nope'))).code).toBe(ErrorCode.NotFound);
  });
});

describe('static shapes stay static', () => {
  // test::shrink.out(x, out): resizes `out` to half of x's length, as a kernel with a data-dependent
  // output shape would.
  const shrink = defineKernel({
    op: 'test::shrink.out',
    dtypes: [ScalarType.Float],
    run(_ctx, args) {
      const x = (args[0] as { value: Tensor }).value;
      const out = (args[1] as { value: Tensor }).value;
      out.resize([Math.max(1, x.numel >> 1)]);
    },
  });
  const program = (dynamic: boolean) =>
    buildPte([
      {
        values: [
          tensorValue(F, [4], { planned: [1, 0] }),
          tensorValue(F, [4], { planned: [1, 16], ...(dynamic ? { dynamic: 'bound' as const } : {}) }),
        ],
        inputs: [0],
        outputs: [1],
        operators: ['test::shrink.out'],
        instructions: [kernelCall(0, [0, 1])],
        buffers: [32],
      },
    ]);

  it('a kernel that resizes a STATIC output fails with InvalidArgument naming the value', async () => {
    const m = await Module.load(program(false), { kernels: [shrink] });
    const e = await kindlingError(() => m.forward([new Float32Array(4)]));
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.message).toMatch(/cannot resize tensor value 1 of method "forward" from \[4\] to \[2\]/);
  });

  it('the same kernel may resize a DYNAMIC_BOUND output', async () => {
    const m = await Module.load(program(true), { kernels: [shrink] });
    const [y] = await m.forward([new Float32Array(4)]);
    expect((y as Tensor).sizes).toEqual([2]);
  });

  it('Tensor.fixShape allows a resize to the same shape only', () => {
    const t = Tensor.zeros(F, [2, 3]).fixShape('t');
    t.resize([2, 3]);
    expect(t.shapeIsStatic).toBe(true);
    expect(() => t.resize([3, 2])).toThrow(/cannot resize t from \[2, 3\] to \[3, 2\]/);
    expect(Tensor.zeros(F, [2, 3]).shapeIsStatic).toBe(false);
  });
});
