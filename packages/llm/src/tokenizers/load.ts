/** `loadTokenizer`: reads a tokenizer file of any supported format, detected from its contents. */
import type { Tokenizer } from '../types.js';
import { malformed } from './errors.js';
import { HfTokenizer, type HfTokenizerOptions } from './hf-tokenizer.js';
import { SentencePieceTokenizer, type SentencePieceTokenizerOptions } from './sentencepiece.js';
import { type TiktokenOptions, TiktokenTokenizer } from './tiktoken.js';

/** The formats {@link loadTokenizer} reads. */
export type TokenizerFormat = 'tokenizer.json' | 'sentencepiece' | 'tiktoken';

/** Options of {@link loadTokenizer}. */
export interface LoadTokenizerOptions {
  /** The format; detected from the contents when left out. */
  format?: TokenizerFormat;
  /** The chat template (tokenizer files other than GGUF metadata rarely carry one). */
  chatTemplate?: string;
  /** The beginning-of-sequence token's text (tokenizer.json and tiktoken). */
  bosToken?: string;
  /** End-of-sequence tokens' texts. */
  eosTokens?: readonly string[];
  /** tiktoken only: the pre-tokenizer pattern (default cl100k_base's). */
  pattern?: string;
  /** tiktoken only: special tokens and their ids. */
  specialTokens?: Readonly<Record<string, number>>;
}

/** What a tokenizer can be read from: `tokenizer.json` text or its parsed object, `.model` bytes, tiktoken text. */
export type TokenizerSource = string | Uint8Array | ArrayBuffer | object;

const TIKTOKEN_LINE = /^[A-Za-z0-9+/]+=* \d+\r?$/;

function detectText(text: string): TokenizerFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return 'tokenizer.json';
  const first = trimmed.slice(0, Math.max(0, trimmed.indexOf('\n'))) || trimmed;
  if (TIKTOKEN_LINE.test(first)) return 'tiktoken';
  throw malformed('the text is neither a tokenizer.json nor a tiktoken ranks file', { start: trimmed.slice(0, 32) });
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 256);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  return n > 0;
}

/**
 * Reads a tokenizer: a HuggingFace `tokenizer.json` (text, bytes or parsed object), a SentencePiece
 * `.model` (bytes) or a tiktoken ranks file (text or bytes). A malformed file is a `KindlingError`
 * (`InvalidExternalData`); a feature it uses that is not implemented is `NotSupported`.
 */
export function loadTokenizer(source: TokenizerSource, options: LoadTokenizerOptions = {}): Tokenizer {
  if (source instanceof ArrayBuffer) return loadTokenizer(new Uint8Array(source), options);
  const hfOptions: HfTokenizerOptions = {
    ...(options.chatTemplate !== undefined && { chatTemplate: options.chatTemplate }),
    ...(options.bosToken !== undefined && { bosToken: options.bosToken }),
    ...(options.eosTokens !== undefined && { eosTokens: options.eosTokens }),
  };
  if (source instanceof Uint8Array) {
    const format = options.format ?? (looksLikeText(source) ? undefined : 'sentencepiece');
    if (format === 'sentencepiece') {
      const spOptions: SentencePieceTokenizerOptions = {
        ...(options.chatTemplate !== undefined && { chatTemplate: options.chatTemplate }),
        ...(options.eosTokens !== undefined && { eosTokens: options.eosTokens }),
      };
      return new SentencePieceTokenizer(source, spOptions);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(source);
    } catch (cause) {
      throw malformed('the tokenizer text is not valid UTF-8', { cause });
    }
    return loadTokenizer(text, { ...options, ...(format && { format }) });
  }
  if (typeof source === 'string') {
    const format = options.format ?? detectText(source);
    if (format === 'tiktoken') {
      const tiktokenOptions: TiktokenOptions = {
        ...hfOptions,
        ...(options.pattern !== undefined && { pattern: options.pattern }),
        ...(options.specialTokens !== undefined && { specialTokens: options.specialTokens }),
      };
      return new TiktokenTokenizer(source, tiktokenOptions);
    }
    if (format === 'sentencepiece') throw malformed('a SentencePiece model must be given as bytes', {});
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (cause) {
      throw malformed(`tokenizer.json is not valid JSON: ${(cause as Error).message}`, {});
    }
    return new HfTokenizer(json, hfOptions);
  }
  if (typeof source === 'object' && source !== null) return new HfTokenizer(source, hfOptions);
  throw malformed('unsupported tokenizer source', { type: typeof source });
}
