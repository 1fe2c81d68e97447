import {
  type Backend,
  type BackendInitContext,
  type CompileSpec,
  ErrorCode,
  type EValue,
  ScalarType,
  Tag,
  type Tensor,
} from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { Module, Program } from '../src/index.js';
import { kindlingError } from './helpers.js';
import { buildPte, delegateCall, tensorValue } from './program-builder.js';

const F = ScalarType.Float;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

interface Handle {
  op: string;
  n: number;
}

/** A fake backend whose payload names an operation ("add" or "mul") applied to two inputs. */
function fakeBackend(
  log: string[],
  options: {
    id?: string;
    available?: boolean | { available: false; reason: string };
    failInit?: boolean;
    failExecute?: boolean;
    async?: boolean;
  } = {},
): Backend & {
  contexts: BackendInitContext[];
  specs: (readonly CompileSpec[])[];
} {
  const id = options.id ?? 'FakeBackend';
  const contexts: BackendInitContext[] = [];
  const specs: (readonly CompileSpec[])[] = [];
  let n = 0;
  const execute = (_ctx: unknown, handle: unknown, args: EValue[]): void => {
    const h = handle as Handle;
    log.push(`execute ${h.op}#${h.n} args=${args.length}`);
    if (options.failExecute) throw new Error('device lost');
    const [a, b, out] = args.map((v) => (v.tag === Tag.Tensor ? v.value : undefined)) as Tensor[];
    const x = a?.data as Float32Array;
    const y = b?.data as Float32Array;
    const o = out?.data as Float32Array;
    for (let i = 0; i < o.length; i++)
      o[i] = h.op === 'add' ? (x[i] as number) + (y[i] as number) : (x[i] as number) * (y[i] as number);
  };
  return {
    specificationVersion: 'v1',
    id,
    contexts,
    specs,
    isAvailable: () => options.available ?? true,
    init(context, processed, compileSpecs) {
      contexts.push(context);
      specs.push(compileSpecs);
      const op = dec(processed);
      log.push(`init ${op}`);
      if (options.failInit && op === 'mul') throw new Error('cannot compile mul');
      return { op, n: n++ } satisfies Handle;
    },
    execute: options.async ? async (c, h, a) => execute(c, h, a) : execute,
    destroy(handle) {
      log.push(`destroy ${(handle as Handle).op}#${(handle as Handle).n}`);
    },
  };
}

/** forward(x, y) = (x + y) * y through two delegates; outputs of the first are not memory planned. */
function twoDelegateProgram(id = 'FakeBackend'): Uint8Array {
  return buildPte([
    {
      values: [
        tensorValue(F, [2], { planned: [1, 0] }),
        tensorValue(F, [2], { planned: [1, 16] }),
        tensorValue(F, [2]),
        tensorValue(F, [2], { planned: [1, 32] }),
      ],
      inputs: [0, 1],
      outputs: [3],
      delegates: [
        { id, payload: enc('add'), compileSpecs: [{ key: 'precision', value: enc('fp32') }] },
        { id, payload: enc('mul') },
      ],
      instructions: [delegateCall(0, [0, 1, 2]), delegateCall(1, [2, 1, 3])],
      buffers: [48],
    },
  ]);
}

describe('delegates', () => {
  it('initialises each delegate once in order, passes args, destroys on dispose', async () => {
    const log: string[] = [];
    const backend = fakeBackend(log);
    const m = await Module.load(twoDelegateProgram(), {
      backends: [backend],
      backendOptions: { FakeBackend: { threads: 2 } },
    });
    expect(m.methodMeta('forward').backends).toEqual(['FakeBackend']);
    const [y] = await m.forward([Float32Array.of(1, 2), Float32Array.of(3, 4)]);
    expect((y as Tensor).toArray()).toEqual([12, 24]);
    await m.forward([Float32Array.of(0, 0), Float32Array.of(1, 1)]);
    await m.dispose();
    expect(log).toEqual([
      'init add',
      'init mul',
      'execute add#0 args=3',
      'execute mul#1 args=3',
      'execute add#0 args=3',
      'execute mul#1 args=3',
      'destroy add#0',
      'destroy mul#1',
    ]);
    expect(backend.contexts.map((c) => [c.methodName, c.delegateIndex, c.options])).toEqual([
      ['forward', 0, { threads: 2 }],
      ['forward', 1, { threads: 2 }],
    ]);
    expect(backend.specs[0]?.map((s) => [s.key, dec(s.value)])).toEqual([['precision', 'fp32']]);
    expect(backend.contexts[0]?.namedData.keys()).toEqual([]);
  });

  it('supports async execute', async () => {
    const m = await Module.load(twoDelegateProgram(), { backends: [fakeBackend([], { async: true })] });
    const [y] = await m.forward([Float32Array.of(1, 1), Float32Array.of(2, 2)]);
    expect((y as Tensor).toArray()).toEqual([6, 6]);
  });

  it('an unavailable backend counts as missing', async () => {
    const e = await kindlingError(() =>
      Program.load(twoDelegateProgram('XnnpackBackend')).loadMethod('forward', {
        backends: [fakeBackend([], { id: 'XnnpackBackend', available: false })],
      }),
    );
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toMatch(/XnnpackBackend.*not available here.*@kindling\/backend-xnnpack/);
  });

  it('an unavailable backend says why', async () => {
    const e = await kindlingError(() =>
      Program.load(twoDelegateProgram('VulkanBackend')).loadMethod('forward', {
        backends: [
          fakeBackend([], { id: 'VulkanBackend', available: { available: false, reason: 'no WebGPU adapter' } }),
        ],
      }),
    );
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toMatch(/VulkanBackend.*not available here: no WebGPU adapter/);
  });

  it('ids match exactly; an unknown id says no package is known', async () => {
    const e = await kindlingError(() =>
      Program.load(twoDelegateProgram('MyBackend')).loadMethod('forward', {
        backends: [fakeBackend([], { id: 'mybackend' })],
      }),
    );
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toContain('"MyBackend"');
    expect(e.message).toContain('no Kindling package is known');
  });

  it('a failing init destroys the delegates already initialised', async () => {
    const log: string[] = [];
    const e = await kindlingError(() =>
      Program.load(twoDelegateProgram()).loadMethod('forward', { backends: [fakeBackend(log, { failInit: true })] }),
    );
    expect(e.code).toBe(ErrorCode.Internal);
    expect(e.message).toContain('cannot compile mul');
    expect(e.context).toMatchObject({ method: 'forward', backend: 'FakeBackend', delegate: 1 });
    expect(log).toEqual(['init add', 'init mul', 'destroy add#0']);
  });

  it('a failing execute is reported with the instruction and backend', async () => {
    const m = await Module.load(twoDelegateProgram(), { backends: [fakeBackend([], { failExecute: true })] });
    const e = await kindlingError(() => m.forward([Float32Array.of(1, 1), Float32Array.of(2, 2)]));
    expect(e.code).toBe(ErrorCode.Internal);
    expect(e.message).toContain('device lost');
    expect(e.context).toMatchObject({ method: 'forward', instruction: 0, backend: 'FakeBackend' });
  });

  it('refuses a backend of another interface version', async () => {
    const b = { ...fakeBackend([]), specificationVersion: 'v2' } as unknown as Backend;
    const e = await kindlingError(() => Program.load(twoDelegateProgram()).loadMethod('forward', { backends: [b] }));
    expect(e.code).toBe(ErrorCode.NotSupported);
  });
});
