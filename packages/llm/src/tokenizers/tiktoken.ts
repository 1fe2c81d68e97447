/**
 * A tokenizer from a tiktoken ranks file (`base64-token rank` per line) and a pre-tokenizer
 * pattern (cl100k_base's by default).
 */
import type { Tokenizer } from '../types.js';
import { mergeWord } from './bpe-merge.js';
import { invalidArgument, malformed } from './errors.js';
import { base64Decode } from './hf-normalizers.js';
import { CL100K_BASE_PATTERN, compilePattern, splitIsolated } from './regex.js';
import { bytesToKey, concatBytes, utf8Decode, utf8Encode } from './utf8.js';

/** Options of a tiktoken tokenizer. */
export interface TiktokenOptions {
  /** Pre-tokenizer pattern (tiktoken / Rust regex syntax); defaults to {@link CL100K_BASE_PATTERN}. */
  pattern?: string;
  /** Special tokens and their ids, e.g. `{ '<|endoftext|>': 100257 }`. */
  specialTokens?: Readonly<Record<string, number>>;
  /** The beginning-of-sequence special token's text, added when encoding with special tokens. */
  bosToken?: string;
  /** End-of-sequence special tokens' texts; defaults to the well-known ones among `specialTokens`. */
  eosTokens?: readonly string[];
  /** The chat template. */
  chatTemplate?: string;
}

const KNOWN_EOS = ['<|endoftext|>', '<|im_end|>', '<|eot_id|>', '<|end_of_text|>', '<|end|>'];
const MAX_RANK = 2 ** 31 - 1;

/** Reads `base64 rank` lines into the bytes of each rank. */
function parseTiktokenRanks(text: string): Map<string, number> {
  const ranks = new Map<string, number>();
  const seen = new Set<number>();
  let lineNumber = 0;
  for (const raw of text.split('\n')) {
    lineNumber++;
    const line = raw.trim();
    if (line.length === 0) continue;
    const space = line.indexOf(' ');
    const rank = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isInteger(rank) || rank < 0 || rank > MAX_RANK) {
      throw malformed('a tiktoken line must be "base64 rank"', { line: lineNumber });
    }
    const key = bytesToKey(base64Decode(line.slice(0, space)));
    if (seen.has(rank) || ranks.has(key))
      throw malformed('duplicate token or rank in a tiktoken file', { line: lineNumber, rank });
    seen.add(rank);
    ranks.set(key, rank);
  }
  if (ranks.size === 0) throw malformed('the tiktoken file has no tokens', {});
  return ranks;
}

export class TiktokenTokenizer implements Tokenizer {
  readonly vocabSize: number;
  readonly bosTokenId: number | undefined;
  readonly eosTokenIds: readonly number[];
  readonly chatTemplate: string | undefined;
  private readonly ranks: Map<string, number>;
  private readonly bytesOf: Array<Uint8Array | undefined> = [];
  private readonly special = new Map<string, number>();
  private readonly specialById = new Map<number, string>();
  private readonly specialSorted: string[];
  private readonly regex: RegExp;

  constructor(ranksText: string, options: TiktokenOptions = {}) {
    this.ranks = parseTiktokenRanks(ranksText);
    let size = 0;
    for (const [key, rank] of this.ranks) {
      const bytes = new Uint8Array(key.length);
      for (let i = 0; i < key.length; i++) bytes[i] = key.charCodeAt(i);
      this.bytesOf[rank] = bytes;
      size = Math.max(size, rank + 1);
    }
    for (let b = 0; b < 256; b++) {
      if (!this.ranks.has(String.fromCharCode(b)))
        throw malformed('the tiktoken file lacks a single-byte token', { byte: b });
    }
    for (const [token, id] of Object.entries(options.specialTokens ?? {})) {
      if (
        !Number.isInteger(id) ||
        id < 0 ||
        id > MAX_RANK ||
        this.bytesOf[id] !== undefined ||
        this.specialById.has(id)
      ) {
        throw invalidArgument('special token ids must be new, distinct non-negative integers', { token, id });
      }
      this.special.set(token, id);
      this.specialById.set(id, token);
      size = Math.max(size, id + 1);
    }
    this.specialSorted = [...this.special.keys()].sort((a, b) => b.length - a.length);
    this.vocabSize = size;
    this.regex = compilePattern(options.pattern ?? CL100K_BASE_PATTERN);
    this.bosTokenId = options.bosToken === undefined ? undefined : this.special.get(options.bosToken);
    const eos = options.eosTokens ?? KNOWN_EOS.filter((t) => this.special.has(t));
    this.eosTokenIds = eos.map((t) => this.special.get(t)).filter((id): id is number => id !== undefined);
    this.chatTemplate = options.chatTemplate;
  }

  private encodeOrdinary(text: string, out: number[]): void {
    for (const piece of splitIsolated(text, this.regex)) {
      const bytes = utf8Encode(piece);
      const whole = this.ranks.get(bytesToKey(bytes));
      if (whole !== undefined) {
        out.push(whole);
        continue;
      }
      const singles = Array.from(bytes, (b) => this.ranks.get(String.fromCharCode(b)) as number);
      const merged = mergeWord(singles, (left, right) => {
        const key = bytesToKey(concatBytes([this.bytesOf[left] as Uint8Array, this.bytesOf[right] as Uint8Array]));
        const rank = this.ranks.get(key);
        return rank === undefined ? undefined : { rank, id: rank };
      });
      out.push(...merged);
    }
  }

  encode(text: string, options: { addSpecialTokens?: boolean } = {}): number[] {
    const out: number[] = [];
    if (options.addSpecialTokens !== false && this.bosTokenId !== undefined) out.push(this.bosTokenId);
    let start = 0;
    let i = 0;
    while (i < text.length) {
      const token = this.specialSorted.find((t) => text.startsWith(t, i));
      if (token === undefined) {
        i++;
        continue;
      }
      this.encodeOrdinary(text.slice(start, i), out);
      out.push(this.special.get(token) as number);
      i += token.length;
      start = i;
    }
    this.encodeOrdinary(text.slice(start), out);
    return out;
  }

  decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): string {
    const parts: Uint8Array[] = [];
    for (const id of ids) {
      const special = this.specialById.get(id);
      if (special !== undefined) {
        if (!options.skipSpecialTokens) parts.push(utf8Encode(special));
      } else parts.push(this.tokenBytes(id));
    }
    return utf8Decode(concatBytes(parts));
  }

  tokenBytes(id: number): Uint8Array {
    if (this.specialById.has(id)) return new Uint8Array(0);
    const bytes = Number.isInteger(id) ? this.bytesOf[id] : undefined;
    if (!bytes) throw invalidArgument('token id out of range', { id, vocabSize: this.vocabSize });
    return bytes;
  }

  tokenToId(token: string): number | undefined {
    return this.special.get(token) ?? this.ranks.get(bytesToKey(utf8Encode(token)));
  }

  isSpecial(id: number): boolean {
    return this.specialById.has(id);
  }
}
