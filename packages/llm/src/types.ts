/**
 * The contracts the parts of `@kindling/llm` share: the tokenizer a generator decodes with, the
 * chat messages and tools it renders, and the logit constraint that schema-constrained decoding
 * plugs into sampling.
 */

/** A JSON Schema (draft 2020-12 subset; `true`/`false` allowed). */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** A function the model may call: OpenAI-style `{ name, description, parameters }`. */
export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments object. */
  parameters: JsonSchema;
}

/** A call the model made, in the shape OpenAI-style clients expect, plus the parsed arguments. */
export interface ToolCall {
  id: string;
  type: 'function';
  function: {
    name: string;
    /** The arguments as JSON text. */
    arguments: string;
  };
  /** `JSON.parse(function.arguments)`, already validated against the tool's schema. */
  parsedArguments: unknown;
}

/** One turn of a chat. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  /** Calls an assistant turn made. */
  toolCalls?: readonly ToolCall[];
  /** The call a `tool` turn answers. */
  toolCallId?: string;
  /** The tool's name, on a `tool` turn. */
  name?: string;
}

/**
 * A tokenizer as generation uses it. Concatenating `tokenBytes(id)` over generated ids and decoding
 * the bytes as UTF-8 gives the generated text (what streaming decodes incrementally).
 */
export interface Tokenizer {
  /** Number of token ids (including added and special tokens). */
  readonly vocabSize: number;
  /** The beginning-of-sequence id the tokenizer adds, if any. */
  readonly bosTokenId: number | undefined;
  /** End-of-sequence ids the tokenizer knows. */
  readonly eosTokenIds: readonly number[];
  /** The chat template the tokenizer file carries, if any. */
  readonly chatTemplate: string | undefined;
  /** Token ids of `text`; special tokens written in the text are recognised. */
  encode(text: string, options?: { addSpecialTokens?: boolean }): number[];
  /** Text of `ids`. */
  decode(ids: readonly number[], options?: { skipSpecialTokens?: boolean }): string;
  /** The UTF-8 bytes token `id` contributes to generated text (empty for control tokens). */
  tokenBytes(id: number): Uint8Array;
  /** Id of a token by its exact text (`<|im_end|>`), if it is one token. */
  tokenToId(token: string): number | undefined;
  /** Whether `id` is a special (control) token. */
  isSpecial(id: number): boolean;
}

/**
 * Restricts which token may come next (schema-constrained decoding). Sampling masks the logits of
 * tokens `fillMask` leaves out; after sampling, the generator calls `accept` with the chosen token.
 */
export interface LogitConstraint {
  /** Sets bit `id & 31` of word `id >>> 5` for every token allowed next; clears the others. */
  fillMask(mask: Uint32Array): void;
  /** Advances past `token`; throws a `KindlingError` when the token was not allowed. */
  accept(token: number): void;
  /** True when the constrained text is complete: generation should stop (or only end-of-sequence may follow). */
  readonly isComplete: boolean;
}
