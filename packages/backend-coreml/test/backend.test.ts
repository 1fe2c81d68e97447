// The backend around the host: availability without a host, the host contract as the backend drives
// it, the reference host's fp16 emulation, and fuzzed payloads (KindlingError or a clean load, quickly).
import { floatToHalf, halfToFloat, seededRandom } from '@kindling/backend-utils';
import { availabilityOf, ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import {
  type CoreMLHost,
  coreml,
  MIL_OPS,
  NO_HOST_REASON,
  prepareFunction,
  readCoreMLPayload,
  referenceHost,
  runFunction,
} from '../src/index.js';
import { coremlCases, delegateOf, namedData } from './helpers.js';

const initContext = { methodName: 'forward', delegateIndex: 0, namedData: namedData(), options: {} };
const add = coremlCases.find((c) => c.id === 'ops/add/same_shape/coreml')!;

describe('without a host', () => {
  test('unavailable, saying a native Core ML host on an Apple device is needed', async () => {
    const a = await availabilityOf(coreml());
    expect(a.available).toBe(false);
    expect(!a.available && a.reason).toBe(NO_HOST_REASON);
    expect(NO_HOST_REASON).toMatch(/Apple/);
    expect(NO_HOST_REASON).toMatch(/host/);
  });

  test('init reads the payload, then refuses with NotSupported', async () => {
    const { payload } = delegateOf(add);
    await expect(coreml().init(initContext, payload, [])).rejects.toSatisfy(
      (e: unknown) => KindlingError.isInstance(e) && e.code === ErrorCode.NotSupported,
    );
    // a malformed payload is reported as such even without a host
    await expect(coreml().init(initContext, payload.subarray(0, 100), [])).rejects.toSatisfy(
      (e: unknown) => KindlingError.isInstance(e) && e.code === ErrorCode.InvalidProgram,
    );
  });
});

test('the backend drives a host: compile, load with the compute units, predict, release', async () => {
  const calls: string[] = [];
  const inner = referenceHost();
  const host: CoreMLHost = {
    name: 'recording',
    isAvailable: () => ({ available: true }),
    compile(model) {
      calls.push(`compile ${model.identifier.slice(0, 11)} ${model.packagePath}`);
      return inner.compile(model);
    },
    load(compiled, options) {
      calls.push(`load ${options.computeUnits} ${options.functionName}`);
      return inner.load(compiled, options);
    },
    predict(loaded, inputs) {
      calls.push(`predict ${inputs.map((i) => `${i.name}:${i.dtype}[${i.shape}]`).join(' ')}`);
      return inner.predict(loaded, inputs);
    },
    release() {
      calls.push('release');
    },
  };
  const { payload } = delegateOf(add);
  const spec = { key: 'compute_units', value: new TextEncoder().encode('cpu_and_ne') };
  const backend = coreml({ host });
  expect(await availabilityOf(backend)).toEqual({ available: true });
  const handle = await backend.init(initContext, payload, [spec]);
  backend.destroy!(handle);
  expect(calls).toEqual(['compile executorch_ model.mlpackage', 'load cpu_and_ne main', 'release', 'release']);
  expect(() => backend.destroy!(handle)).toThrow(/live delegate/);
});

describe('fp16 emulation', () => {
  test('an fp16 program rounds each result to fp16; the same model in fp32 does not', () => {
    const run = (id: string, x: Float32Array) => {
      const c = coremlCases.find((k) => k.id === id)!;
      const p = readCoreMLPayload(delegateOf(c).payload);
      const fn = prepareFunction(p, 'main', MIL_OPS);
      const inputs = new Map(fn.inputs.map((i) => [i.name, { dtype: i.dtype, shape: i.shape, data: x }]));
      return runFunction(fn, inputs).values().next().value!.data as Float32Array;
    };
    // sigmoid of 7 values: fp32 results are (almost all) not fp16 numbers; fp16 results all are
    const x = Float32Array.from({ length: 7 }, (_, i) => 0.1 + i * 0.37);
    const isHalf = (v: number) => halfToFloat(floatToHalf(v)) === v;
    const h = run('ops/sigmoid/vec7/coreml', x);
    const f = run('ops/sigmoid/vec7/coreml-fp32', x);
    expect([...h].every(isHalf)).toBe(true);
    expect([...f].filter(isHalf).length).toBeLessThan(2);
    for (const [i, v] of f.entries()) {
      expect(v).toBeCloseTo(1 / (1 + Math.exp(-(x[i] as number))), 6);
      // the fp16 program's input is rounded to fp16 first, then the result
      expect(h[i]).toBe(halfToFloat(floatToHalf(1 / (1 + Math.exp(-halfToFloat(floatToHalf(x[i] as number)))))));
    }
  });
});

describe('fuzzed payloads', () => {
  const cases = coremlCases.filter((c) => /conv2d\/3x3_pad1|layer_norm\/last_3d|gelu_mlp/.test(c.id));
  test.each(cases.map((c, i) => [c.id, c, i] as const))(
    '%s: truncations and byte flips give KindlingError or load',
    (_id, c, i) => {
      const { payload } = delegateOf(c);
      const random = seededRandom(0x5eed + i);
      const host = referenceHost();
      const start = Date.now();
      let refused = 0;
      for (let k = 0; k < 300; k++) {
        const bytes = payload.slice();
        if (k % 3 === 0) {
          const cut = Math.floor(random() * bytes.length);
          try {
            readCoreMLPayload(bytes.subarray(0, cut));
          } catch (e) {
            if (!KindlingError.isInstance(e)) throw e;
            refused++;
          }
          continue;
        }
        for (let f = 0; f < 1 + (k % 4); f++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        try {
          const p = readCoreMLPayload(bytes);
          const loaded = host.load(
            host.compile({ identifier: p.identifier, files: p.files, packagePath: p.packagePath }),
            {
              computeUnits: 'all',
              functionName: p.functionName,
            },
          );
          void loaded;
        } catch (e) {
          if (!KindlingError.isInstance(e)) throw e;
          refused++;
        }
      }
      expect(refused).toBeGreaterThan(100);
      expect(Date.now() - start).toBeLessThan(20_000);
    },
  );
});

describe('what a host returns is checked before an output is written', async () => {
  const { Tensor, EValues } = await import('@kindling/core');
  const { payload } = delegateOf(add);
  const inner = referenceHost();
  const run = async (edit: (outs: readonly import('../src/index.js').CoreMLHostTensor[]) => unknown) => {
    const host: CoreMLHost = { ...inner, predict: async (l, i) => edit(await inner.predict(l, i)) as never };
    const backend = coreml({ host });
    const handle = await backend.init(initContext, payload, []);
    const p = readCoreMLPayload(payload);
    const shapes = p.model.description!.input.map((f) => f.type!.multiArrayType!.shape as number[]);
    const inputs = shapes.map((s) =>
      EValues.tensor(Tensor.from('float32', s, new Float32Array(s.reduce((a, b) => a * b, 1)).fill(1))),
    );
    const outShape = p.model.description!.output[0]!.type!.multiArrayType!.shape as number[];
    const out = Tensor.from('float32', outShape, new Float32Array(outShape.reduce((a, b) => a * b, 1)).fill(-7));
    out.fixShape('output');
    try {
      await backend.execute({ methodName: 'forward' }, handle, [...inputs, EValues.tensor(out)]);
      return { out: [...(out.data as Float32Array)] };
    } catch (e) {
      return { error: e, out: [...(out.data as Float32Array)] };
    } finally {
      backend.destroy!(handle);
    }
  };

  test('a good prediction is written', async () => {
    const r = await run((o) => o);
    expect(r.error).toBeUndefined();
    expect(r.out.every((v) => v === 2)).toBe(true); // 1 + 1
  });

  test.each([
    ['no output', () => []],
    [
      'a wrong type',
      (o: readonly import('../src/index.js').CoreMLHostTensor[]) => o.map((t) => ({ ...t, dtype: 'int32' })),
    ],
    [
      'a wrong size',
      (o: readonly import('../src/index.js').CoreMLHostTensor[]) => o.map((t) => ({ ...t, data: t.data.subarray(1) })),
    ],
    [
      'a wrong shape',
      (o: readonly import('../src/index.js').CoreMLHostTensor[]) => o.map((t) => ({ ...t, shape: [t.data.length] })),
    ],
  ])('%s: a KindlingError, the output untouched', async (_what, edit) => {
    const r = await run(edit);
    expect(KindlingError.isInstance(r.error)).toBe(true);
    expect(r.out.every((v) => v === -7)).toBe(true);
  });
});
