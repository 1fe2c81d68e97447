/**
 * `RemoteGenerator`: text generation over OpenAI-compatible chat completions (vLLM, llama.cpp's
 * server, TGI, Ollama and most providers), streamed, with `@kindling/llm`'s `generate()` shape.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { protocolError, remoteError } from '../errors.js';
import {
  type Attempt,
  baseUrl,
  type Connection,
  type ConnectionOptions,
  classify,
  connection,
  parseJson,
  type RequestInfo,
  readBody,
  send,
  withRetries,
} from '../http.js';
import { type ChunkSink, RemoteGeneration } from './generation.js';
import { SseParser } from './sse.js';
import type {
  ChatMessage,
  FinishReason,
  GenerationResult,
  GenerationUsage,
  RemoteGenerateInput,
  RemoteGenerateOptions,
  ResponseFormat,
  ToolCall,
} from './types.js';

/** Options of {@link remoteGenerator}. */
export interface RemoteGeneratorOptions extends ConnectionOptions {
  /**
   * The API's base URL, up to and including its version (`http://localhost:8000/v1`); requests go
   * to `<url>/chat/completions`.
   */
  url: string | URL;
  /** The model to ask for. */
  model: string;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toOpenAiMessage(m: ChatMessage): Json {
  const out: Json = { role: m.role, content: m.content };
  if (m.toolCalls?.length)
    out.tool_calls = m.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { ...c.function } }));
  if (m.toolCallId !== undefined) out.tool_call_id = m.toolCallId;
  if (m.name !== undefined) out.name = m.name;
  return out;
}

function toOpenAiResponseFormat(f: ResponseFormat): Json {
  if (f.type === 'json_schema' && 'schema' in f)
    return { type: 'json_schema', json_schema: { name: 'response', schema: f.schema, strict: true } };
  return { ...f };
}

/** The request body of a streamed chat completion. */
export function chatRequestBody(model: string, input: RemoteGenerateInput, options: RemoteGenerateOptions): Json {
  const messages: readonly ChatMessage[] = typeof input === 'string' ? [{ role: 'user', content: input }] : input;
  if (!Array.isArray(messages) || messages.length === 0)
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      'generate() needs a prompt string or at least one chat message',
      {
        context: { option: 'input' },
      },
    );
  const body: Json = {
    model: options.model ?? model,
    messages: messages.map(toOpenAiMessage),
    stream: true,
    stream_options: { include_usage: true },
  };
  if (options.maxNewTokens !== undefined) {
    if (!Number.isSafeInteger(options.maxNewTokens) || options.maxNewTokens < 1)
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `maxNewTokens must be an integer >= 1, got ${options.maxNewTokens}`,
        {
          context: { option: 'maxNewTokens' },
        },
      );
    body.max_tokens = options.maxNewTokens;
  }
  if (options.temperature !== undefined) body.temperature = options.temperature;
  if (options.topK !== undefined) body.top_k = options.topK;
  if (options.topP !== undefined) body.top_p = options.topP;
  if (options.seed !== undefined) body.seed = options.seed;
  if (options.stop !== undefined) body.stop = typeof options.stop === 'string' ? [options.stop] : [...options.stop];
  if (options.tools?.length)
    body.tools = options.tools.map((t) => ({
      type: 'function',
      function: {
        name: t.name,
        ...(t.description === undefined ? {} : { description: t.description }),
        parameters: t.parameters,
      },
    }));
  if (options.toolChoice !== undefined) body.tool_choice = options.toolChoice;
  if (options.responseFormat !== undefined) body.response_format = toOpenAiResponseFormat(options.responseFormat);
  return { ...body, ...options.extraBody };
}

const FINISH: Readonly<Record<string, FinishReason>> = {
  stop: 'eos',
  length: 'length',
  tool_calls: 'tool_calls',
  function_call: 'tool_calls',
  content_filter: 'stop',
};

/** Accumulates the deltas of a streamed chat completion. */
class StreamState {
  text = '';
  finish: string | undefined;
  usage: GenerationUsage | undefined;
  readonly calls: { id: string; name: string; arguments: string }[] = [];
  done = false;

  /** Applies one event's JSON; returns the text it adds. */
  apply(event: unknown, info: RequestInfo): string {
    if (!isRecord(event)) throw protocolError(`${info.what}: a stream event is not a JSON object`, { url: info.url });
    if (isRecord(event.error)) {
      const message = typeof event.error.message === 'string' ? event.error.message : JSON.stringify(event.error);
      throw remoteError(
        ErrorCode.AccessFailed,
        'http',
        `${info.what}: the server reported an error in the stream: ${message}`,
        {
          url: info.url,
        },
      );
    }
    if (isRecord(event.usage)) this.usage = parseUsage(event.usage);
    const choices = event.choices;
    if (choices === undefined || (Array.isArray(choices) && choices.length === 0)) return '';
    if (!Array.isArray(choices)) throw protocolError(`${info.what}: "choices" is not an array`, { url: info.url });
    const choice = choices.find((c) => isRecord(c) && (c.index === undefined || c.index === 0));
    if (!isRecord(choice)) return '';
    if (typeof choice.finish_reason === 'string') this.finish = choice.finish_reason;
    const delta = choice.delta;
    if (delta === undefined || delta === null) return '';
    if (!isRecord(delta)) throw protocolError(`${info.what}: a choice's "delta" is not an object`, { url: info.url });
    let added = '';
    if (typeof delta.content === 'string') added = delta.content;
    else if (delta.content !== undefined && delta.content !== null)
      throw protocolError(`${info.what}: "delta.content" is not a string`, { url: info.url });
    if (delta.tool_calls !== undefined && delta.tool_calls !== null) {
      if (!Array.isArray(delta.tool_calls))
        throw protocolError(`${info.what}: "delta.tool_calls" is not an array`, { url: info.url });
      for (const tc of delta.tool_calls) this.#toolDelta(tc, info);
    }
    this.text += added;
    return added;
  }

  #toolDelta(tc: unknown, info: RequestInfo): void {
    if (!isRecord(tc)) throw protocolError(`${info.what}: a tool call delta is not an object`, { url: info.url });
    const index = typeof tc.index === 'number' ? tc.index : this.calls.length === 0 ? 0 : this.calls.length - 1;
    if (!Number.isSafeInteger(index) || index < 0 || index > this.calls.length || index > 1024)
      throw protocolError(`${info.what}: tool call index ${JSON.stringify(tc.index)} is out of order`, {
        url: info.url,
      });
    let call = this.calls[index];
    if (!call) {
      call = { id: '', name: '', arguments: '' };
      this.calls[index] = call;
    }
    if (typeof tc.id === 'string') call.id = tc.id;
    const f = tc.function;
    if (isRecord(f)) {
      if (typeof f.name === 'string') call.name += f.name;
      if (typeof f.arguments === 'string') call.arguments += f.arguments;
    }
  }

  toolCalls(info: RequestInfo): ToolCall[] {
    return this.calls.map((c, i) => {
      let parsedArguments: unknown;
      try {
        parsedArguments = c.arguments.trim() === '' ? {} : JSON.parse(c.arguments);
      } catch (e) {
        throw protocolError(
          `${info.what}: the arguments of tool call "${c.name}" are not JSON: ${c.arguments.slice(0, 120)}`,
          {
            url: info.url,
            tool: c.name,
          },
          e,
        );
      }
      return {
        id: c.id || `call_${i}`,
        type: 'function',
        function: { name: c.name, arguments: c.arguments },
        parsedArguments,
      };
    });
  }
}

function parseUsage(u: Json): GenerationUsage {
  const n = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0);
  const details = isRecord(u.prompt_tokens_details) ? u.prompt_tokens_details : {};
  return {
    promptTokens: n(u.prompt_tokens),
    cachedPromptTokens: n(details.cached_tokens),
    completionTokens: n(u.completion_tokens),
  };
}

/**
 * Generates text on an OpenAI-compatible server. Create it with {@link remoteGenerator}.
 *
 * ```ts
 * const chat = remoteGenerator({ url: 'http://localhost:8000/v1', model: 'smollm2', timeoutMs: 20_000 });
 * const gen = chat.generate([{ role: 'user', content: 'Hi!' }], { maxNewTokens: 64 });
 * for await (const { text } of gen) process.stdout.write(text);
 * const { finishReason, usage } = await gen.result;
 * ```
 *
 * `timeoutMs` bounds the wait for the answer to start, and then each wait between two events of
 * the stream. Failures before the stream starts are retried (`retries`, with backoff); a stream
 * that breaks off fails with a `protocol` or `network` error (a stream is never replayed).
 */
export class RemoteGenerator {
  /** The API's base URL. */
  readonly url: string;
  /** The model asked for. */
  readonly model: string;
  readonly #conn: Connection;

  /** @internal Use {@link remoteGenerator}. */
  constructor(options: RemoteGeneratorOptions) {
    if (typeof options.model !== 'string' || options.model === '')
      throw new KindlingError(ErrorCode.InvalidArgument, 'remoteGenerator(): `model` must be a non-empty string', {
        context: { option: 'model' },
      });
    this.url = baseUrl(options.url);
    this.model = options.model;
    this.#conn = connection(options);
  }

  /** Whether the server answers `GET <url>/models` with 200 (one attempt). */
  async isAvailable(options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const info: RequestInfo = { url: `${this.url}/models`, method: 'GET', what: 'model list' };
    try {
      return await withRetries({ ...this.#conn, retries: 0 }, info, options.signal, async (attempt) => {
        const r = await send(this.#conn, info, attempt);
        await readBody(r, 1 << 20, info);
        return true;
      });
    } catch (e) {
      if (KindlingError.isInstance(e) && e.context.kind === 'aborted') throw e;
      return false;
    }
  }

  /**
   * Generates from a prompt or chat messages. Iterate the returned generation for chunks (their
   * `tokens` are empty: the server sends text), await its `result` for the outcome. Bad options
   * throw here; failures while running reject `result` and throw from the iteration.
   */
  generate(input: RemoteGenerateInput, options: RemoteGenerateOptions = {}): RemoteGeneration {
    const body = JSON.stringify(chatRequestBody(this.model, input, options));
    const info: RequestInfo = {
      url: `${this.url}/chat/completions`,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body,
      what: 'chat completion',
    };
    return new RemoteGeneration((sink) => this.#run(info, options, sink));
  }

  async #run(info: RequestInfo, options: RemoteGenerateOptions, sink: ChunkSink): Promise<GenerationResult> {
    const start = performance.now();
    const stop = new AbortController();
    const outer = [options.signal, sink.cancelled].filter((s): s is AbortSignal => s !== undefined);
    const onStop = () => stop.abort(new Error('stopped'));
    for (const s of outer) {
      if (s.aborted) onStop();
      s.addEventListener('abort', onStop, { once: true });
    }
    const state = new StreamState();
    let firstAt: number | undefined;
    const finish = (reason: FinishReason): GenerationResult => {
      const end = performance.now();
      const first = firstAt ?? end;
      const usage = state.usage ?? { promptTokens: 0, cachedPromptTokens: 0, completionTokens: 0 };
      const decodeMs = end - first;
      const prefillMs = first - start;
      const result: GenerationResult = {
        text: state.text,
        tokens: [],
        finishReason: reason,
        usage,
        timings: {
          timeToFirstTokenMs: prefillMs,
          prefillMs,
          decodeMs,
          prefillTokensPerSecond: prefillMs > 0 ? (usage.promptTokens * 1000) / prefillMs : 0,
          decodeTokensPerSecond:
            decodeMs > 0 && usage.completionTokens > 1 ? ((usage.completionTokens - 1) * 1000) / decodeMs : 0,
        },
      };
      if (reason === 'tool_calls' || state.calls.length > 0) result.toolCalls = state.toolCalls(info);
      const format = options.responseFormat?.type;
      if ((format === 'json_object' || format === 'json_schema') && reason !== 'length' && reason !== 'abort') {
        try {
          result.json = JSON.parse(state.text);
        } catch (e) {
          throw protocolError(
            `${info.what}: the answer is not the JSON its response format asks for: ${state.text.slice(0, 120)}`,
            {
              url: info.url,
            },
            e,
          );
        }
      }
      return result;
    };
    let attempt: Attempt | undefined;
    try {
      let response: Response;
      try {
        response = await withRetries(this.#conn, info, stop.signal, async (a) => {
          const r = await send(this.#conn, info, a);
          const type = r.headers.get('content-type') ?? '';
          if (!r.body)
            throw protocolError(`${info.what}: the answer has no body (HTTP ${r.status})`, { url: info.url });
          if (!type.includes('text/event-stream')) {
            const text = new TextDecoder().decode(await readBody(r, 64 << 10, info, true));
            throw protocolError(`${info.what}: expected an event stream, got "${type}": ${text.slice(0, 200)}`, {
              url: info.url,
            });
          }
          a.keep();
          attempt = a;
          return r;
        });
      } catch (e) {
        if (stop.signal.aborted) return finish('abort');
        throw e;
      }
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const parser = new SseParser();
      const handle = (events: string[]): void => {
        for (const data of events) {
          if (state.done) return;
          if (data.trim() === '[DONE]') {
            state.done = true;
            return;
          }
          const added = state.apply(parseJson(new TextEncoder().encode(data), info), info);
          if (added !== '') {
            firstAt ??= performance.now();
            sink.emit({ tokens: [], text: added });
          }
        }
      };
      try {
        while (!state.done) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (e) {
            if (stop.signal.aborted) return finish('abort');
            const err = classify(e, attempt as Attempt, info, undefined);
            if (KindlingError.isInstance(err) && err.context.kind === 'network')
              throw remoteError(
                ErrorCode.AccessFailed,
                'network',
                `${info.what}: the stream broke off: ${err.message}`,
                {
                  url: info.url,
                  received: state.text.length,
                },
                e,
              );
            throw err;
          }
          if (chunk.done) {
            handle(parser.end());
            break;
          }
          (attempt as Attempt).restart(this.#conn.timeoutMs);
          handle(parser.push(chunk.value));
        }
      } finally {
        reader.cancel().catch(() => undefined);
      }
      if (!state.done && state.finish === undefined)
        throw protocolError(`${info.what}: the stream ended before the completion did (no finish reason, no [DONE])`, {
          url: info.url,
          received: state.text.length,
        });
      if (stop.signal.aborted) return finish('abort');
      return finish(FINISH[state.finish ?? 'stop'] ?? 'stop');
    } finally {
      attempt?.done();
      for (const s of outer) s.removeEventListener('abort', onStop);
    }
  }
}

/** A text generator on an OpenAI-compatible chat completions server (see {@link RemoteGenerator}). */
export function remoteGenerator(options: RemoteGeneratorOptions): RemoteGenerator {
  return new RemoteGenerator(options);
}
