/**
 * Turns generated token bytes into text chunks: UTF-8 decoded incrementally (a character split
 * across tokens comes out whole, with the token that completes it) and cut at the first stop
 * string. Text that might be the start of a stop string is held back until it is known not to be,
 * so a stop string is never emitted, even when it spans tokens. Where stop strings overlap, the one
 * completed first wins, so the result does not depend on how the text was split into tokens.
 */
import { ErrorCode, KindlingError } from '@kindling/core';

export class TextStream {
  readonly #decoder = new TextDecoder('utf-8');
  readonly #stop: readonly string[];
  /** Decoded text not emitted yet (a possible stop-string prefix). */
  #pending = '';
  #text = '';
  #stopped = false;

  constructor(stop: readonly string[]) {
    for (const s of stop) {
      if (typeof s !== 'string' || s.length === 0)
        throw new KindlingError(ErrorCode.InvalidArgument, 'stop strings must be non-empty strings', {
          context: { option: 'stop', given: s },
        });
    }
    this.#stop = stop;
  }

  /** All text emitted so far. */
  get text(): string {
    return this.#text;
  }

  /** True once a stop string was found. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Adds a token's bytes; returns the text that can be emitted now. */
  push(bytes: Uint8Array): string {
    if (this.#stopped) return '';
    this.#pending += this.#decoder.decode(bytes, { stream: true });
    return this.#release(false);
  }

  /** Ends the stream: returns the held-back text (an incomplete character becomes U+FFFD). */
  finish(): string {
    if (this.#stopped) return '';
    this.#pending += this.#decoder.decode();
    return this.#release(true);
  }

  #release(final: boolean): string {
    const pending = this.#pending;
    // The stop string that is complete first (smallest end), the longest one if several end there:
    // the same cut however the text was split into tokens.
    let cut = -1;
    let cutEnd = -1;
    for (const s of this.#stop) {
      const at = pending.indexOf(s);
      if (at < 0) continue;
      const end = at + s.length;
      if (cut < 0 || end < cutEnd || (end === cutEnd && at < cut)) {
        cut = at;
        cutEnd = end;
      }
    }
    let out: string;
    if (cut >= 0) {
      out = pending.slice(0, cut);
      this.#pending = '';
      this.#stopped = true;
    } else {
      const hold = final ? 0 : this.#heldLength(pending);
      out = pending.slice(0, pending.length - hold);
      this.#pending = pending.slice(pending.length - hold);
    }
    this.#text += out;
    return out;
  }

  /** Length of the longest suffix of `text` that is a proper prefix of a stop string. */
  #heldLength(text: string): number {
    let best = 0;
    for (const s of this.#stop) {
      for (let n = Math.min(s.length - 1, text.length); n > best; n--) {
        if (text.endsWith(s.slice(0, n))) {
          best = n;
          break;
        }
      }
    }
    return best;
  }
}
