// The chat completions client against an in-process server: incremental SSE parsing, tools and
// response formats, usage, cancellation, and the faults (down, slow, 5xx, malformed, dropped).
import type { ServerResponse } from 'node:http';
import { KindlingError } from '@kindling/core';
import { afterEach, describe, expect, it } from 'vitest';
import { remoteGenerator } from '../src/index.js';
import { SseParser } from '../src/openai/sse.js';
import { deadUrl, type FakeServer, json, sleep, startFakeServer } from './fake-server.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const usage = (p: number, c: number) =>
  `data: ${JSON.stringify({ id: 'c1', choices: [], usage: { prompt_tokens: p, completion_tokens: c, total_tokens: p + c } })}\n\n`;

const WORDS = ['Hé', 'llo', ', wör', 'ld ✓', '!'];
const STREAM = [
  chunk({ role: 'assistant' }),
  ...WORDS.map((w) => chunk({ content: w })),
  chunk({}, 'stop'),
  usage(7, 5),
  'data: [DONE]\n\n',
].join('');

/** Writes `text` in pieces of `size` bytes (splitting UTF-8 characters and lines), with pauses. */
async function writeInPieces(res: ServerResponse, text: string, size: number, pauseMs = 0): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) {
    res.write(bytes.subarray(i, i + size));
    if (pauseMs) await sleep(pauseMs);
  }
  res.end();
}

const fast = { timeoutMs: 2000, retries: 2, backoffMs: 5 };

async function failure(p: Promise<unknown>): Promise<KindlingError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(KindlingError.isInstance(e), `expected a KindlingError, got ${String(e)}`).toBe(true);
  return e as KindlingError;
}

describe('SseParser', () => {
  it('gives the same events however the bytes are split, with LF, CRLF or CR line ends', () => {
    const text = 'data: a\n\n: comment\nevent: x\ndata: b1\ndata: b2\n\ndata:c\r\n\r\ndata: d\r\rdata: é✓\n\n';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      const p = new SseParser();
      const events: string[] = [];
      for (let i = 0; i < bytes.length; i += size) events.push(...p.push(bytes.subarray(i, i + size)));
      events.push(...p.end());
      expect(events).toEqual(['a', 'b1\nb2', 'c', 'd', 'é✓']);
    }
  });

  it('bounds an event that never ends', () => {
    const p = new SseParser(100);
    expect(() => p.push(new TextEncoder().encode(`data: ${'x'.repeat(200)}`))).toThrow(/longer than 100/);
  });
});

describe('RemoteGenerator (OpenAI-compatible chat completions)', () => {
  it('streams text as it arrives, split anywhere, and reports usage', async () => {
    server = await startFakeServer((_req, _body, res) => writeInPieces(res, STREAM, 3, 1));
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const gen = g.generate('Say hello', { maxNewTokens: 16, temperature: 0, seed: 3, stop: ['\n\n'] });
    const texts: string[] = [];
    for await (const c of gen) {
      expect(c.tokens).toEqual([]);
      texts.push(c.text);
    }
    expect(texts).toEqual(WORDS);
    const r = await gen.result;
    expect(r.text).toBe(WORDS.join(''));
    expect(r.finishReason).toBe('eos');
    expect(r.usage).toEqual({ promptTokens: 7, cachedPromptTokens: 0, completionTokens: 5 });
    const sent = JSON.parse(server.requests[0]?.body.toString() ?? '{}');
    expect(sent).toMatchObject({
      model: 'tiny',
      messages: [{ role: 'user', content: 'Say hello' }],
      stream: true,
      max_tokens: 16,
      temperature: 0,
      seed: 3,
      stop: ['\n\n'],
    });
  });

  it('passes tools and a JSON-schema response format through, and assembles streamed tool calls', async () => {
    const toolStream = [
      chunk({
        role: 'assistant',
        tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '' } }],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city": ' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
      chunk({}, 'tool_calls'),
      'data: [DONE]\n\n',
    ].join('');
    server = await startFakeServer((_req, _body, res) => writeInPieces(res, toolStream, 11));
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const tools = [
      {
        name: 'get_weather',
        description: 'Weather of a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } } },
      },
    ];
    const r = await g.generate([{ role: 'user', content: 'Weather in Paris?' }], { tools, toolChoice: 'required' })
      .result;
    expect(r.finishReason).toBe('tool_calls');
    expect(r.toolCalls).toEqual([
      {
        id: 'call_1',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city": "Paris"}' },
        parsedArguments: { city: 'Paris' },
      },
    ]);
    const sent = JSON.parse(server.requests[0]?.body.toString() ?? '{}');
    expect(sent.tools).toEqual([{ type: 'function', function: tools[0] }]);
    expect(sent.tool_choice).toBe('required');

    const schema = { type: 'object', properties: { answer: { type: 'integer' } }, required: ['answer'] };
    server.handler = (_req, _body, res) =>
      writeInPieces(
        res,
        [chunk({ content: '{"answer":' }), chunk({ content: ' 42}' }), chunk({}, 'stop'), 'data: [DONE]\n\n'].join(''),
        4,
      );
    const j = await g.generate('6 times 7?', { responseFormat: { type: 'json_schema', schema } }).result;
    expect(j.json).toEqual({ answer: 42 });
    expect(JSON.parse(server.requests[1]?.body.toString() ?? '{}').response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'response', schema, strict: true },
    });
  });

  it('sends chat history with tool turns in OpenAI form', async () => {
    server = await startFakeServer((_req, _body, res) => writeInPieces(res, STREAM, 1000));
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const call = { id: 'c9', type: 'function' as const, function: { name: 'f', arguments: '{}' }, parsedArguments: {} };
    await g.generate([
      { role: 'system', content: 'Be brief.' },
      { role: 'assistant', content: '', toolCalls: [call] },
      { role: 'tool', content: '21', toolCallId: 'c9', name: 'f' },
    ]).result;
    expect(JSON.parse(server.requests[0]?.body.toString() ?? '{}').messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'c9', type: 'function', function: { name: 'f', arguments: '{}' } }],
      },
      { role: 'tool', content: '21', tool_call_id: 'c9', name: 'f' },
    ]);
  });

  it('a dropped stream is a clear error, whether the connection breaks or the body just ends', async () => {
    server = await startFakeServer(async (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ content: 'partial' }));
      await sleep(50);
      res.socket?.destroy();
    });
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const gen = g.generate('hi');
    const seen: string[] = [];
    const e = await failure(
      (async () => {
        for await (const c of gen) seen.push(c.text);
      })(),
    );
    expect(seen).toEqual(['partial']);
    expect(['network', 'protocol']).toContain(e.context.kind);
    expect(e.message).toMatch(/broke off|ended before/);
    await expect(gen.result).rejects.toBe(e);
    // A stream is never replayed.
    expect(server.requests).toHaveLength(1);

    server.handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(chunk({ content: 'cut' }));
    };
    const e2 = await failure(g.generate('hi').result);
    expect(e2.context.kind).toBe('protocol');
    expect(e2.message).toContain('ended before the completion did');
  });

  it('times out a stalled stream', async () => {
    server = await startFakeServer(async (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ content: 'a' }));
      await sleep(5000);
      res.end();
    });
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', timeoutMs: 200, retries: 0 });
    const t0 = performance.now();
    const e = await failure(g.generate('hi').result);
    expect(e.context.kind).toBe('timeout');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('retries before the stream starts (5xx, down), not after; gives up after the bounded retries', async () => {
    let failures = 2;
    server = await startFakeServer((_req, _body, res) =>
      failures-- > 0 ? json(res, 503, { error: { message: 'busy' } }) : writeInPieces(res, STREAM, 50),
    );
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    expect((await g.generate('hi').result).text).toBe(WORDS.join(''));
    expect(server.requests).toHaveLength(3);

    const down = remoteGenerator({
      url: `${await deadUrl()}/v1`,
      model: 'tiny',
      timeoutMs: 1000,
      retries: 2,
      backoffMs: 5,
    });
    const e = await failure(down.generate('hi').result);
    expect(e.context.kind).toBe('network');
    expect(e.context.attempts).toBe(3);
    expect(await down.isAvailable()).toBe(false);
  });

  it('malformed streams and answers give protocol errors', async () => {
    const bodies: [string, (res: ServerResponse) => void, string][] = [
      ['an event that is not JSON', (res) => writeInPieces(res, 'data: {oops\n\n', 100), 'not JSON'],
      ['choices that are not an array', (res) => writeInPieces(res, 'data: {"choices": 3}\n\n', 100), '"choices"'],
      ['a JSON answer instead of a stream', (res) => json(res, 200, { choices: [] }), 'expected an event stream'],
      [
        'no body at all',
        (res) => {
          res.writeHead(204);
          res.end();
        },
        'no body',
      ],
      [
        'an error event',
        (res) => writeInPieces(res, 'data: {"error": {"message": "model crashed"}}\n\n', 100),
        'model crashed',
      ],
      [
        'tool arguments that are not JSON',
        (res) =>
          writeInPieces(
            res,
            [
              chunk({ tool_calls: [{ index: 0, id: 'x', function: { name: 'f', arguments: '{bad' } }] }),
              chunk({}, 'tool_calls'),
              'data: [DONE]\n\n',
            ].join(''),
            100,
          ),
        'not JSON',
      ],
    ];
    for (const [name, answer, message] of bodies) {
      server = await startFakeServer((_req, _body, res) => answer(res));
      const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
      const e = await failure(g.generate('hi').result);
      expect(e.message, name).toContain(message);
      expect(server.requests, name).toHaveLength(1);
      await server.close();
      server = undefined;
    }
  });

  it('stops on the signal with the text so far, and when the loop is left early', async () => {
    let closed = 0;
    server = await startFakeServer(async (req, _body, res) => {
      req.socket.on('close', () => closed++);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 0; i < 100 && !res.destroyed; i++) {
        res.write(chunk({ content: `w${i} ` }));
        await sleep(20);
      }
      res.end();
    });
    const g = remoteGenerator({ url: `${server.url}/v1`, model: 'tiny', ...fast });
    const ac = new AbortController();
    const gen = g.generate('hi', { signal: ac.signal });
    let n = 0;
    for await (const _ of gen) if (++n === 3) ac.abort();
    const r = await gen.result;
    expect(r.finishReason).toBe('abort');
    expect(r.text.startsWith('w0 w1 w2 ')).toBe(true);

    const gen2 = g.generate('hi');
    for await (const c of gen2) if (c.text === 'w1 ') break;
    expect((await gen2.result).finishReason).toBe('abort');
    await sleep(100);
    expect(closed).toBe(2);
  });
});
