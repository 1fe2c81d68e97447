/**
 * A small byte-level tokenizer for the generator tests (512 ids, like the tiny Llama programs):
 * special tokens, the 256 single bytes, and multi-byte pieces, some of which split UTF-8 characters
 * between tokens (so streaming must hold partial characters back). Encoding is greedy longest match.
 */
import type { ChatMessage, Tokenizer } from '../src/types.js';

const SPECIALS = ['<unk>', '<s>', '</s>', '<|user|>', '<|assistant|>', '<|system|>'] as const;
const BYTE_BASE = SPECIALS.length;
const PIECE_BASE = BYTE_BASE + 256;
const TEST_VOCAB_SIZE = 512;

const WORDS = [
  ' the',
  ' a',
  ' of',
  ' and',
  ' to',
  ' in',
  ' is',
  ' it',
  ' was',
  ' on',
  'ing',
  'ed',
  'er',
  'th',
  'he',
  'an',
  're',
  'on',
  'at',
  'en',
  ' st',
  ' wh',
  ' be',
  ' he',
  ' she',
  ' they',
  ' time',
  ' upon',
  'Once',
  ' Hello',
  ' world',
  '!',
  '.',
  ',',
  ' ',
  '  ',
  '\n',
  'END',
  'STOP',
  'é',
  'ü',
  'ñ',
  '日本',
  '語',
  'ça',
];
const enc = new TextEncoder();

function pieces(): Uint8Array[] {
  const out: Uint8Array[] = WORDS.map((w) => enc.encode(w));
  // Pieces that cut multi-byte characters: the first two bytes of '€' (E2 82 AC), of '😀'
  // (F0 9F 98 80) and its last two, the lead byte of 'é' followed by nothing.
  out.push(new Uint8Array([0xe2, 0x82]), new Uint8Array([0xf0, 0x9f]), new Uint8Array([0x98, 0x80]));
  out.push(new Uint8Array([0x20, 0xc3]), new Uint8Array([0xa9, 0x21]));
  // Fill the rest with two-letter pairs.
  const letters = 'etaoinshrdlucmfwypvbgk';
  for (const a of letters) {
    for (const b of letters) {
      if (out.length >= TEST_VOCAB_SIZE - PIECE_BASE) return out;
      out.push(enc.encode(a + b));
    }
  }
  return out;
}

export class TestTokenizer implements Tokenizer {
  readonly vocabSize = TEST_VOCAB_SIZE;
  readonly bosTokenId = 1;
  readonly eosTokenIds: readonly number[] = [2];
  readonly chatTemplate = undefined;
  readonly #bytes: Uint8Array[] = [];

  constructor() {
    for (let i = 0; i < BYTE_BASE; i++) this.#bytes.push(new Uint8Array(0));
    for (let b = 0; b < 256; b++) this.#bytes.push(new Uint8Array([b]));
    this.#bytes.push(...pieces());
    if (this.#bytes.length !== TEST_VOCAB_SIZE) throw new Error(`test vocabulary has ${this.#bytes.length} ids`);
  }

  encode(text: string, options: { addSpecialTokens?: boolean } = {}): number[] {
    const ids: number[] = options.addSpecialTokens ? [this.bosTokenId] : [];
    // Split out special tokens written in the text, encode the rest greedily (longest piece).
    const re = new RegExp(SPECIALS.map((s) => s.replace(/[|<>/]/g, '\\$&')).join('|'), 'g');
    let last = 0;
    for (const m of text.matchAll(re)) {
      this.#encodeBytes(enc.encode(text.slice(last, m.index)), ids);
      ids.push(SPECIALS.indexOf(m[0] as (typeof SPECIALS)[number]));
      last = (m.index as number) + m[0].length;
    }
    this.#encodeBytes(enc.encode(text.slice(last)), ids);
    return ids;
  }

  #encodeBytes(bytes: Uint8Array, ids: number[]): void {
    let i = 0;
    while (i < bytes.length) {
      let best = BYTE_BASE + (bytes[i] as number);
      let bestLen = 1;
      for (let id = PIECE_BASE; id < TEST_VOCAB_SIZE; id++) {
        const p = this.#bytes[id] as Uint8Array;
        if (p.length > bestLen && p.length <= bytes.length - i && p.every((b, k) => bytes[i + k] === b)) {
          best = id;
          bestLen = p.length;
        }
      }
      ids.push(best);
      i += bestLen;
    }
  }

  decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): string {
    let out = '';
    const pending: number[] = [];
    const flush = (): void => {
      out += new TextDecoder().decode(concatBytes(pending.map((id) => this.tokenBytes(id))));
      pending.length = 0;
    };
    for (const id of ids) {
      if (id < BYTE_BASE) {
        flush();
        if (!options.skipSpecialTokens) out += SPECIALS[id];
      } else pending.push(id);
    }
    flush();
    return out;
  }

  tokenBytes(id: number): Uint8Array {
    return this.#bytes[id] ?? new Uint8Array(0);
  }

  tokenToId(token: string): number | undefined {
    const s = SPECIALS.indexOf(token as (typeof SPECIALS)[number]);
    if (s >= 0) return s;
    const b = enc.encode(token);
    for (let id = BYTE_BASE; id < TEST_VOCAB_SIZE; id++) {
      const p = this.#bytes[id] as Uint8Array;
      if (p.length === b.length && p.every((x, k) => b[k] === x)) return id;
    }
    return undefined;
  }

  isSpecial(id: number): boolean {
    return id < BYTE_BASE;
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A minimal chat template for the tests: `<s>` then `<|role|>content` per message. */
export function testRenderChat(messages: readonly ChatMessage[], options: { addGenerationPrompt: boolean }): string {
  let s = '<s>';
  for (const m of messages) s += `<|${m.role === 'tool' ? 'user' : m.role}|>${m.content}</s>`;
  if (options.addGenerationPrompt) s += '<|assistant|>';
  return s;
}
