// Routing between the device and a server: every policy, fallbacks, the latency budget, per-call
// overrides, the record of each call, and that nothing is sent when no remote is configured.
import { KindlingError, Tensor } from '@kindling/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallRecord, hybrid, remote, remoteGenerator, type TensorOutputsLike } from '../src/index.js';
import type { GenerationChunk, GenerationLike, GenerationResult } from '../src/openai/types.js';
import { deadUrl, type FakeServer, json, sleep, startFakeServer } from './fake-server.js';

function outputs(values: number[]): TensorOutputsLike {
  const t = Tensor.from('float32', [values.length], values);
  return Object.assign([t], { tensor: () => t });
}

/** A fake device model: answers `value` after `delayMs`, or fails. */
function fakeLocal(opts: { value?: number; delayMs?: number; fail?: Error } = {}) {
  const calls: unknown[][] = [];
  return {
    calls,
    async execute(_name: string, inputs: readonly unknown[], o?: { signal?: AbortSignal }) {
      calls.push([...inputs]);
      if (opts.delayMs) await sleep(opts.delayMs);
      if (o?.signal?.aborted) throw new KindlingError(2, 'aborted', { context: { aborted: true } });
      if (opts.fail) throw opts.fail;
      return outputs([opts.value ?? 1]);
    },
  };
}

/** An OIP server of model `m` that answers `[value]` (its own JSON, independent of the client). */
async function oipServer(value: number, delayMs = 0): Promise<FakeServer> {
  return startFakeServer(async (req, _body, res) => {
    if (req.url === '/v2/models/m')
      return json(res, 200, {
        name: 'm',
        inputs: [{ name: 'x', datatype: 'FP32', shape: [1] }],
        outputs: [{ name: 'y', datatype: 'FP32', shape: [1] }],
      });
    if (req.url === '/v2/models/m/infer') {
      if (delayMs) await sleep(delayMs);
      return json(res, 200, { outputs: [{ name: 'y', datatype: 'FP32', shape: [1], data: [value] }] });
    }
    json(res, 404, {});
  });
}

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

const x = () => Tensor.from('float32', [1], [3]);
const fast = { timeoutMs: 1000, retries: 1, backoffMs: 5 };

describe('hybrid tensor models', () => {
  it('prefer-local: the device serves; a failure or an unavailable device falls back to the server', async () => {
    server = await oipServer(2);
    const records: CallRecord[] = [];
    const r = remote({ url: server.url, model: 'm', binary: false, ...fast });
    const ok = hybrid({ local: fakeLocal({ value: 1 }), remote: r, onCall: (c) => records.push(c) });
    expect((await ok.forward([x()])).tensor().toArray()).toEqual([1]);
    expect(records.at(-1)).toMatchObject({ call: 1, side: 'local', fallback: false, policy: 'prefer-local' });
    expect(server.requests).toHaveLength(0);

    const failing = hybrid({
      local: fakeLocal({ fail: new Error('kernel crashed') }),
      remote: r,
      onCall: (c) => records.push(c),
    });
    expect((await failing.forward([x()])).tensor().toArray()).toEqual([2]);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: true, reason: 'failed' });
    expect(String((records.at(-1)?.errors[0] as Error).message)).toContain('kernel crashed');

    // A loader that fails (no WebGPU adapter, a backend missing, too little memory) marks the device unavailable.
    let loads = 0;
    const noGpu = hybrid({
      local: () => {
        loads++;
        throw new KindlingError(0x20, 'no WebGPU adapter');
      },
      remote: r,
      onCall: (c) => records.push(c),
    });
    expect((await noGpu.forward([x()])).tensor().toArray()).toEqual([2]);
    expect((await noGpu.forward([x()])).tensor().toArray()).toEqual([2]);
    expect(loads).toBe(1);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: true, reason: 'unavailable' });
  });

  it('prefer-local with a latency budget: a slow device loses to the server; a fast one wins', async () => {
    server = await oipServer(2);
    const records: CallRecord[] = [];
    const r = remote({ url: server.url, model: 'm', binary: false, ...fast });
    const slow = hybrid({
      local: fakeLocal({ value: 1, delayMs: 1500 }),
      remote: r,
      latencyBudgetMs: 50,
      onCall: (c) => records.push(c),
    });
    const t0 = performance.now();
    expect((await slow.forward([x()])).tensor().toArray()).toEqual([2]);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: true, reason: 'latency-budget' });

    const quick = hybrid({
      local: fakeLocal({ value: 1, delayMs: 5 }),
      remote: r,
      latencyBudgetMs: 500,
      onCall: (c) => records.push(c),
    });
    expect((await quick.forward([x()])).tensor().toArray()).toEqual([1]);
    expect(records.at(-1)).toMatchObject({ side: 'local', fallback: false });
    expect(server.requests.filter((q) => q.path.endsWith('/infer'))).toHaveLength(1);
  });

  it('prefer-remote: the server serves; down or offline falls back to the device (offline sends nothing)', async () => {
    server = await oipServer(2);
    const records: CallRecord[] = [];
    const local = fakeLocal({ value: 1 });
    const up = hybrid({
      local,
      remote: remote({ url: server.url, model: 'm', binary: false, ...fast }),
      policy: 'prefer-remote',
      onCall: (c) => records.push(c),
    });
    expect((await up.forward([x()])).tensor().toArray()).toEqual([2]);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: false });

    const t0 = performance.now();
    const down = hybrid({
      local,
      remote: remote({ url: await deadUrl(), model: 'm', ...fast }),
      policy: 'prefer-remote',
      onCall: (c) => records.push(c),
    });
    expect((await down.forward([x()])).tensor().toArray()).toEqual([1]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(records.at(-1)).toMatchObject({ side: 'local', fallback: true, reason: 'failed' });

    const before = server.requests.length;
    const offline = hybrid({
      local,
      remote: remote({ url: server.url, model: 'm', ...fast }),
      policy: 'prefer-remote',
      isOnline: () => false,
      onCall: (c) => records.push(c),
    });
    expect((await offline.forward([x()])).tensor().toArray()).toEqual([1]);
    expect(records.at(-1)).toMatchObject({ side: 'local', fallback: true, reason: 'offline' });
    expect(server.requests.length).toBe(before);
  });

  it('a per-call route overrides the policy; a local route never sends anything', async () => {
    server = await oipServer(2);
    const m = hybrid({
      local: fakeLocal({ value: 1 }),
      remote: remote({ url: server.url, model: 'm', binary: false, ...fast }),
      policy: 'prefer-remote',
    });
    expect((await m.forward([x()], { route: 'local' })).tensor().toArray()).toEqual([1]);
    expect(server.requests).toHaveLength(0);
    expect((await m.forward([x()], { route: 'remote' })).tensor().toArray()).toEqual([2]);
    await expect(m.forward([x()], { route: 'elsewhere' as 'local' })).rejects.toThrow(/route must be/);

    // The device fails and the route is 'local': the error, not the server.
    const strict = hybrid({
      local: fakeLocal({ fail: new Error('boom') }),
      remote: remote({ url: server.url, model: 'm', ...fast }),
    });
    await expect(strict.forward([x()], { route: 'local' })).rejects.toThrow('boom');
    expect(server.requests.filter((q) => q.path.endsWith('/infer'))).toHaveLength(1);
  });

  it('without a remote nothing is sent: fetch is never called, remote routes are unavailable', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const records: CallRecord[] = [];
    const m = hybrid({
      local: fakeLocal({ fail: new Error('device failed') }),
      policy: 'prefer-remote',
      onCall: (c) => records.push(c),
    });
    await expect(m.forward([x()])).rejects.toThrow('device failed');
    const e = (await m.forward([x()], { route: 'remote' }).catch((err: unknown) => err)) as KindlingError;
    expect(e.context.kind).toBe('unavailable');
    expect(e.message).toContain('no remote was configured');
    expect(spy).not.toHaveBeenCalled();
    expect(records.map((r) => r.side)).toEqual([undefined, undefined]);
  });

  it('both sides failing gives one error naming both; an abort is not a reason to fall back', async () => {
    const m = hybrid({
      local: fakeLocal({ fail: new Error('device failed') }),
      remote: remote({ url: await deadUrl(), model: 'm', ...fast }),
    });
    const e = (await m.forward([x()]).catch((err: unknown) => err)) as KindlingError;
    expect(e.context.kind).toBe('unavailable');
    expect(e.message).toMatch(/device failed.*model "m"/);

    server = await oipServer(2);
    const spyServer = server;
    const ac = new AbortController();
    const slow = hybrid({
      local: fakeLocal({ delayMs: 100 }),
      remote: remote({ url: spyServer.url, model: 'm', ...fast }),
    });
    setTimeout(() => ac.abort(), 20);
    await expect(slow.forward([x()], { signal: ac.signal })).rejects.toThrow();
    expect(spyServer.requests).toHaveLength(0);
  });
});

/** A fake device generator: yields `words`, failing after `failAfter` of them if set. */
function fakeGenerator(words: string[], failAfter?: number, firstDelayMs = 0) {
  return {
    generate(_input: unknown, options: { signal?: AbortSignal } = {}): GenerationLike {
      const chunks: GenerationChunk[] = [];
      const result = (async (): Promise<GenerationResult> => {
        if (firstDelayMs) await sleep(firstDelayMs);
        for (const [i, w] of words.entries()) {
          if (failAfter !== undefined && i === failAfter) throw new KindlingError(1, 'device generation failed');
          if (options.signal?.aborted) break;
          chunks.push({ tokens: [i], text: w });
          await sleep(5);
        }
        return {
          text: words.join(''),
          tokens: [],
          finishReason: 'eos',
          usage: { promptTokens: 1, cachedPromptTokens: 0, completionTokens: words.length },
          timings: {
            timeToFirstTokenMs: 0,
            prefillMs: 0,
            decodeMs: 0,
            prefillTokensPerSecond: 0,
            decodeTokensPerSecond: 0,
          },
        };
      })();
      return {
        result,
        async *[Symbol.asyncIterator]() {
          const r = result.catch(() => undefined);
          let i = 0;
          for (;;) {
            while (i < chunks.length) yield chunks[i++] as GenerationChunk;
            const settled = await Promise.race([r.then(() => true), sleep(2).then(() => false)]);
            if (settled && i >= chunks.length) {
              await result;
              return;
            }
          }
        },
      };
    },
  };
}

const SSE =
  ['A', 'B']
    .map((w) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: w }, finish_reason: null }] })}\n\n`)
    .join('') + 'data: [DONE]\n\n';

describe('hybrid text generators', () => {
  it('falls back to the server when the device fails before any text; not after', async () => {
    server = await startFakeServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(SSE);
    });
    const records: CallRecord[] = [];
    const rg = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const early = hybrid({ local: fakeGenerator(['x', 'y'], 0), remote: rg, onCall: (c) => records.push(c) });
    const gen = early.generate('hi');
    const texts: string[] = [];
    for await (const c of gen) texts.push(c.text);
    expect(texts).toEqual(['A', 'B']);
    expect(records.at(-1)).toMatchObject({ method: 'generate', side: 'remote', fallback: true, reason: 'failed' });

    const late = hybrid({ local: fakeGenerator(['x', 'y', 'z'], 2), remote: rg, onCall: (c) => records.push(c) });
    const e = (await late.generate('hi').result.catch((err: unknown) => err)) as KindlingError;
    expect(e.message).toContain('device generation failed');
    expect(server.requests).toHaveLength(1);

    const ok = hybrid({ local: fakeGenerator(['x', 'y']), remote: rg, onCall: (c) => records.push(c) });
    expect((await ok.generate('hi').result).text).toBe('xy');
    expect(records.at(-1)).toMatchObject({ side: 'local', fallback: false });
    expect(server.requests).toHaveLength(1);
  });

  it('a device that produces no text within the latency budget is stopped; the server generates', async () => {
    server = await startFakeServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(SSE);
    });
    const records: CallRecord[] = [];
    const g = hybrid({
      local: fakeGenerator(['slow'], undefined, 1000),
      remote: remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast }),
      latencyBudgetMs: 50,
      onCall: (c) => records.push(c),
    });
    const t0 = performance.now();
    expect((await g.generate('hi').result).text).toBe('AB');
    expect(performance.now() - t0).toBeLessThan(900);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: true, reason: 'latency-budget' });
  });

  it('prefer-remote falls back to the device when the server is down', async () => {
    const records: CallRecord[] = [];
    const g = hybrid({
      local: fakeGenerator(['on', ' device']),
      remote: remoteGenerator({ url: `${await deadUrl()}/v1`, model: 'tiny', ...fast }),
      policy: 'prefer-remote',
      onCall: (c) => records.push(c),
    });
    expect((await g.generate('hi').result).text).toBe('on device');
    expect(records.at(-1)).toMatchObject({ side: 'local', fallback: true, reason: 'failed' });
  });
});
