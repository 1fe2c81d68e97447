// The Open Inference Protocol client against an in-process server: the protocol (JSON and binary
// tensors, metadata, health) and every fault (down, slow, 5xx, malformed answers), each bounded.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KindlingError, Tensor } from '@kindling/core';
import { afterEach, describe, expect, it } from 'vitest';
import { remote } from '../src/index.js';
import { deadUrl, type FakeServer, json, sleep, startFakeServer } from './fake-server.js';

const META = {
  name: 'affine',
  versions: ['1'],
  platform: 'test',
  inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 4] }],
  outputs: [
    { name: 'y', datatype: 'FP32', shape: [-1, 4] },
    { name: 'best', datatype: 'INT64', shape: [-1] },
  ],
};

// The server's model, written independently of the client: y = 2x + 1 (float32), best = argmax per row.
function affine(x: Float32Array, rows: number): { y: Float32Array; best: BigInt64Array } {
  const y = new Float32Array(x.length);
  const best = new BigInt64Array(rows);
  for (let r = 0; r < rows; r++) {
    let b = 0;
    for (let c = 0; c < 4; c++) {
      y[r * 4 + c] = Math.fround(Math.fround(2 * (x[r * 4 + c] as number)) + 1);
      if ((x[r * 4 + c] as number) > (x[r * 4 + b] as number)) b = c;
    }
    best[r] = BigInt(b);
  }
  return { y, best };
}

/** A minimal Open Inference Protocol server of the `affine` model. */
function oipHandler(req: IncomingMessage, body: Buffer, res: ServerResponse) {
  const path = req.url ?? '';
  if (path === '/v2/health/live' || path === '/v2/health/ready' || path === '/v2/models/affine/ready')
    return json(res, 200, {});
  if (path === '/v2/models/affine') return json(res, 200, META);
  if (path !== '/v2/models/affine/infer') return json(res, 404, { error: 'no such model' });
  const headerLength = req.headers['inference-header-content-length'];
  const n = headerLength === undefined ? body.length : Number(headerLength);
  const request = JSON.parse(body.subarray(0, n).toString('utf8'));
  const input = request.inputs[0];
  const rows = input.shape[0];
  let x: Float32Array;
  if (input.parameters?.binary_data_size !== undefined) {
    const bytes = body.subarray(n, n + input.parameters.binary_data_size);
    x = new Float32Array(new Uint8Array(bytes).buffer);
  } else x = Float32Array.from(input.data.flat(4));
  const { y, best } = affine(x, rows);
  if (request.parameters?.binary_data_output) {
    const header = Buffer.from(
      JSON.stringify({
        model_name: 'affine',
        outputs: [
          { name: 'best', datatype: 'INT64', shape: [rows], parameters: { binary_data_size: best.byteLength } },
          { name: 'y', datatype: 'FP32', shape: [rows, 4], parameters: { binary_data_size: y.byteLength } },
        ],
      }),
    );
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'inference-header-content-length': header.length,
    });
    res.end(Buffer.concat([header, Buffer.from(best.buffer), Buffer.from(y.buffer)]));
    return;
  }
  json(res, 200, {
    model_name: 'affine',
    outputs: [
      { name: 'best', datatype: 'INT64', shape: [rows], data: Array.from(best, Number) },
      { name: 'y', datatype: 'FP32', shape: [rows, 4], data: Array.from(y) },
    ],
  });
}

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const X = Float32Array.from([0.5, -1.25, 3, 2, 1e-3, 7.5, -0.1, 7.25]);
const fast = { timeoutMs: 2000, retries: 2, backoffMs: 5 };

async function expectError(p: Promise<unknown>, kind: string, code?: string): Promise<KindlingError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(KindlingError.isInstance(e), `expected a KindlingError, got ${String(e)}`).toBe(true);
  const k = e as KindlingError;
  expect(k.context.kind).toBe(kind);
  if (code) expect(k.codeName).toBe(code);
  return k;
}

describe('RemoteModule (Open Inference Protocol)', () => {
  for (const binary of [true, false]) {
    it(`runs forward with ${binary ? 'binary' : 'JSON'} tensors; outputs in the metadata's order`, async () => {
      server = await startFakeServer(oipHandler);
      const m = remote({ url: server.url, model: 'affine', binary, ...fast });
      const out = await m.forward([Tensor.from('float32', [2, 4], X)]);
      const ref = affine(X, 2);
      expect(out.names).toEqual(['y', 'best']);
      expect(out.tensor(0, 'float32').sizes).toEqual([2, 4]);
      expect(Array.from(out.tensor(0, 'float32').data)).toEqual(Array.from(ref.y));
      expect(Array.from(out.tensor(1, 'int64').data)).toEqual(Array.from(ref.best));
      const infer = server.requests.find((r) => r.path.endsWith('/infer'));
      expect(infer?.headers['content-type']).toBe(binary ? 'application/octet-stream' : 'application/json');
    });
  }

  it('sends a non-contiguous dim order as row-major data', async () => {
    server = await startFakeServer(oipHandler);
    const m = remote({ url: server.url, model: 'affine', ...fast });
    // Logical [2, 4] stored column-major (dim order [1, 0]).
    const colMajor = new Float32Array(8);
    for (let r = 0; r < 2; r++) for (let c = 0; c < 4; c++) colMajor[c * 2 + r] = X[r * 4 + c] as number;
    const t = Tensor.from('float32', [2, 4], colMajor, [1, 0]);
    const out = await m.forward([t]);
    expect(Array.from(out.tensor(0, 'float32').data)).toEqual(Array.from(affine(X, 2).y));
  });

  it('reports health and metadata; a server that is down is not live', async () => {
    server = await startFakeServer(oipHandler);
    const m = remote({ url: server.url, model: 'affine', ...fast });
    expect(await m.health()).toEqual({ live: true, ready: true, modelReady: true });
    expect((await m.metadata()).inputs).toEqual(META.inputs);
    expect(await remote({ url: server.url, model: 'other', ...fast }).isModelReady()).toBe(false);
    const down = remote({ url: await deadUrl(), model: 'affine', ...fast });
    const t0 = performance.now();
    expect(await down.health()).toEqual({ live: false, ready: false, modelReady: false });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('checks inputs against the metadata before sending anything', async () => {
    server = await startFakeServer(oipHandler);
    const m = remote({ url: server.url, model: 'affine', ...fast });
    await expectError(m.forward([Tensor.from('float32', [2, 3], new Float32Array(6))]), 'shape', 'InvalidArgument');
    await expectError(m.forward([Tensor.from('int32', [2, 4], new Int32Array(8))]), 'dtype', 'InvalidType');
    await expectError(m.forward([]), 'shape', 'InvalidArgument');
    await expectError(m.forward([new Float32Array(8)]), 'shape', 'InvalidArgument');
    expect(server.requests.filter((r) => r.path.endsWith('/infer'))).toHaveLength(0);
  });

  it('refuses values JSON cannot carry exactly', async () => {
    const meta = { ...META, inputs: [{ name: 'x', datatype: 'INT64', shape: [1] }] };
    server = await startFakeServer((_req, _b, res) => json(res, 200, meta));
    const m = remote({ url: server.url, model: 'affine', binary: false, ...fast });
    await expectError(m.forward([Tensor.from('int64', [1], [2n ** 60n])]), 'dtype', 'InvalidType');
  });

  it('fails fast, after the bounded retries, when the server is down', async () => {
    const m = remote({ url: await deadUrl(), model: 'affine', timeoutMs: 1000, retries: 3, backoffMs: 10 });
    const t0 = performance.now();
    const e = await expectError(m.forward([Tensor.from('float32', [2, 4], X)]), 'network', 'AccessFailed');
    expect(e.context.attempts).toBe(4);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('times out a slow server on each attempt', async () => {
    server = await startFakeServer(async (req, body, res) => {
      if (req.url?.endsWith('/infer')) await sleep(5000);
      oipHandler(req, body, res);
    });
    const m = remote({ url: server.url, model: 'affine', timeoutMs: 150, retries: 1, backoffMs: 5 });
    const t0 = performance.now();
    const e = await expectError(m.forward([Tensor.from('float32', [2, 4], X)]), 'timeout', 'AccessFailed');
    expect(e.context.attempts).toBe(2);
    expect(server.requests.filter((r) => r.path.endsWith('/infer'))).toHaveLength(2);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('retries 5xx with exponential backoff and succeeds; 4xx is not retried', async () => {
    let failures = 2;
    const times: number[] = [];
    server = await startFakeServer((req, body, res) => {
      if (req.url?.endsWith('/infer')) {
        times.push(performance.now());
        if (failures-- > 0) return json(res, 503, { error: 'overloaded' });
      }
      oipHandler(req, body, res);
    });
    const m = remote({ url: server.url, model: 'affine', timeoutMs: 2000, retries: 3, backoffMs: 40 });
    const out = await m.forward([Tensor.from('float32', [2, 4], X)]);
    expect(Array.from(out.tensor(0, 'float32').data)).toEqual(Array.from(affine(X, 2).y));
    expect(times).toHaveLength(3);
    // Waits of about 40 then 80 ms.
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(35);
    expect((times[2] as number) - (times[1] as number)).toBeGreaterThanOrEqual(75);

    server.handler = (req, body, res) =>
      req.url?.endsWith('/infer') ? json(res, 400, { error: 'bad input' }) : oipHandler(req, body, res);
    const e = await expectError(m.forward([Tensor.from('float32', [2, 4], X)]), 'http', 'AccessFailed');
    expect(e.context.status).toBe(400);
    expect(e.message).toContain('bad input');
    expect(server.requests.filter((r) => r.path.endsWith('/infer'))).toHaveLength(4);

    server.handler = (req, body, res) =>
      req.url?.endsWith('/infer') ? json(res, 500, {}) : oipHandler(req, body, res);
    const e500 = await expectError(m.forward([Tensor.from('float32', [2, 4], X)]), 'http');
    expect(e500.context.attempts).toBe(4);
  });

  it('reports a missing model as NotFound', async () => {
    server = await startFakeServer(oipHandler);
    await expectError(remote({ url: server.url, model: 'nope', ...fast }).forward([]), 'http', 'NotFound');
  });

  it('aborts with the signal, before and during a call', async () => {
    server = await startFakeServer(async (req, body, res) => {
      if (req.url?.endsWith('/infer')) await sleep(5000);
      oipHandler(req, body, res);
    });
    const m = remote({ url: server.url, model: 'affine', ...fast });
    const ac = new AbortController();
    const t0 = performance.now();
    setTimeout(() => ac.abort(new Error('user left')), 100);
    const e = await expectError(
      m.forward([Tensor.from('float32', [2, 4], X)], { signal: ac.signal }),
      'aborted',
      'InvalidState',
    );
    expect(e.context.aborted).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1500);
    await expectError(m.forward([Tensor.from('float32', [2, 4], X)], { signal: ac.signal }), 'aborted');
  });

  describe('malformed answers give protocol errors and allocate nothing they claim', () => {
    const cases: [string, (res: ServerResponse) => void, string][] = [
      ['a body that is not JSON', (res) => res.end('<html>oops</html>'), 'not JSON'],
      ['no outputs', (res) => json(res, 200, { model_name: 'affine' }), 'outputs'],
      [
        'data shorter than the shape',
        (res) => json(res, 200, { outputs: [{ name: 'y', datatype: 'FP32', shape: [2, 4], data: [1, 2] }] }),
        'holds 8 values',
      ],
      [
        'data longer than the shape',
        (res) => json(res, 200, { outputs: [{ name: 'y', datatype: 'FP32', shape: [1], data: [1, 2, 3] }] }),
        'more values',
      ],
      [
        'a huge claimed shape',
        (res) => json(res, 200, { outputs: [{ name: 'y', datatype: 'FP32', shape: [1e6, 1e6, 1e6], data: [1] }] }),
        'too many elements',
      ],
      [
        'a binary size beyond the body',
        (res) => {
          const h = Buffer.from(
            JSON.stringify({
              outputs: [{ name: 'y', datatype: 'FP32', shape: [1000000, 1000], parameters: { binary_data_size: 4e9 } }],
            }),
          );
          res.writeHead(200, { 'inference-header-content-length': h.length });
          res.end(h);
        },
        'needs 4000000000 bytes',
      ],
      [
        'a header length beyond the body',
        (res) => {
          res.writeHead(200, { 'inference-header-content-length': '99999' });
          res.end('{}');
        },
        'Inference-Header-Content-Length',
      ],
      [
        'an unknown data type',
        (res) => json(res, 200, { outputs: [{ name: 'y', datatype: 'COMPLEX', shape: [1], data: [1] }] }),
        'not supported',
      ],
      [
        'a string where a number belongs',
        (res) => json(res, 200, { outputs: [{ name: 'y', datatype: 'FP32', shape: [1], data: ['1'] }] }),
        'not a float32 value',
      ],
    ];
    for (const [name, answer, message] of cases) {
      it(name, async () => {
        server = await startFakeServer((req, body, res) =>
          req.url?.endsWith('/infer') ? answer(res) : oipHandler(req, body, res),
        );
        const m = remote({ url: server.url, model: 'affine', ...fast });
        const e = await m.forward([Tensor.from('float32', [2, 4], X)]).catch((err: unknown) => err as KindlingError);
        expect(KindlingError.isInstance(e)).toBe(true);
        expect(['protocol', 'dtype']).toContain((e as KindlingError).context.kind);
        expect((e as KindlingError).message).toContain(message);
        // Malformed answers are not retried.
        expect(server.requests.filter((r) => r.path.endsWith('/infer'))).toHaveLength(1);
      });
    }

    it('an answer longer than maxResponseBytes', async () => {
      server = await startFakeServer((req, body, res) => oipHandler(req, body, res));
      const m = remote({ url: server.url, model: 'affine', maxResponseBytes: 64, ...fast });
      await expectError(m.forward([Tensor.from('float32', [2, 4], X)]), 'protocol', 'InvalidExternalData');
    });

    it('outputs that disagree with the metadata', async () => {
      server = await startFakeServer((req, body, res) =>
        req.url?.endsWith('/infer')
          ? json(res, 200, {
              outputs: [
                { name: 'y', datatype: 'FP32', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] },
                { name: 'best', datatype: 'INT64', shape: [2], data: [0, 1] },
              ],
            })
          : oipHandler(req, body, res),
      );
      const e = await expectError(
        remote({ url: server.url, model: 'affine', ...fast }).forward([Tensor.from('float32', [2, 4], X)]),
        'protocol',
      );
      expect(e.message).toContain('the metadata says [-1, 4]');
    });
  });

  it('checks its options', () => {
    expect(() => remote({ url: 'ftp://x', model: 'm' })).toThrow(/http or https/);
    expect(() => remote({ url: 'http://x', model: '' })).toThrow(/model/);
    expect(() => remote({ url: 'http://x', model: 'm', retries: 11 })).toThrow(/retries/);
    expect(() => remote({ url: 'http://x', model: 'm', timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});
