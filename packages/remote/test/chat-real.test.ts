// The acceptance test of the chat client: a real OpenAI-compatible server (llama.cpp's server,
// through the xllamacpp wheel) serving SmolLM2-135M-Instruct streams a valid answer; the streamed
// text is the text the same server gives unstreamed; JSON-schema answers parse; cancelling works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallRecord, type GenerationLike, hybrid, remoteGenerator } from '../src/index.js';
import { missing, type RunningServer, startChatServer } from './servers.js';

const why = missing('chat');
if (why) console.warn(`[remote] skipping the llama.cpp server tests: ${why}`);

const QUESTION = [
  { role: 'system' as const, content: 'You are a helpful assistant. Answer briefly.' },
  { role: 'user' as const, content: 'What is the capital of France?' },
];

/** The app code: streams an answer from any generator, on the device or remote. */
async function answer(gen: GenerationLike): Promise<{ streamed: string[]; text: string; finishReason: string }> {
  const streamed: string[] = [];
  for await (const chunk of gen) streamed.push(chunk.text);
  const r = await gen.result;
  return { streamed, text: r.text, finishReason: r.finishReason };
}

describe.skipIf(why !== undefined)('a real OpenAI-compatible server (llama.cpp, SmolLM2-135M)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startChatServer();
  }, 150_000);
  afterAll(async () => {
    if (process.env.KINDLING_REMOTE_LOG) console.log(server?.log());
    await server?.stop();
  });

  it('streams a valid answer, the same text as the unstreamed completion, with usage', async () => {
    const chat = remoteGenerator({ url: server.url, model: 'smollm2', timeoutMs: 60_000, retries: 1 });
    expect(await chat.isAvailable()).toBe(true);
    const gen = chat.generate(QUESTION, { maxNewTokens: 16, temperature: 0, seed: 1 });
    const { streamed, text, finishReason } = await answer(gen);
    const r = await gen.result;
    expect(streamed.length).toBeGreaterThan(1);
    expect(streamed.join('')).toBe(text);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(['eos', 'length']).toContain(finishReason);
    expect(r.usage.promptTokens).toBeGreaterThan(10);
    expect(r.usage.completionTokens).toBeGreaterThan(0);
    if (finishReason === 'length') expect(r.usage.completionTokens).toBe(16);

    // The reference: the same request unstreamed, read as plain JSON.
    const plain = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'smollm2', messages: QUESTION, max_tokens: 16, temperature: 0, seed: 1 }),
    });
    const body = (await plain.json()) as {
      choices: { message: { content: string } }[];
      usage: { completion_tokens: number };
    };
    expect(text).toBe(body.choices[0]?.message.content);
    expect(r.usage.completionTokens).toBe(body.usage.completion_tokens);
  });

  it('passes a JSON-schema response format through: the answer parses and fits the schema', async () => {
    const chat = remoteGenerator({ url: server.url, model: 'smollm2', timeoutMs: 60_000 });
    const schema = {
      type: 'object',
      properties: { city: { type: 'string', maxLength: 20 }, country: { type: 'string', maxLength: 20 } },
      required: ['city', 'country'],
      additionalProperties: false,
    };
    const r = await chat.generate(QUESTION, {
      maxNewTokens: 48,
      temperature: 0,
      responseFormat: { type: 'json_schema', schema },
    }).result;
    expect(r.finishReason).toBe('eos');
    const json = r.json as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['city', 'country']);
    expect(typeof json.city).toBe('string');
    expect(typeof json.country).toBe('string');
  });

  it('stops when aborted, with the text so far', async () => {
    const chat = remoteGenerator({ url: server.url, model: 'smollm2', timeoutMs: 60_000 });
    const ac = new AbortController();
    const gen = chat.generate([{ role: 'user', content: 'Write a long story about a dragon.' }], {
      maxNewTokens: 200,
      signal: ac.signal,
    });
    let n = 0;
    for await (const _ of gen) if (++n === 3) ac.abort();
    const r = await gen.result;
    expect(r.finishReason).toBe('abort');
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('serves a hybrid whose device generator fails, and records it', async () => {
    const records: CallRecord[] = [];
    const g = hybrid({
      local: () => Promise.reject(new Error('model too large for this device')),
      remote: remoteGenerator({ url: server.url, model: 'smollm2', timeoutMs: 60_000 }),
      kind: 'generator',
      onCall: (c) => records.push(c),
    });
    const { text } = await answer(g.generate(QUESTION, { maxNewTokens: 8, temperature: 0 }));
    expect(text.trim().length).toBeGreaterThan(0);
    expect(records).toMatchObject([{ side: 'remote', fallback: true, reason: 'unavailable' }]);
  });
});
