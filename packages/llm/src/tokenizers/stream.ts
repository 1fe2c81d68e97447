/** Incremental decoding of generated token ids into text that never splits a UTF-8 character. */
import type { Tokenizer } from '../types.js';

/** Turns token ids into text pieces as they are generated. */
export interface TokenStreamDecoder {
  /** Text completed by `id` (possibly empty while a multi-byte character is incomplete). */
  push(id: number): string;
  /** Text of the bytes still held (an incomplete character at the end becomes U+FFFD); resets the decoder. */
  flush(): string;
}

/**
 * A streaming decoder over `tokenizer.tokenBytes`: the concatenation of every `push` and the final
 * `flush` equals the UTF-8 decoding of all the tokens' bytes at once.
 */
export function createTokenStreamDecoder(tokenizer: Pick<Tokenizer, 'tokenBytes'>): TokenStreamDecoder {
  let decoder = new TextDecoder('utf-8');
  return {
    push(id) {
      return decoder.decode(tokenizer.tokenBytes(id), { stream: true });
    },
    flush() {
      const rest = decoder.decode();
      decoder = new TextDecoder('utf-8');
      return rest;
    },
  };
}
