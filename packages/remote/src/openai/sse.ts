/**
 * An incremental parser of server-sent events (the `text/event-stream` format): bytes in, the
 * `data` of each complete event out, however the bytes are split into chunks. Only `data` fields
 * matter to chat completions; `event`, `id`, `retry` and comments are skipped.
 */
import { protocolError } from '../errors.js';

/** Parses server-sent events from chunks of bytes. */
export class SseParser {
  readonly #decoder = new TextDecoder();
  readonly #maxEventBytes: number;
  #buffer = '';
  #data: string[] = [];
  #dataLength = 0;
  #sawCr = false;

  /** `maxEventBytes` bounds one event's data and one line (a stream that never ends a line fails). */
  constructor(maxEventBytes = 4 << 20) {
    this.#maxEventBytes = maxEventBytes;
  }

  /** Feeds bytes; returns the data of the events they completed. */
  push(bytes: Uint8Array): string[] {
    return this.#lines(this.#decoder.decode(bytes, { stream: true }));
  }

  /** Ends the stream; returns the data of a last event that was not followed by a blank line. */
  end(): string[] {
    const out = this.#lines(`${this.#decoder.decode()}\n\n`);
    return out;
  }

  #lines(text: string): string[] {
    const events: string[] = [];
    let start = 0;
    let i = 0;
    // A CR at the end of the previous chunk already ended its line: a LF right after it is part of it.
    if (this.#sawCr && text.startsWith('\n')) start = i = 1;
    this.#sawCr = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.#buffer + text.slice(start, i);
      this.#buffer = '';
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else this.#sawCr = true;
      }
      start = i + 1;
      const event = this.#line(line);
      if (event !== undefined) events.push(event);
    }
    this.#buffer += text.slice(start);
    if (this.#buffer.length > this.#maxEventBytes)
      throw protocolError(`a server-sent event line is longer than ${this.#maxEventBytes} characters`, {});
    return events;
  }

  #line(line: string): string | undefined {
    if (line === '') {
      if (this.#data.length === 0) return undefined;
      const data = this.#data.join('\n');
      this.#data = [];
      this.#dataLength = 0;
      return data;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    if (field !== 'data') return undefined;
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    this.#dataLength += value.length;
    if (this.#dataLength > this.#maxEventBytes)
      throw protocolError(`a server-sent event is longer than ${this.#maxEventBytes} characters`, {});
    this.#data.push(value);
    return undefined;
  }
}
