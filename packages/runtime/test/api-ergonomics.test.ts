// The friendlier API: typed output access, dtype names, loading from Responses and Blobs with
// progress, abort and fetch options, and `await using`. Runs real programs from the conformance zoo
// and checks their outputs against the ones ExecuTorch recorded.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { ErrorCode, EValues, ScalarType, Tensor } from '@kindling/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBytes, loadDataFile, type Method, Module, Program, portableKernels } from '../src/index.js';
import { kindlingError } from './helpers.js';
import { boolValue, buildPte } from './program-builder.js';

const kernels = portableKernels;
const casePath = (p: string) => fileURLToPath(new URL(`../../conformance-zoo/cases/${p}`, import.meta.url));
const bytesOf = (p: string) => new Uint8Array(readFileSync(casePath(p)));
const f32 = (p: string) => [...new Float32Array(bytesOf(p).slice().buffer)];
const i64 = (p: string) => [...new BigInt64Array(bytesOf(p).slice().buffer)];

const topk = bytesOf('ops/topk/last/portable.pte');
const topkInput = () => new Float32Array(bytesOf('ops/topk/last/in0.bin').slice().buffer);

describe('outputs.tensor(i): outputs typed as tensors without narrowing', () => {
  it('returns each output of topk (float32 values, int64 indices) as ExecuTorch recorded them', async () => {
    await using m = await Module.load(topk, { kernels });
    const outputs = await m.forward([topkInput()]);
    const values = outputs.tensor(0, 'float32');
    const indices = outputs.tensor(1, ScalarType.Long);
    // Typed by dtype: Float32Array and BigInt64Array, no casts.
    const v: Float32Array = values.data;
    const ix: BigInt64Array = indices.data;
    expect([...v]).toEqual(f32('ops/topk/last/portable.out0.bin'));
    expect([...ix]).toEqual(i64('ops/topk/last/portable.out1.bin'));
    expect(outputs.tensor().sizes).toEqual([2, 3]);
    // Still an ordinary array: length, destructuring, and `tensor` does not show when listed.
    expect(outputs).toHaveLength(2);
    const [first] = outputs;
    expect(first).toBe(values);
    expect(Object.keys(outputs)).toEqual(['0', '1']);
    expect(Array.isArray(outputs)).toBe(true);
  });

  it('fails with InvalidType naming the output when it is missing, of another dtype, or not a tensor', async () => {
    await using m = await Module.load(topk, { kernels });
    const outputs = await m.forward([topkInput()]);
    const wrongDtype = await kindlingError(async () => outputs.tensor(1, 'float32'));
    expect(wrongDtype.code).toBe(ErrorCode.InvalidType);
    expect(wrongDtype.message).toBe(
      'output 1 of method "forward": expected a float32 tensor, got a int64 tensor of shape [2, 3]',
    );
    expect(wrongDtype.context).toMatchObject({ method: 'forward', output: 1 });
    expect(() => outputs.tensor(2)).toThrow(/output 2 of method "forward": expected a tensor, got undefined/);
    expect(() => outputs.tensor(0, 'float31' as 'float32')).toThrow(/unknown dtype "float31"/);

    const boolPte = buildPte([
      { values: [boolValue(true)], inputs: [], outputs: [0], operators: [], instructions: [] },
    ]);
    await using b = await Module.load(boolPte);
    const out = await b.forward();
    expect(out[0]).toBe(true);
    const e = await kindlingError(async () => out.tensor(0));
    expect(e.code).toBe(ErrorCode.InvalidType);
    expect(e.message).toMatch(/expected a tensor, got boolean/);
  });
});

describe('dtype names', () => {
  it('are accepted wherever a ScalarType is and print by name', async () => {
    const t = Tensor.from('int64', [2], [3, 4]);
    expect(t.dtype).toBe(ScalarType.Long);
    const data: BigInt64Array = t.data;
    expect([...data]).toEqual([3n, 4n]);
    expect(Tensor.zeros('bool', [3]).dtype).toBe(ScalarType.Bool);
    expect(new Tensor({ dtype: 'float16', sizes: [2] }).dtype).toBe(ScalarType.Half);
    expect(t.dtypeName).toBe('int64');
    expect(String(Tensor.from('float32', [1, 2], [1, 2]))).toBe('Tensor(float32, [1, 2])');
    expect(inspect(Tensor.from('float32', [2], [1.5, 2]))).toBe(
      "Tensor { dtype: 'float32', sizes: [ 2 ], data: Float32Array(2) [ 1.5, 2 ] }",
    );
    expect(() => Tensor.from('float' as 'float32', [1], [1])).toThrow(/unknown dtype "float"/);
    expect(() => Tensor.zeros(99 as ScalarType, [1])).toThrow(/unknown dtype 99/);
  });

  it('a named-dtype tensor runs a zoo program like a ScalarType one', async () => {
    await using m = await Module.load(topk, { kernels });
    const x = Tensor.from('float32', [2, 7], topkInput());
    expect((await m.forward([x])).tensor(0).toArray()).toEqual(f32('ops/topk/last/portable.out0.bin'));
  });
});

describe('Module.load sources and options', () => {
  let server: ReturnType<typeof createServer>;
  let base = '';
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      if (req.url === '/topk.pte') {
        res.writeHead(200, { 'content-length': topk.byteLength });
        // In two chunks, so that progress is reported twice.
        res.write(topk.subarray(0, 500));
        setTimeout(() => res.end(topk.subarray(500)), 20);
      } else if (req.url === '/slow.pte') {
        res.writeHead(200, { 'content-length': topk.byteLength });
        res.write(topk.subarray(0, 100));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const expectTopk = async (m: Module) =>
    expect((await m.forward([topkInput()])).tensor(0).toArray()).toEqual(f32('ops/topk/last/portable.out0.bin'));

  it('loads from a URL with fetch options, reporting progress against Content-Length', async () => {
    const progress: [number, number | undefined][] = [];
    await using m = await Module.load(`${base}/topk.pte`, {
      kernels,
      fetchOptions: { headers: { 'x-kindling-test': 'yes' } },
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    await expectTopk(m);
    expect(seen.at(-1)?.['x-kindling-test']).toBe('yes');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual([topk.byteLength, topk.byteLength]);
    expect(progress.every(([, total]) => total === topk.byteLength)).toBe(true);
    expect(progress.map(([n]) => n)).toEqual([...progress.map(([n]) => n)].sort((a, b) => a - b));
  });

  it('loads from a Response, a Blob and a File', async () => {
    const fromResponse = await Module.load(await fetch(`${base}/topk.pte`), { kernels });
    const progress: number[] = [];
    const fromBlob = await Module.load(new Blob([topk]), { kernels, onProgress: (n) => progress.push(n) });
    const fromFile = await Module.load(new File([topk], 'topk.pte'), { kernels });
    for (const m of [fromResponse, fromBlob, fromFile]) {
      await expectTopk(m);
      await m.dispose();
    }
    expect(progress.at(-1)).toBe(topk.byteLength);
  });

  it('fails with KindlingErrors that have codes', async () => {
    const notFound = await kindlingError(() => Module.load(`${base}/missing.pte`, { kernels }));
    expect(notFound.code).toBe(ErrorCode.NotFound);
    expect(notFound.message).toMatch(/HTTP 404/);
    const response = await fetch(`${base}/topk.pte`);
    await response.arrayBuffer();
    const used = await kindlingError(() => Module.load(response, { kernels }));
    expect(used.code).toBe(ErrorCode.InvalidArgument);
    expect(used.message).toMatch(/already read/);
    const invalid = await kindlingError(() => Module.load(new Blob([new Uint8Array(16)]), { kernels }));
    expect(invalid.code).toBe(ErrorCode.InvalidProgram);
    const wrongType = await kindlingError(() => loadBytes(42 as unknown as Uint8Array));
    expect(wrongType.code).toBe(ErrorCode.InvalidArgument);
    const noFile = await kindlingError(() => loadDataFile('/nonexistent/model.ptd', { onProgress: () => {} }));
    expect(noFile.code).toBe(ErrorCode.NotFound);
  });

  it('aborts a load: before it starts, and while the body is arriving', async () => {
    const reason = new Error('cancelled');
    const before = await kindlingError(() => Module.load(topk, { kernels, signal: AbortSignal.abort(reason) }));
    expect(before.code).toBe(ErrorCode.InvalidState);
    expect(before.cause).toBe(reason);
    expect(before.context).toMatchObject({ aborted: true });

    const controller = new AbortController();
    const loading = Module.load(`${base}/slow.pte`, {
      kernels,
      signal: controller.signal,
      onProgress: () => controller.abort(reason),
    });
    const during = await kindlingError(() => loading);
    expect(during.code).toBe(ErrorCode.InvalidState);
    expect(during.message).toMatch(/slow\.pte was aborted/);
    expect(during.cause).toBe(reason);
  });
});

describe('await using', () => {
  it('disposes the module at the end of the scope', async () => {
    let escaped: Module | undefined;
    {
      await using m = await Module.load(topk, { kernels });
      await m.forward([topkInput()]);
      escaped = m;
    }
    const e = await kindlingError(() => escaped.forward([topkInput()]));
    expect(e.code).toBe(ErrorCode.InvalidState);
    expect(e.message).toMatch(/disposed/);
    expect(typeof (Module.prototype as unknown as Record<symbol, unknown>)[Symbol.asyncDispose]).toBe('function');
  });

  it('using disposes a Method (synchronous) at the end of the scope', async () => {
    let escaped: Method | undefined;
    {
      using method = await Program.load(topk).loadMethod('forward', { kernels });
      method.setInput(0, EValues.tensor(Tensor.from('float32', [2, 7], topkInput())));
      await method.execute();
      escaped = method;
    }
    const e = await kindlingError(() => escaped.execute());
    expect(e.code).toBe(ErrorCode.InvalidState);
  });
});
