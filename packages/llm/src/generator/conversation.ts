/**
 * A chat session on a {@link TextGenerator}: keeps the messages, renders the whole chat for each
 * turn, and relies on the generator's KV cache keeping the tokens of the previous turn, so a new
 * turn runs only the tokens that are new (those after the longest common prefix of the new
 * rendering and what the cache holds).
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { ChatMessage } from '../types.js';
import { Generation } from './generation.js';
import type { TextGenerator } from './text-generator.js';
import type { GenerateOptions, GenerationResult, RenderChat } from './types.js';

/** Options of a {@link Conversation}. */
export interface ConversationOptions {
  /** Messages the chat starts with (a system prompt, earlier turns). */
  messages?: readonly ChatMessage[];
  /** Renders the chat (default: the generator's `renderChat` load option). */
  renderChat?: RenderChat;
}

/**
 * A multi-turn chat on one generator.
 *
 * ```ts
 * const chat = new Conversation(generator, { messages: [{ role: 'system', content: 'Be brief.' }] });
 * for await (const { text } of chat.send('Hello!')) process.stdout.write(text);
 * const answer = await chat.send('And then?').result;
 * ```
 *
 * Each turn appends the user message, generates, and appends the assistant's reply (its text up to
 * a stop string, also when the turn was aborted). When a turn fails, the user message stays and no
 * reply is added. Two conversations on one generator both work, but switching between them re-runs
 * the tokens where they differ (the generator has one KV cache).
 */
export class Conversation {
  readonly generator: TextGenerator;
  readonly #messages: ChatMessage[];
  readonly #renderChat: RenderChat | undefined;
  /** Prompt and generated tokens of the last turn. */
  #tokens: number[] = [];

  constructor(generator: TextGenerator, options: ConversationOptions = {}) {
    this.generator = generator;
    this.#messages = [...(options.messages ?? [])];
    this.#renderChat = options.renderChat;
  }

  /** The chat so far. */
  get messages(): readonly ChatMessage[] {
    return this.#messages;
  }

  /** The tokens of the last turn: its prompt (the whole chat rendered) and the reply's tokens. */
  get tokens(): readonly number[] {
    return this.#tokens;
  }

  /**
   * Adds a user message (a string, or messages such as tool results) and generates the reply.
   * Throws like {@link TextGenerator.generate}.
   */
  send(message: string | ChatMessage | readonly ChatMessage[], options: GenerateOptions = {}): Generation {
    const added: ChatMessage[] =
      typeof message === 'string'
        ? [{ role: 'user', content: message }]
        : Array.isArray(message)
          ? [...(message as readonly ChatMessage[])]
          : [message as ChatMessage];
    if (added.length === 0) throw new KindlingError(ErrorCode.InvalidArgument, 'send needs at least one message');
    const messages = [...this.#messages, ...added];
    const renderChat = options.renderChat ?? this.#renderChat;
    const prompt = this.generator.encodeInput(messages, {
      ...(renderChat && { renderChat }),
      ...(options.tools && { tools: options.tools }),
      ...(options.toolCallFormat && { toolCallFormat: options.toolCallFormat }),
    });
    const inner = this.generator.generate({ tokens: prompt }, options);
    this.#messages.push(...added);
    return new Generation(async (sink) => {
      const iterator = inner[Symbol.asyncIterator]();
      for (;;) {
        if (sink.cancelled) {
          await iterator.return?.();
          break;
        }
        const next = await iterator.next();
        if (next.done) break;
        sink.emit(next.value);
      }
      const result: GenerationResult = await inner.result;
      this.#messages.push({
        role: 'assistant',
        content: result.text,
        ...(result.toolCalls && result.toolCalls.length > 0 && { toolCalls: result.toolCalls }),
      });
      this.#tokens = [...prompt, ...result.tokens];
      return result;
    });
  }
}
