/** Options and results of text generation. */
import type { ModuleLoadOptions } from '@kindling/runtime';
import type { ResponseFormat, ToolCallOptions, ToolChoice } from '../constrain/index.js';
import type { ChatMessage, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from '../types.js';

/** Renders chat messages to the prompt text a model expects (its chat template). */
export type RenderChat = (messages: readonly ChatMessage[], options: RenderChatOptions) => string;

/** What a {@link RenderChat} is told besides the messages. */
export interface RenderChatOptions {
  /** End with the header of an assistant turn. */
  addGenerationPrompt: boolean;
  /** The tools the model may call (render them, or describe them in the system message). */
  tools?: readonly ToolDefinition[];
  /** How calls are written (see {@link GenerateOptions.toolCallFormat}). */
  toolCallFormat?: ToolCallOptions;
}

/** Options of {@link TextGenerator.load}: the module's load options plus the tokenizer. */
export interface TextGeneratorLoadOptions extends ModuleLoadOptions {
  /** The tokenizer of the model (its vocabulary must fit the model's logits). */
  tokenizer: Tokenizer;
  /** Renders chat messages (default for every `generate` with messages; a call can override it). */
  renderChat?: RenderChat;
  /** The method to run (default `forward`). */
  method?: string;
}

/**
 * What to generate from: a prompt string (encoded without the tokenizer's special tokens, then the
 * BOS id prepended unless `addBos` is false), chat messages (rendered with `renderChat` and a
 * generation prompt, encoded as they are: templates carry their own BOS), or token ids as they are.
 */
export type GenerateInput = string | readonly ChatMessage[] | { readonly tokens: readonly number[] };

/** Options of one generation. */
export interface GenerateOptions {
  /** Most tokens to generate (default 256); generation also ends when the context is full. */
  maxNewTokens?: number;
  /** Softmax temperature; 0 (the default) is greedy decoding. */
  temperature?: number;
  /** Sample among the k most likely tokens only (0 or absent: all). */
  topK?: number;
  /** Sample within the smallest set of tokens whose probability reaches p (absent or 1: all). */
  topP?: number;
  /** Seed of the sampler's random numbers (default 0): a seed gives the same text in every engine. */
  seed?: number;
  /** Text that ends generation; the stop text and what follows are not part of the result. */
  stop?: string | readonly string[];
  /** Token ids that end generation besides the model's and tokenizer's end-of-sequence ids. */
  stopTokenIds?: readonly number[];
  /**
   * Stops generation between steps (and a model call in progress, at its next instruction). The
   * generation then ends normally with `finishReason: 'abort'` and the text generated so far; it
   * does not throw.
   */
  signal?: AbortSignal;
  /** Renders chat messages (overrides the load option). */
  renderChat?: RenderChat;
  /** Prepend the BOS id to a string prompt (default true when the model or tokenizer has one). */
  addBos?: boolean;
  /** Most prompt tokens per model call (default and maximum: what the program's input allows). */
  prefillChunkSize?: number;
  /**
   * Functions the model may call. The chat is rendered with them (the template's own `tools`
   * support, or a system-message paragraph for templates without it), and decoding is constrained
   * so that every call the model writes parses and validates against its tool's `parameters`
   * schema; the result's `toolCalls` holds them (OpenAI's shape) and its `finishReason` is
   * `'tool_calls'`.
   */
  tools?: readonly ToolDefinition[];
  /**
   * `'auto'` (default with tools: free text, or calls once the model starts one), `'required'`
   * (only calls), `'none'` (only text), or `{ type: 'function', function: { name } }` (a call of
   * that tool).
   */
  toolChoice?: ToolChoice;
  /** How calls are written (default {@link DEFAULT_TOOL_CALL_FORMAT}: `<tool_call>` blocks). */
  toolCallFormat?: ToolCallOptions;
  /**
   * `{ type: 'json_schema', schema }` constrains the whole answer to a JSON value of the schema
   * (the result's `json` holds it parsed); `{ type: 'json_object' }` to any JSON object.
   */
  responseFormat?: ResponseFormat;
  /**
   * @internal Restricts the tokens sampled (schema-constrained decoding): disallowed tokens get a
   * logit of -Infinity; `accept` is called with each sampled token; generation stops once
   * `isComplete`.
   */
  constraint?: LogitConstraint;
}

/** Why generation ended. */
export type FinishReason =
  /** An end-of-sequence token (or one of `stopTokenIds`) was sampled. */
  | 'eos'
  /** A stop string was generated. */
  | 'stop'
  /** `maxNewTokens` tokens were generated, or the context window is full. */
  | 'length'
  /** The signal was aborted, or the iteration was left early (`break`). */
  | 'abort'
  /** The constraint reported the constrained text complete. */
  | 'constraint'
  /** The model called tools (`toolCalls` holds the calls). */
  | 'tool_calls';

/**
 * A piece of the generation: one per generated token, and at the end possibly one without tokens
 * carrying text held back until then (a possible stop-string start, or an incomplete character,
 * which becomes U+FFFD).
 */
export interface GenerationChunk {
  /** The token(s) this chunk adds. */
  tokens: number[];
  /**
   * The text that became final with them (may be empty: part of a multi-byte character, or text
   * held back because it might start a stop string). Concatenating every chunk's text gives the
   * result's text.
   */
  text: string;
}

/** Token counts of a generation. */
export interface GenerationUsage {
  /** Tokens of the prompt. */
  promptTokens: number;
  /** Of those, how many were already in the KV cache (not run through the model again). */
  cachedPromptTokens: number;
  /** Tokens generated (the end-of-sequence token that ended it is not counted). */
  completionTokens: number;
}

/** Where the time went (milliseconds, from `performance.now()`). */
export interface GenerationTimings {
  /** From the call to the first token sampled. */
  timeToFirstTokenMs: number;
  /** Running the prompt (the part not cached) through the model. */
  prefillMs: number;
  /** The decode steps (one model call per generated token after the first). */
  decodeMs: number;
  /** Prompt tokens run per second (0 when none ran). */
  prefillTokensPerSecond: number;
  /** Decode steps per second (0 when none ran). */
  decodeTokensPerSecond: number;
}

/** The outcome of a generation. */
export interface GenerationResult {
  text: string;
  /**
   * Generated token ids: without the end-of-sequence token that ended it, but with the tokens that
   * produced a stop string (their text is cut from `text`).
   */
  tokens: number[];
  finishReason: FinishReason;
  usage: GenerationUsage;
  timings: GenerationTimings;
  /** With `tools`: the calls in the text, parsed and validated (empty when the model answered in text). */
  toolCalls?: ToolCall[];
  /** With a JSON `responseFormat`: the answer parsed (absent when generation was cut short). */
  json?: unknown;
}
