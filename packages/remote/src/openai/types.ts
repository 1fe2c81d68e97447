/**
 * The shapes of text generation, the same as `@kindling/llm`'s (a test checks that a
 * `TextGenerator` and a `RemoteGenerator` are interchangeable where these types are used), declared
 * here so that this package does not depend on the on-device generator.
 */

/** A JSON Schema. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** A function the model may call: OpenAI-style `{ name, description, parameters }`. */
export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments object. */
  parameters: JsonSchema;
}

/** A call the model made (OpenAI's shape) plus the parsed arguments. */
export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  /** `JSON.parse(function.arguments)`. */
  parsedArguments: unknown;
}

/** One turn of a chat. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  toolCalls?: readonly ToolCall[];
  toolCallId?: string;
  name?: string;
}

/** Which tools the model may call. */
export type ToolChoice = 'auto' | 'required' | 'none' | { type: 'function'; function: { name: string } };

/** The form of the answer. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; schema: JsonSchema }
  | { type: 'json_schema'; json_schema: { name?: string; schema: JsonSchema; strict?: boolean } };

/** Why generation ended (`@kindling/llm`'s reasons). */
export type FinishReason = 'eos' | 'stop' | 'length' | 'abort' | 'constraint' | 'tool_calls';

/** A piece of the generation. A remote generation has no token ids: `tokens` is empty. */
export interface GenerationChunk {
  tokens: number[];
  text: string;
}

/** Token counts, as the server reported them (zeros when it reported none). */
export interface GenerationUsage {
  promptTokens: number;
  cachedPromptTokens: number;
  completionTokens: number;
}

/** Where the time went (milliseconds): for a remote generation, measured at the client. */
export interface GenerationTimings {
  timeToFirstTokenMs: number;
  prefillMs: number;
  decodeMs: number;
  prefillTokensPerSecond: number;
  decodeTokensPerSecond: number;
}

/** The outcome of a generation. */
export interface GenerationResult {
  text: string;
  tokens: number[];
  finishReason: FinishReason;
  usage: GenerationUsage;
  timings: GenerationTimings;
  toolCalls?: ToolCall[];
  json?: unknown;
}

/** What a remote generation takes: a prompt (sent as one user message) or chat messages. */
export type RemoteGenerateInput = string | readonly ChatMessage[];

/** Options of one remote generation: `@kindling/llm`'s `GenerateOptions` that a server understands. */
export interface RemoteGenerateOptions {
  /** `max_tokens`. */
  maxNewTokens?: number;
  temperature?: number;
  /** `top_k` (not OpenAI's; llama.cpp's server, vLLM and others take it). */
  topK?: number;
  topP?: number;
  seed?: number;
  stop?: string | readonly string[];
  /**
   * Stops the generation: the request is cancelled and the generation ends normally with
   * `finishReason: 'abort'` and the text received so far.
   */
  signal?: AbortSignal;
  tools?: readonly ToolDefinition[];
  toolChoice?: ToolChoice;
  responseFormat?: ResponseFormat;
  /** The model to ask for (overrides the generator's). */
  model?: string;
  /** More fields for the request body, sent as they are (e.g. `{ repeat_penalty: 1.1 }`). */
  extraBody?: Record<string, unknown>;
}

/** A generation in progress: its chunks as an async iterable, and its outcome. */
export interface GenerationLike extends AsyncIterable<GenerationChunk> {
  readonly result: Promise<GenerationResult>;
}

/** Anything that generates text with this interface: a `TextGenerator`, a `RemoteGenerator`. */
export interface GeneratorLike<I = RemoteGenerateInput, O = RemoteGenerateOptions> {
  generate(input: I, options?: O): GenerationLike;
}
