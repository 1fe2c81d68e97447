/**
 * `TextGenerator`: runs an exported language model (`forward(tokens, input_pos) -> logits`, KV
 * cache inside the program) to generate text with a tokenizer: prompt and chat input, chunked
 * prefill, KV-cache reuse, sampling, stop strings, streaming.
 */
import { ErrorCode, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { type BytesSource, Module, type TensorValueMeta } from '@kindling/runtime';
import type { Tokenizer } from '../types.js';
import { Generation, type GenerationSink } from './generation.js';
import { type ModelMetadata, readMetadata } from './metadata.js';
import { Xoshiro128 } from './prng.js';
import { checkSamplingParams, type SamplingParams, sampleToken } from './sampler.js';
import { TextStream } from './text-stream.js';
import { structuredOutput, templateRenderer } from './tools.js';
import type {
  FinishReason,
  GenerateInput,
  GenerateOptions,
  GenerationResult,
  RenderChat,
  TextGeneratorLoadOptions,
} from './types.js';
import { yieldToEventLoop } from './yield.js';

const DEFAULT_MAX_NEW_TOKENS = 256;

function invalid(message: string, context: Record<string, unknown>): KindlingError {
  return new KindlingError(ErrorCode.InvalidArgument, message, { context });
}

function abortedBetweenCalls(method: string, signal: AbortSignal): KindlingError {
  return new KindlingError(ErrorCode.InvalidState, `generation was aborted between calls of "${method}"`, {
    context: { method, aborted: true },
    cause: signal.reason,
  });
}

function isAbort(e: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && KindlingError.isInstance(e) && e.context.aborted !== undefined;
}

/**
 * Generates text with an exported language model.
 *
 * ```ts
 * const generator = await TextGenerator.load('model.pte', { tokenizer, backends: [xnnpack()], kernels });
 * const gen = generator.generate('Once upon a time', { maxNewTokens: 64, temperature: 0.8, seed: 1 });
 * for await (const { text } of gen) process.stdout.write(text);
 * ```
 *
 * The program's KV cache holds the tokens of the last generation (prompt and output). A new
 * generation whose tokens start with some of those reuses them: only the rest is run through the
 * model (see {@link Conversation}, which makes every new chat turn such a continuation).
 *
 * One generation runs at a time: `generate` (and {@link TextGenerator.computeLogits}) while another
 * has not finished throws an `InvalidState` `KindlingError` (`context.reason: 'busy'`). Leave it
 * (`break`), abort it, or await its `result` first.
 */
export class TextGenerator {
  /** The loaded program. */
  readonly module: Module;
  /** The tokenizer. */
  readonly tokenizer: Tokenizer;
  /** The program's metadata (defaults filled in). */
  readonly metadata: Readonly<ModelMetadata>;
  /** Size of the logits (the model's vocabulary). */
  readonly vocabSize: number;
  /** Most tokens one model call takes (the dynamic dimension's bound). */
  readonly maxTokensPerCall: number;
  /** Ids that end generation: the program's `get_eos_ids` and the tokenizer's. */
  readonly eosTokenIds: ReadonlySet<number>;
  readonly #method: string;
  readonly #renderChat: RenderChat | undefined;
  /** Tokens whose keys and values are in the KV cache, at positions 0, 1, ... */
  readonly #cached: number[] = [];
  #busy = false;

  private constructor(
    module: Module,
    tokenizer: Tokenizer,
    metadata: ModelMetadata,
    method: string,
    vocabSize: number,
    maxTokensPerCall: number,
    renderChat: RenderChat | undefined,
  ) {
    this.module = module;
    this.tokenizer = tokenizer;
    this.metadata = Object.freeze(metadata);
    this.#method = method;
    this.vocabSize = vocabSize;
    this.maxTokensPerCall = maxTokensPerCall;
    this.#renderChat = renderChat;
    this.eosTokenIds = new Set([...metadata.eosIds, ...tokenizer.eosTokenIds]);
  }

  /**
   * Loads a program (bytes, a URL, a file path in Node, a `Response`, a `Blob`: what `Module.load`
   * accepts; or an already loaded `Module`, whose own load options then apply) with its backends
   * and kernels, reads its metadata and checks that it is a
   * KV-cache language model that fits the tokenizer. Fails with a `KindlingError`: `NotSupported`
   * for a program without KV cache or with another signature, `InvalidArgument` when the tokenizer
   * has more ids than the model's logits (fewer is fine: models often pad their vocabulary; the
   * ids the tokenizer lacks are never sampled), and whatever loading the module or its method reports
   * (`OperatorMissing` for missing kernels, e.g. the `llama::` ones).
   */
  static async load(source: BytesSource | Module, options: TextGeneratorLoadOptions): Promise<TextGenerator> {
    const { tokenizer, renderChat, method = 'forward', ...moduleOptions } = options;
    if (!tokenizer || typeof tokenizer.tokenBytes !== 'function')
      throw invalid('TextGenerator.load needs a tokenizer', { option: 'tokenizer' });
    const module = source instanceof Module ? source : await Module.load(source, moduleOptions);
    const metadata = await readMetadata(module);
    if (!module.methodNames.includes(method))
      throw new KindlingError(ErrorCode.NotFound, `the program has no method "${method}"`, {
        context: { method, methods: module.methodNames },
      });
    if (!metadata.useKvCache)
      throw new KindlingError(ErrorCode.NotSupported, 'only programs exported with a KV cache are supported', {
        context: { method, use_kv_cache: false },
      });
    const { vocabSize, maxTokensPerCall } = checkSignature(module, method);
    if (metadata.vocabSize !== undefined && metadata.vocabSize !== vocabSize)
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `get_vocab_size says ${metadata.vocabSize} but "${method}" returns ${vocabSize} logits`,
        { context: { method, vocabSize: metadata.vocabSize, logits: vocabSize } },
      );
    if (tokenizer.vocabSize > vocabSize)
      throw invalid(`the tokenizer has ${tokenizer.vocabSize} ids but the model only ${vocabSize}`, {
        tokenizerVocabSize: tokenizer.vocabSize,
        modelVocabSize: vocabSize,
      });
    await module.loadMethod(method);
    return new TextGenerator(
      module,
      tokenizer,
      metadata,
      method,
      vocabSize,
      Math.min(maxTokensPerCall, Math.max(1, metadata.maxSeqLen)),
      renderChat ?? (tokenizer.chatTemplate ? templateRenderer(tokenizer.chatTemplate, tokenizer) : undefined),
    );
  }

  /** The context window: most tokens (prompt and generated) one sequence can hold. */
  get maxContextLength(): number {
    return this.metadata.maxContextLen;
  }

  /** How many tokens the KV cache holds from the last generation. */
  get cachedTokens(): number {
    return this.#cached.length;
  }

  /** Forgets the KV cache's contents (the next generation runs its whole prompt). */
  resetCache(): void {
    this.#checkIdle();
    this.#cached.length = 0;
  }

  /** The token ids `input` stands for (see {@link GenerateInput}). */
  encodeInput(
    input: GenerateInput,
    options: Pick<GenerateOptions, 'renderChat' | 'addBos' | 'tools' | 'toolCallFormat'> = {},
  ): number[] {
    if (typeof input === 'string') {
      const ids = this.tokenizer.encode(input, { addSpecialTokens: false });
      const bos = this.metadata.bosId ?? this.tokenizer.bosTokenId;
      if ((options.addBos ?? true) && bos !== undefined && ids[0] !== bos) ids.unshift(bos);
      return ids;
    }
    if (Array.isArray(input)) {
      const render = options.renderChat ?? this.#renderChat;
      if (!render)
        throw invalid('chat messages need a renderChat function (a load or generate option)', {
          option: 'renderChat',
        });
      const text = render(input, {
        addGenerationPrompt: true,
        ...(options.tools && { tools: options.tools }),
        ...(options.toolCallFormat && { toolCallFormat: options.toolCallFormat }),
      });
      return this.tokenizer.encode(text, { addSpecialTokens: false });
    }
    const tokens = (input as { tokens?: unknown }).tokens;
    if (!Array.isArray(tokens)) throw invalid('input must be a string, chat messages or { tokens }', {});
    return [...(tokens as number[])];
  }

  /**
   * The logits after `tokens` (a fresh `Float32Array` of {@link TextGenerator.vocabSize}), running
   * through the model only what the KV cache does not already hold, in calls of at most
   * `prefillChunkSize` tokens.
   */
  async computeLogits(
    tokens: readonly number[],
    options: { prefillChunkSize?: number; signal?: AbortSignal } = {},
  ): Promise<Float32Array> {
    this.#checkIdle();
    this.#busy = true;
    try {
      const chunk = this.#chunkSize(options.prefillChunkSize);
      this.#checkTokens(tokens);
      return (await this.#evaluate(tokens, chunk, options.signal)).logits;
    } finally {
      this.#busy = false;
    }
  }

  /**
   * Generates from a prompt, chat messages or token ids (see {@link GenerateInput}); iterate the
   * returned {@link Generation} for chunks, await its `result` for the outcome. Input errors
   * (context overflow, bad options, busy) throw here, synchronously; errors while running reject
   * `result` and throw from the iteration.
   */
  generate(input: GenerateInput, options: GenerateOptions = {}): Generation {
    this.#checkIdle();
    const start = performance.now();
    const structured = structuredOutput(options, this.tokenizer);
    const prompt = this.encodeInput(input, options);
    this.#checkTokens(prompt);
    if (prompt.length === 0) throw invalid('the prompt has no tokens', { promptTokens: 0 });
    if (prompt.length > this.maxContextLength)
      throw invalid(
        `the prompt has ${prompt.length} tokens, more than the model's context of ${this.maxContextLength}`,
        { promptTokens: prompt.length, limit: this.maxContextLength },
      );
    const maxNewTokens = options.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS;
    if (!Number.isSafeInteger(maxNewTokens) || maxNewTokens < 0)
      throw invalid(`maxNewTokens must be an integer >= 0, got ${maxNewTokens}`, {
        option: 'maxNewTokens',
        given: maxNewTokens,
      });
    const sampling: SamplingParams = { temperature: options.temperature ?? 0, topK: options.topK, topP: options.topP };
    checkSamplingParams(sampling);
    const chunk = this.#chunkSize(options.prefillChunkSize);
    const stop = typeof options.stop === 'string' ? [options.stop] : [...(options.stop ?? [])];
    const stream = new TextStream(stop);
    const stopIds = new Set(this.eosTokenIds);
    for (const id of options.stopTokenIds ?? []) stopIds.add(id);
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed)) throw invalid(`seed must be an integer, got ${seed}`, { option: 'seed' });
    this.#busy = true;
    return new Generation(async (sink) => {
      try {
        const result = await this.#run(
          { prompt, maxNewTokens, sampling, chunk, stream, stopIds, rng: Xoshiro128.fromSeed(seed), start },
          { ...options, constraint: structured.constraint },
          sink,
        );
        return structured.finish(result);
      } finally {
        this.#busy = false;
      }
    });
  }

  /** Releases the module (its methods and delegates). */
  dispose(): Promise<void> {
    return this.module.dispose();
  }

  async #run(
    job: {
      prompt: number[];
      maxNewTokens: number;
      sampling: SamplingParams;
      chunk: number;
      stream: TextStream;
      stopIds: ReadonlySet<number>;
      rng: Xoshiro128;
      start: number;
    },
    options: GenerateOptions,
    sink: GenerationSink,
  ): Promise<GenerationResult> {
    const { prompt, stream, signal } = { ...job, signal: options.signal };
    const constraint = options.constraint;
    const tokens: number[] = [];
    const seq = [...prompt];
    let finishReason: FinishReason = 'length';
    let cachedPromptTokens = 0;
    let prefillMs = 0;
    let prefilled = 0;
    let decodeMs = 0;
    let decodeSteps = 0;
    let firstTokenAt: number | undefined;
    const mask = constraint ? new Uint32Array(Math.ceil(this.vocabSize / 32)) : undefined;
    const stopped = (): boolean => signal?.aborted === true || sink.cancelled;
    let lastEmit = 0;
    const emit = (upTo: number, text: string): void => {
      sink.emit({ tokens: tokens.slice(lastEmit, upTo), text });
      lastEmit = upTo;
    };

    let logits: Float32Array | undefined;
    try {
      if (!stopped()) {
        const t0 = performance.now();
        const r = await this.#evaluate(seq, job.chunk, signal);
        prefillMs = performance.now() - t0;
        cachedPromptTokens = r.reused;
        prefilled = seq.length - r.reused;
        logits = r.logits;
      }
      while (logits) {
        if (stopped()) {
          finishReason = 'abort';
          break;
        }
        if (tokens.length >= job.maxNewTokens) break;
        if (constraint?.isComplete) {
          finishReason = 'constraint';
          break;
        }
        this.#mask(logits, constraint, mask);
        const token = sampleToken(logits, job.sampling, job.sampling.temperature > 0 ? job.rng.next() : 0);
        firstTokenAt ??= performance.now();
        constraint?.accept(token);
        if (job.stopIds.has(token)) {
          finishReason = 'eos';
          break;
        }
        tokens.push(token);
        seq.push(token);
        const text = stream.push(this.tokenizer.tokenBytes(token));
        emit(tokens.length, text);
        if (stream.stopped) {
          finishReason = 'stop';
          break;
        }
        if (constraint?.isComplete) {
          finishReason = 'constraint';
          break;
        }
        if (tokens.length >= job.maxNewTokens || seq.length > this.maxContextLength) break;
        if (stopped()) {
          finishReason = 'abort';
          break;
        }
        const t0 = performance.now();
        logits = (await this.#evaluate(seq, job.chunk, signal)).logits;
        decodeMs += performance.now() - t0;
        decodeSteps++;
      }
      if (!logits) finishReason = 'abort';
    } catch (e) {
      if (!isAbort(e, signal)) throw e;
      finishReason = 'abort';
    }
    const rest = stream.finish();
    if (rest.length > 0 || lastEmit < tokens.length) emit(tokens.length, rest);
    const end = performance.now();
    return {
      text: stream.text,
      tokens,
      finishReason,
      usage: { promptTokens: prompt.length, cachedPromptTokens, completionTokens: tokens.length },
      timings: {
        timeToFirstTokenMs: (firstTokenAt ?? end) - job.start,
        prefillMs,
        decodeMs,
        prefillTokensPerSecond: prefillMs > 0 ? (prefilled * 1000) / prefillMs : 0,
        decodeTokensPerSecond: decodeMs > 0 ? (decodeSteps * 1000) / decodeMs : 0,
      },
    };
  }

  /** Masks ids the tokenizer cannot decode and, with a constraint, the ids it does not allow. */
  #mask(logits: Float32Array, constraint: GenerateOptions['constraint'], mask: Uint32Array | undefined): void {
    for (let i = this.tokenizer.vocabSize; i < logits.length; i++) logits[i] = Number.NEGATIVE_INFINITY;
    if (!constraint || !mask) return;
    mask.fill(0);
    constraint.fillMask(mask);
    for (let i = 0; i < logits.length; i++) {
      if (((mask[i >>> 5] as number) & (1 << (i & 31))) === 0) logits[i] = Number.NEGATIVE_INFINITY;
    }
  }

  /**
   * The logits after `seq`: keeps the cached prefix `seq` shares (all but its last token at most)
   * and runs the rest from there, `chunk` tokens per call.
   */
  async #evaluate(
    seq: readonly number[],
    chunk: number,
    signal: AbortSignal | undefined,
  ): Promise<{ logits: Float32Array; reused: number }> {
    if (seq.length === 0) throw invalid('no tokens to run', {});
    if (seq.length > this.maxContextLength)
      throw invalid(`${seq.length} tokens do not fit the model's context of ${this.maxContextLength}`, {
        promptTokens: seq.length,
        limit: this.maxContextLength,
      });
    const cached = this.#cached;
    let reused = 0;
    const most = Math.min(cached.length, seq.length - 1);
    while (reused < most && cached[reused] === seq[reused]) reused++;
    cached.length = reused;
    let logits: Float32Array | undefined;
    for (let pos = reused; pos < seq.length; pos += chunk) {
      const part = seq.slice(pos, pos + chunk);
      try {
        // Between model calls, let timers and events run (an abort can come from one).
        await yieldToEventLoop();
        if (signal?.aborted) throw abortedBetweenCalls(this.#method, signal);
        logits = await this.#forward(part, pos, signal);
      } catch (e) {
        cached.length = pos; // a failed call may have written part of its positions
        throw e;
      }
      cached.push(...part);
    }
    return { logits: logits as Float32Array, reused };
  }

  async #forward(part: readonly number[], pos: number, signal: AbortSignal | undefined): Promise<Float32Array> {
    const ids = BigInt64Array.from(part, (t) => BigInt(t));
    const inputs = [Tensor.from('int64', [1, part.length], ids), Tensor.from('int64', [1], [BigInt(pos)])];
    const out = await this.module.execute(
      this.#method,
      inputs,
      signal ? { signal, zeroCopy: true } : { zeroCopy: true },
    );
    const t = out.tensor(0, 'float32');
    if (t.numel !== this.vocabSize)
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `"${this.#method}" returned ${t.numel} logits for ${part.length} tokens; expected the last position's ${this.vocabSize}`,
        { context: { method: this.#method, sizes: t.sizes } },
      );
    return Float32Array.from(t.data);
  }

  #chunkSize(requested: number | undefined): number {
    if (requested === undefined) return this.maxTokensPerCall;
    if (!Number.isSafeInteger(requested) || requested < 1 || requested > this.maxTokensPerCall)
      throw invalid(`prefillChunkSize must be an integer from 1 to ${this.maxTokensPerCall}, got ${requested}`, {
        option: 'prefillChunkSize',
        given: requested,
        limit: this.maxTokensPerCall,
      });
    return requested;
  }

  #checkTokens(tokens: readonly number[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!Number.isSafeInteger(t) || (t as number) < 0 || (t as number) >= this.vocabSize)
        throw invalid(
          `token ${String(t)} at index ${i} is not an id of the model's vocabulary (0..${this.vocabSize - 1})`,
          {
            index: i,
            token: t,
          },
        );
    }
  }

  #checkIdle(): void {
    if (this.#busy)
      throw new KindlingError(
        ErrorCode.InvalidState,
        'a generation is still running on this generator; await its result, abort it or leave its iteration first',
        { context: { reason: 'busy' } },
      );
  }
}

/**
 * Checks `forward(tokens int64[1, n], input_pos int64[1]) -> logits float32[1, vocab]`; returns the
 * vocabulary size and the most tokens one call takes.
 */
function checkSignature(module: Module, method: string): { vocabSize: number; maxTokensPerCall: number } {
  const meta = module.methodMeta(method);
  const unsupported = (why: string): never => {
    throw new KindlingError(
      ErrorCode.NotSupported,
      `"${method}" must be forward(tokens int64[1, n], input_pos int64[1]) -> logits float32[1, vocab]: ${why}`,
      { context: { method } },
    );
  };
  if (meta.inputs.length !== 2) unsupported(`it takes ${meta.inputs.length} inputs`);
  const [tok, pos] = meta.inputs as [TensorValueMeta, TensorValueMeta];
  if (tok.tag !== Tag.Tensor || tok.dtype !== ScalarType.Long || tok.sizes.length !== 2 || tok.sizes[0] !== 1)
    unsupported('input 0 is not an int64 [1, n] tensor');
  if (pos.tag !== Tag.Tensor || pos.dtype !== ScalarType.Long || pos.sizes.length !== 1 || pos.sizes[0] !== 1)
    unsupported('input 1 is not an int64 [1] position');
  if (meta.outputs.length !== 1) unsupported(`it returns ${meta.outputs.length} outputs`);
  const out = meta.outputs[0] as TensorValueMeta;
  if (out.tag !== Tag.Tensor || out.dtype !== ScalarType.Float || out.sizes.length < 1)
    unsupported('output 0 is not float32 logits');
  const vocabSize = out.sizes[out.sizes.length - 1] as number;
  if (out.sizes.reduce((a, b) => a * b, 1) !== vocabSize) unsupported('it returns logits for more than one position');
  const n = tok.sizes[1] as number;
  if (tok.dynamism === 'static' && n !== 1) unsupported(`its token input has the fixed length ${n}`);
  return { vocabSize, maxTokensPerCall: n };
}
