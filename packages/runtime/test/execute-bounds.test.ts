import { type Backend, defineKernel, ErrorCode, type EValue, EValues, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOOP_BUDGET_MS, Module, Program, portableKernels } from '../src/index.js';
import { fixture, kindlingError } from './helpers.js';
import { boolValue, buildPte, delegateCall, jumpFalse, kernelCall, tensorValue } from './program-builder.js';

const F = ScalarType.Float;

function t(args: EValue[], i: number): Tensor {
  const v = args[i] as EValue;
  if (v.tag !== Tag.Tensor) throw new Error(`arg ${i} is ${v.tag}`);
  return v.value;
}

let calls = 0;
/** Counts its calls; does nothing else. */
const tick = defineKernel({
  op: 'test::tick.out',
  dtypes: 'any',
  run() {
    calls++;
  },
});

let failAfterWriting = false;
/** Writes 99 into its input and into its output (out = in + 1 otherwise), then fails when asked to. */
const scribble = defineKernel({
  op: 'test::scribble.out',
  dtypes: [F],
  run(_c, args) {
    const x = t(args, 0).data as Float32Array;
    const out = t(args, 1).data as Float32Array;
    if (failAfterWriting) {
      x.fill(99);
      out.fill(99);
      throw new Error('scribble failed after writing');
    }
    for (let i = 0; i < x.length; i++) out[i] = (x[i] as number) + 1;
  },
});

const kernels = [tick, scribble];

/**
 * A method that jumps back to its first instruction forever. Unlike the loop reproducer, its
 * condition is an argument of a kernel (which could write it), so the loop cannot be refused at
 * load and only the execute limits stop it.
 */
const loopPte = buildPte([
  {
    values: [boolValue(false)],
    inputs: [],
    outputs: [0],
    operators: ['test::tick.out'],
    instructions: [kernelCall(0, [0]), jumpFalse(0, 0)],
  },
]);

/** out = in + 1 with the scribbling kernel; `planned` puts the input (and output) in planned memory. */
function scribblePte(planned: boolean): Uint8Array {
  return buildPte([
    {
      values: [
        tensorValue(F, [3], planned ? { planned: [1, 0] } : {}),
        tensorValue(F, [3], planned ? { planned: [1, 16] } : {}),
      ],
      inputs: [0],
      outputs: [1],
      operators: ['test::scribble.out'],
      instructions: [kernelCall(0, [0, 1])],
      ...(planned ? { buffers: [32] } : {}),
    },
  ]);
}

describe('execute is bounded in time and count', () => {
  it('refuses the loop reproducer (a jump back on a condition nothing writes) when the method loads', async () => {
    const m = await Module.load(fixture('robustness/loop-ops_add_same_shape_portable.pte'), {
      kernels: portableKernels,
    });
    const start = performance.now();
    const e = await kindlingError(() => m.forward([new Float32Array(6), new Float32Array(6)]));
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.message).toMatch(/instruction 1 jumps back to instruction 0 .* always false .* never end/);
    expect(e.context).toMatchObject({ method: 'forward', instruction: 1 });
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('stops a loop it cannot refuse at load after the default loop budget', async () => {
    // Without a count cap, so that the time budget is what stops it (10,000,000 quick instructions
    // can take less than the budget).
    const m = await Module.load(loopPte, { kernels, maxInstructions: Number.POSITIVE_INFINITY });
    const start = performance.now();
    const e = await kindlingError(() => m.forward());
    const ms = performance.now() - start;
    expect(e.code).toBe(ErrorCode.OutOfResources);
    expect(e.message).toMatch(/kept looping for more than 1000 ms .*maxExecuteMs/);
    expect(e.context).toMatchObject({ method: 'forward', chain: 0 });
    expect(ms).toBeLessThan(DEFAULT_LOOP_BUDGET_MS + 1000);
  });

  it('applies maxExecuteMs from load options and per call', async () => {
    const m = await Module.load(loopPte, { kernels, maxExecuteMs: 50 });
    let start = performance.now();
    let e = await kindlingError(() => m.forward());
    expect(e.code).toBe(ErrorCode.OutOfResources);
    expect(e.message).toMatch(/more than its budget of maxExecuteMs = 50 ms/);
    expect(performance.now() - start).toBeLessThan(500);
    start = performance.now();
    e = await kindlingError(() => m.forward([], { maxExecuteMs: 20 }));
    expect(e.message).toMatch(/maxExecuteMs = 20 ms/);
    expect(performance.now() - start).toBeLessThan(400);
  });

  it('applies maxInstructions from load options and per call, counting every instruction', async () => {
    const m = await Module.load(loopPte, { kernels, maxInstructions: 1000, maxExecuteMs: Number.POSITIVE_INFINITY });
    calls = 0;
    let e = await kindlingError(() => m.forward());
    expect(e.code).toBe(ErrorCode.InvalidProgram);
    expect(e.message).toMatch(/more than 1000 instructions.*maxInstructions/);
    expect(calls).toBe(500);
    calls = 0;
    e = await kindlingError(() => m.forward([], { maxInstructions: 11 }));
    expect(e.message).toMatch(/more than 11 instructions/);
    expect(calls).toBe(6);
  });

  it('rejects malformed limits with InvalidArgument', async () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      const e = await kindlingError(() =>
        Program.load(loopPte).loadMethod('forward', { kernels, maxInstructions: bad }),
      );
      expect(e.code).toBe(ErrorCode.InvalidArgument);
    }
    const m = await Module.load(loopPte, { kernels });
    for (const bad of [0, -5, Number.NaN]) {
      const e = await kindlingError(() => m.forward([], { maxExecuteMs: bad }));
      expect(e.code).toBe(ErrorCode.InvalidArgument);
      expect(e.message).toMatch(/maxExecuteMs/);
    }
  });

  it('does not time-limit straight-line code by default', async () => {
    let ran = 0;
    const slow = defineKernel({
      op: 'test::slow.out',
      dtypes: 'any',
      run() {
        const until = performance.now() + 30;
        while (performance.now() < until) {}
        ran++;
      },
    });
    // 40 instructions of 30 ms each: more than the loop budget, but no backward jump.
    const pte = buildPte([
      {
        values: [boolValue(true)],
        inputs: [],
        outputs: [0],
        operators: ['test::slow.out'],
        instructions: Array.from({ length: 40 }, () => kernelCall(0, [])),
      },
    ]);
    const m = await Module.load(pte, { kernels: [slow] });
    await m.forward();
    expect(ran).toBe(40);
    // An explicit budget covers it.
    const e = await kindlingError(() => m.forward([], { maxExecuteMs: 100 }));
    expect(e.code).toBe(ErrorCode.OutOfResources);
    expect(ran).toBeLessThan(80);
  }, 20_000);
});

describe('execute stops on an abort signal', () => {
  it('rejects at once, running nothing, for an already-aborted signal', async () => {
    const m = await Module.load(loopPte, { kernels });
    const reason = new Error('not needed any more');
    calls = 0;
    const e = await kindlingError(() => m.forward([], { signal: AbortSignal.abort(reason) }));
    expect(e.code).toBe(ErrorCode.InvalidState);
    expect(e.cause).toBe(reason);
    expect(e.context).toMatchObject({ method: 'forward', aborted: true });
    expect(calls).toBe(0);
    const method = await Program.load(loopPte).loadMethod('forward', { kernels });
    const e2 = await kindlingError(() => method.execute({ signal: AbortSignal.abort(reason) }));
    expect(e2.cause).toBe(reason);
    expect(calls).toBe(0);
  });

  it('stops a synchronous loop when a timer aborts (the execute yields to the event loop)', async () => {
    const m = await Module.load(loopPte, { kernels, maxExecuteMs: Number.POSITIVE_INFINITY });
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 100);
    const start = performance.now();
    const e = await kindlingError(() => m.forward([], { signal: controller.signal }));
    expect(performance.now() - start).toBeLessThan(600);
    expect(e.code).toBe(ErrorCode.InvalidState);
    expect(e.message).toMatch(/aborted at instruction/);
    expect(e.cause).toBe(reason);
    // The method is usable again afterwards.
    const again = await kindlingError(() => m.forward([], { maxInstructions: 10 }));
    expect(again.code).toBe(ErrorCode.InvalidProgram);
  });

  it('observes an abort at an asynchronous delegate call boundary', async () => {
    const controller = new AbortController();
    let delegateCalls = 0;
    const backend: Backend = {
      specificationVersion: 'v1',
      id: 'AsyncBackend',
      isAvailable: () => true,
      init: () => ({}),
      async execute() {
        delegateCalls++;
        controller.abort('user');
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    const pte = buildPte([
      {
        values: [boolValue(true)],
        inputs: [],
        outputs: [0],
        operators: ['test::tick.out'],
        delegates: [{ id: 'AsyncBackend', payload: new Uint8Array(4) }],
        instructions: [delegateCall(0, []), kernelCall(0, []), kernelCall(0, [])],
      },
    ]);
    const m = await Module.load(pte, { kernels, backends: [backend] });
    calls = 0;
    const e = await kindlingError(() => m.forward([], { signal: controller.signal }));
    expect(e.message).toMatch(/aborted after instruction 0/);
    expect(e.cause).toBe('user');
    expect(delegateCalls).toBe(1);
    expect(calls).toBe(0);
  });
});

describe('a failed execute is atomic for the caller', () => {
  for (const planned of [false, true]) {
    it(`never writes into the caller's input (${planned ? 'planned' : 'not planned'}), through Method and Module`, async () => {
      const pte = scribblePte(planned);
      const method = await Program.load(pte).loadMethod('forward', { kernels });
      const input = Tensor.from(F, [3], [1, 2, 3]);
      method.setInput(0, EValues.tensor(input));
      failAfterWriting = true;
      try {
        await kindlingError(() => method.execute());
        expect(input.toArray()).toEqual([1, 2, 3]);

        const m = await Module.load(pte, { kernels });
        const array = Float32Array.of(1, 2, 3);
        const e = await kindlingError(() => m.forward([array]));
        expect(e.message).toMatch(/scribble failed after writing/);
        expect([...array]).toEqual([1, 2, 3]);
        const tensor = Tensor.from(F, [3], [4, 5, 6]);
        await kindlingError(() => m.forward([tensor]));
        expect(tensor.toArray()).toEqual([4, 5, 6]);
      } finally {
        failAfterWriting = false;
      }
    });
  }

  it('leaves outputs of an earlier call untouched; zeroCopy views are valid only until the next call', async () => {
    const m = await Module.load(scribblePte(false), { kernels });
    const [copied] = (await m.forward([Float32Array.of(1, 2, 3)])) as Tensor[];
    failAfterWriting = true;
    try {
      await kindlingError(() => m.forward([Float32Array.of(7, 7, 7)]));
    } finally {
      failAfterWriting = false;
    }
    expect(copied?.toArray()).toEqual([2, 3, 4]);
    // A zeroCopy view aliases the method's memory: the documented contract is that it is valid
    // until the next call of the method starts, failed or not. Planned outputs show it.
    const planned = await Module.load(scribblePte(true), { kernels });
    const [view] = (await planned.forward([Float32Array.of(1, 2, 3)], { zeroCopy: true })) as Tensor[];
    expect(view?.toArray()).toEqual([2, 3, 4]);
    failAfterWriting = true;
    try {
      await kindlingError(() => planned.forward([Float32Array.of(7, 7, 7)], { zeroCopy: true }));
    } finally {
      failAfterWriting = false;
    }
    expect(view?.toArray()).toEqual([99, 99, 99]);
  });

  it('captures inputs when forward is called, not when the call runs', async () => {
    const m = await Module.load(scribblePte(false), { kernels });
    const x = Float32Array.of(1, 2, 3);
    const first = m.forward([x]);
    x.fill(10); // the first call has not run yet (it is queued behind the method's load)
    const second = m.forward([x]);
    x.fill(100);
    const tensor = Tensor.from(F, [3], [5, 5, 5]);
    const third = m.forward([tensor]);
    (tensor.data as Float32Array).fill(0);
    const [a] = (await first) as Tensor[];
    const [b] = (await second) as Tensor[];
    const [c] = (await third) as Tensor[];
    expect(a?.toArray()).toEqual([2, 3, 4]);
    expect(b?.toArray()).toEqual([11, 11, 11]);
    expect(c?.toArray()).toEqual([6, 6, 6]);
  });

  it('rejects a call with bad inputs without waiting for earlier calls', async () => {
    const m = await Module.load(scribblePte(false), { kernels });
    const e = await kindlingError(() => m.forward([Float32Array.of(1)]));
    expect(e.code).toBe(ErrorCode.InvalidArgument);
    expect(e.context).toMatchObject({ method: 'forward', input: 0 });
  });
});
