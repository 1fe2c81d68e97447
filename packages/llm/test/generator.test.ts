import { ErrorCode, KindlingError } from '@kindling/core';
import { portableKernels } from '@kindling/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { Conversation, type GenerationChunk, type GenerationResult, TextGenerator } from '../src/index.js';
import type { LogitConstraint, Tokenizer } from '../src/types.js';
import { backends, isPresent, MODEL_VARIANTS, programBytes, references } from './generator-models.js';
import { concatBytes, TestTokenizer, testRenderChat } from './generator-test-tokenizer.js';

const tokenizer = new TestTokenizer();

/** The test tokenizer claiming another vocabulary size. */
function withVocabSize(vocabSize: number): Tokenizer {
  return {
    vocabSize,
    bosTokenId: tokenizer.bosTokenId,
    eosTokenIds: tokenizer.eosTokenIds,
    chatTemplate: undefined,
    encode: (text, options) => tokenizer.encode(text, options),
    decode: (ids, options) => tokenizer.decode(ids, options),
    tokenBytes: (id) => tokenizer.tokenBytes(id),
    tokenToId: (token) => tokenizer.tokenToId(token),
    isSpecial: (id) => tokenizer.isSpecial(id),
  };
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

async function collect(gen: AsyncIterable<GenerationChunk> & { result: Promise<GenerationResult> }) {
  const chunks: GenerationChunk[] = [];
  for await (const c of gen) chunks.push(c);
  return { chunks, result: await gen.result };
}

/** The reference tokens as the generator must give them: up to (without) the first EOS. */
function untilEos(tokens: readonly number[], eos: readonly number[]): { tokens: number[]; eos: boolean } {
  const at = tokens.findIndex((t) => eos.includes(t));
  return at < 0 ? { tokens: [...tokens], eos: false } : { tokens: tokens.slice(0, at), eos: true };
}

for (const variant of MODEL_VARIANTS) {
  // An on-demand variant (git-ignored cache) joins the suite once its program has been written.
  if (!isPresent(variant)) continue;
  const own = references(variant.name);
  const refs = variant.reference.fixture ? references(variant.reference.fixture) : own;
  const source = variant.reference.source;
  const eos = refs.export.metadata.get_eos_ids;

  if (!variant.kernels) {
    describe(`${variant.name} (kernels not available yet)`, () => {
      it('fails to load naming the missing operators', async () => {
        const err = await TextGenerator.load(programBytes(variant.name), {
          tokenizer,
          backends: backends(),
          kernels: portableKernels,
        }).catch((e: unknown) => e);
        expect(KindlingError.isInstance(err)).toBe(true);
        expect((err as KindlingError).code).toBe(ErrorCode.OperatorMissing);
        const missing = (err as KindlingError).context.operators as string[];
        expect([...missing].sort()).toEqual([...(variant.missingOperators ?? [])].sort());
      });
    });
    continue;
  }
  const kernels = variant.kernels;

  describe(variant.name, () => {
    let gen: TextGenerator;
    const load = () => TextGenerator.load(programBytes(variant.name), { tokenizer, backends: backends(), kernels });
    beforeAll(async () => {
      gen = await load();
    });

    it('reads the metadata the exporter wrote', () => {
      expect(gen.metadata.maxSeqLen).toBe(own.export.max_seq_len);
      expect(gen.metadata.maxContextLen).toBe(own.export.max_context_len);
      expect(gen.metadata.bosId).toBe(own.export.metadata.get_bos_id);
      expect(gen.metadata.eosIds).toEqual(eos);
      expect(gen.metadata.useKvCache).toBe(true);
      expect(gen.metadata.useSdpaWithKvCache).toBe(own.export.use_sdpa_with_kv_cache);
      expect(gen.metadata.enableDynamicShape).toBe(true);
      expect(gen.metadata.vocabSize).toBe(own.export.params.vocab_size);
      expect(gen.metadata.nLayers).toBe(own.export.params.n_layers);
      expect(gen.vocabSize).toBe(own.export.params.vocab_size);
      expect(gen.maxTokensPerCall).toBe(own.prefillChunk);
    });

    refs.cases.forEach((c, i) => {
      const ref = c[source] as NonNullable<(typeof c)['eager']>;
      const eager = (own.cases[i] as (typeof own.cases)[number]).eager;
      it(`prompt ${i} (${c.prompt.length} tokens): first logits and greedy tokens equal the ${source} reference${variant.reference.fixture ? ` of ${variant.reference.fixture}` : ''}`, async () => {
        gen.resetCache();
        const logits = await gen.computeLogits(c.prompt);
        expect(maxDiff(logits, ref.firstLogits)).toBeLessThan(variant.logitsTolerance);
        // The program's own eager model (same quantization, emulated in PyTorch) is a looser second
        // opinion: its int8 activation rounding differs from XNNPACK's by up to ~0.25 here.
        expect(maxDiff(logits, eager.firstLogits)).toBeLessThan(0.5);
        const { chunks, result } = await collect(gen.generate({ tokens: c.prompt }, { maxNewTokens: refs.newTokens }));
        const want = untilEos(ref.tokens, eos);
        expect(result.tokens).toEqual(want.tokens);
        expect(result.finishReason).toBe(want.eos ? 'eos' : 'length');
        expect(result.usage).toEqual({
          promptTokens: c.prompt.length,
          cachedPromptTokens: c.prompt.length - 1,
          completionTokens: want.tokens.length,
        });
        // Chunks: one per token, concatenating to the result, text decoded like all bytes at once.
        expect(chunks.flatMap((ch) => ch.tokens)).toEqual(result.tokens);
        expect(chunks.map((ch) => ch.text).join('')).toBe(result.text);
        expect(result.text).toBe(
          new TextDecoder().decode(concatBytes(result.tokens.map((t) => tokenizer.tokenBytes(t)))),
        );
        expect(result.timings.prefillMs).toBeGreaterThanOrEqual(0);
        expect(result.timings.timeToFirstTokenMs).toBeGreaterThanOrEqual(result.timings.prefillMs);
      });
    });

    it('chunked prefill (any chunk size) gives the logits and continuation of one-shot prefill', async () => {
      const c = refs.cases[1] as (typeof refs.cases)[number];
      gen.resetCache();
      const whole = await gen.computeLogits(c.prompt);
      for (const size of [1, 5, 11]) {
        gen.resetCache();
        const chunked = await gen.computeLogits(c.prompt, { prefillChunkSize: size });
        expect(maxDiff(chunked, whole)).toBeLessThan(1e-3);
      }
      gen.resetCache();
      const r = await gen.generate({ tokens: c.prompt }, { maxNewTokens: 8, prefillChunkSize: 4 }).result;
      expect(r.tokens).toEqual(untilEos(c[source]?.tokens ?? [], eos).tokens.slice(0, 8));
      expect(() => gen.generate({ tokens: c.prompt }, { prefillChunkSize: refs.prefillChunk + 1 })).toThrow(
        KindlingError,
      );
    });

    it('a second turn reusing the KV cache equals running the whole history afresh', async () => {
      const c = refs.cases[0] as (typeof refs.cases)[number];
      gen.resetCache();
      const first = await gen.generate({ tokens: c.prompt }, { maxNewTokens: 6 }).result;
      const history = [...c.prompt, ...first.tokens, ...tokenizer.encode(' Hello world')];
      const second = await gen.generate({ tokens: history }, { maxNewTokens: 10 }).result;
      expect(second.usage.cachedPromptTokens).toBe(c.prompt.length + first.tokens.length - 1);
      const fresh = await load();
      const again = await fresh.generate({ tokens: history }, { maxNewTokens: 10 }).result;
      expect(again.usage.cachedPromptTokens).toBe(0);
      expect(second.tokens).toEqual(again.tokens);
      expect(second.text).toBe(again.text);
      await fresh.dispose();
    });

    it('a Conversation prefills only what is new and answers like a fresh chat', async () => {
      gen.resetCache();
      const chat = new Conversation(gen, {
        messages: [{ role: 'system', content: 'You are tiny.' }],
        renderChat: testRenderChat,
      });
      const t1 = await chat.send('Once upon a time', { maxNewTokens: 5 }).result;
      const t2 = await chat.send('Hello', { maxNewTokens: 5 }).result;
      expect(chat.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant']);
      expect(chat.messages[2]?.content).toBe(t1.text);
      expect(chat.messages[4]?.content).toBe(t2.text);
      const turn1Prompt = t1.usage.promptTokens;
      expect(t2.usage.cachedPromptTokens).toBeGreaterThanOrEqual(turn1Prompt);
      const fresh = await TextGenerator.load(programBytes(variant.name), {
        tokenizer,
        backends: backends(),
        kernels,
        renderChat: testRenderChat,
      });
      const again = await fresh.generate(chat.messages.slice(0, 4), { maxNewTokens: 5 }).result;
      expect(again.tokens).toEqual(t2.tokens);
      await fresh.dispose();
    });

    it('stop strings end generation, also across chunks, without emitting the stop text', async () => {
      const c = refs.cases[2] as (typeof refs.cases)[number];
      gen.resetCache();
      const full = await gen.generate({ tokens: c.prompt }, { maxNewTokens: 16 }).result;
      // A stop string taken from the middle of the text, spanning a token boundary.
      const pieces = full.tokens.map((t) => new TextDecoder().decode(tokenizer.tokenBytes(t)));
      const k = pieces.findIndex(
        (p, j) =>
          j >= 3 &&
          p.length > 0 &&
          !p.includes('\uFFFD') &&
          (pieces[j + 1] ?? '').length > 0 &&
          !(pieces[j + 1] ?? '').includes('\uFFFD'),
      );
      expect(k).toBeGreaterThan(0);
      const stop = `${(pieces[k] as string).slice(-1)}${(pieces[k + 1] as string).slice(0, 1)}`;
      const at = full.text.indexOf(stop);
      expect(at).toBeGreaterThanOrEqual(0);
      const { chunks, result } = await collect(gen.generate({ tokens: c.prompt }, { maxNewTokens: 16, stop: [stop] }));
      expect(result.finishReason).toBe('stop');
      expect(result.text).toBe(full.text.slice(0, at));
      expect(chunks.map((ch) => ch.text).join('')).toBe(result.text);
      expect(result.text).not.toContain(stop);
    });

    it('abort: a signal or leaving the loop ends with finishReason abort, promptly', async () => {
      const c = refs.cases[0] as (typeof refs.cases)[number];
      const want = untilEos(c[source]?.tokens ?? [], eos).tokens;
      const ac = new AbortController();
      const g1 = gen.generate({ tokens: c.prompt }, { maxNewTokens: 20, signal: ac.signal });
      const seen: number[] = [];
      for await (const ch of g1) {
        seen.push(...ch.tokens);
        if (seen.length === 3) ac.abort();
      }
      const r1 = await g1.result;
      expect(r1.finishReason).toBe('abort');
      expect(r1.tokens).toEqual(want.slice(0, 3));

      const g2 = gen.generate({ tokens: c.prompt }, { maxNewTokens: 20 });
      let n = 0;
      for await (const _ of g2) if (++n === 2) break;
      const r2 = await g2.result;
      expect(r2.finishReason).toBe('abort');
      expect(r2.tokens.length).toBeLessThanOrEqual(3);

      const pre = new AbortController();
      pre.abort();
      const r3 = await gen.generate({ tokens: c.prompt }, { signal: pre.signal }).result;
      expect(r3).toMatchObject({ finishReason: 'abort', tokens: [], text: '' });
      // The generator works normally afterwards.
      const r4 = await gen.generate({ tokens: c.prompt }, { maxNewTokens: 4 }).result;
      expect(r4.tokens).toEqual(want.slice(0, 4));

      // Aborted while the model runs (a timer fires during prefill or a decode step): the call in
      // progress stops, the cache forgets what it may have half written, later runs are exact.
      const long = refs.cases[2] as (typeof refs.cases)[number];
      const wantLong = untilEos(long[source]?.tokens ?? [], eos).tokens;
      gen.resetCache();
      const ac2 = new AbortController();
      const g5 = gen.generate({ tokens: long.prompt }, { maxNewTokens: 20, signal: ac2.signal, prefillChunkSize: 3 });
      setTimeout(() => ac2.abort(), 1);
      const r5 = await g5.result;
      expect(r5.finishReason).toBe('abort');
      expect(r5.tokens).toEqual(wantLong.slice(0, r5.tokens.length));
      expect(gen.cachedTokens).toBeLessThanOrEqual(long.prompt.length + r5.tokens.length);
      const r6 = await gen.generate({ tokens: long.prompt }, { maxNewTokens: 6 }).result;
      expect(r6.tokens).toEqual(wantLong.slice(0, 6));
    });

    it('seeded sampling is reproducible and draws from the logits the model gave', async () => {
      const c = refs.cases[1] as (typeof refs.cases)[number];
      const opts = { maxNewTokens: 10, temperature: 1.2, topK: 40, topP: 0.95, seed: 1234 };
      const a = await gen.generate({ tokens: c.prompt }, opts).result;
      const b = await gen.generate({ tokens: c.prompt }, opts).result;
      const d = await gen.generate({ tokens: c.prompt }, { ...opts, seed: 99 }).result;
      expect(a.tokens).toEqual(b.tokens);
      expect(d.tokens).not.toEqual(a.tokens);
      // Replay: each token is what the sampler picks from that step's logits with the seed's stream.
      const { Xoshiro128, sampleToken } = await import('../src/index.js');
      const rng = Xoshiro128.fromSeed(opts.seed);
      for (let i = 0; i < a.tokens.length; i++) {
        const logits = await gen.computeLogits([...c.prompt, ...a.tokens.slice(0, i)]);
        expect(sampleToken(logits, opts, rng.next())).toBe(a.tokens[i]);
      }
    });

    it('a constraint allowing a few tokens is obeyed, accepted token by token, and ends generation', async () => {
      const c = refs.cases[0] as (typeof refs.cases)[number];
      const allowed = [7, 100, 300, 450];
      const accepted: number[] = [];
      const constraint: LogitConstraint = {
        fillMask(mask) {
          for (const id of allowed) mask[id >>> 5] = (mask[id >>> 5] as number) | (1 << (id & 31));
        },
        accept(token) {
          if (!allowed.includes(token))
            throw new KindlingError(ErrorCode.InvalidArgument, `token ${token} not allowed`);
          accepted.push(token);
        },
        get isComplete() {
          return accepted.length >= 5;
        },
      };
      const r = await gen.generate({ tokens: c.prompt }, { maxNewTokens: 20, constraint }).result;
      expect(r.finishReason).toBe('constraint');
      expect(r.tokens).toEqual(accepted);
      expect(r.tokens).toHaveLength(5);
      for (let i = 0; i < r.tokens.length; i++) {
        const logits = await gen.computeLogits([...c.prompt, ...r.tokens.slice(0, i)]);
        const best = allowed.reduce((x, y) => ((logits[y] as number) > (logits[x] as number) ? y : x));
        expect(r.tokens[i]).toBe(best);
      }
    });

    it('context limits: an over-long prompt is a KindlingError; generation stops when the context is full', async () => {
      const limit = refs.export.max_context_len;
      const long = Array.from({ length: limit + 1 }, (_, i) => 10 + (i % 400));
      let err: unknown;
      try {
        gen.generate({ tokens: long });
      } catch (e) {
        err = e;
      }
      expect(KindlingError.isInstance(err)).toBe(true);
      expect((err as KindlingError).code).toBe(ErrorCode.InvalidArgument);
      expect((err as KindlingError).context).toMatchObject({ promptTokens: limit + 1, limit });
      const near = long.slice(0, limit - 6);
      const r = await gen.generate({ tokens: near }, { maxNewTokens: 50, stopTokenIds: [] }).result;
      if (r.finishReason === 'length') expect(r.tokens.length).toBe(7);
      else expect(r.tokens.length).toBeLessThan(7);
    });

    it('one generation at a time: a second generate while one runs is refused', async () => {
      const c = refs.cases[0] as (typeof refs.cases)[number];
      const g = gen.generate({ tokens: c.prompt }, { maxNewTokens: 3 });
      let err: unknown;
      try {
        gen.generate({ tokens: c.prompt });
      } catch (e) {
        err = e;
      }
      expect((err as KindlingError).code).toBe(ErrorCode.InvalidState);
      expect((err as KindlingError).context.reason).toBe('busy');
      await g.result;
      await expect(gen.generate({ tokens: c.prompt }, { maxNewTokens: 1 }).result).resolves.toBeDefined();
    });

    it('a string prompt is encoded without special tokens, after the BOS id; a generation iterates once', async () => {
      const text = 'Once upon a time';
      const ids = [own.export.metadata.get_bos_id, ...tokenizer.encode(text)];
      const a = gen.generate(text, { maxNewTokens: 4 });
      const ra = await a.result;
      expect(ra.usage.promptTokens).toBe(ids.length);
      const rb = await gen.generate({ tokens: ids }, { maxNewTokens: 4 }).result;
      expect(ra.tokens).toEqual(rb.tokens);
      const rc = await gen.generate(text, { maxNewTokens: 4, addBos: false }).result;
      expect(rc.usage.promptTokens).toBe(ids.length - 1);
      const chunks: GenerationChunk[] = [];
      for await (const ch of a) chunks.push(ch);
      expect(chunks.flatMap((ch) => ch.tokens)).toEqual(ra.tokens);
      expect(() => a[Symbol.asyncIterator]()).toThrow(KindlingError);
    });

    it('a tokenizer with fewer ids than the model: the ids it lacks are never generated', async () => {
      const c = refs.cases[1] as (typeof refs.cases)[number];
      const small = withVocabSize(200);
      const g = await TextGenerator.load(programBytes(variant.name), {
        tokenizer: small,
        backends: backends(),
        kernels,
      });
      const r = await g.generate({ tokens: c.prompt }, { maxNewTokens: 6 }).result;
      for (let i = 0; i < r.tokens.length; i++) {
        const logits = await gen.computeLogits([...c.prompt, ...r.tokens.slice(0, i)]);
        let best = 0;
        for (let id = 1; id < 200; id++) if ((logits[id] as number) > (logits[best] as number)) best = id;
        expect(r.tokens[i]).toBe(best);
      }
      await g.dispose();
    });

    it('rejects bad input with KindlingErrors', async () => {
      expect(() => gen.generate({ tokens: [1, 600] })).toThrow(KindlingError);
      expect(() => gen.generate({ tokens: [] })).toThrow(KindlingError);
      expect(() => gen.generate('hi', { temperature: -1 })).toThrow(KindlingError);
      expect(() => gen.generate('hi', { maxNewTokens: -1 })).toThrow(KindlingError);
      expect(() => gen.generate([{ role: 'user', content: 'hi' }])).toThrow(/renderChat/);
      const big = withVocabSize(600);
      await expect(
        TextGenerator.load(programBytes(variant.name), { tokenizer: big, backends: backends(), kernels }),
      ).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    });
  });
}
