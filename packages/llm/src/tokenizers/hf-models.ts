/** HuggingFace `tokenizer.json` models: BPE and WordPiece. */
import { mergeWord } from './bpe-merge.js';
import { malformed, unsupported } from './errors.js';
import { utf8Encode } from './utf8.js';

type Json = Record<string, unknown>;

export interface Model {
  readonly vocab: ReadonlyMap<string, number>;
  /** Ids of one pre-tokenized word. */
  tokenize(word: string): number[];
  /** Whether `<0xNN>` tokens stand for raw bytes. */
  readonly byteFallback: boolean;
}

function readVocab(config: Json): Map<string, number> {
  const vocab = config.vocab;
  if (typeof vocab !== 'object' || vocab === null || Array.isArray(vocab)) {
    throw malformed('model.vocab must be an object of token ids', { component: 'model' });
  }
  const map = new Map<string, number>();
  for (const [token, id] of Object.entries(vocab as Record<string, unknown>)) {
    if (!Number.isInteger(id) || (id as number) < 0) throw malformed('bad token id in model.vocab', { token, id });
    map.set(token, id as number);
  }
  return map;
}

class BpeModel implements Model {
  readonly vocab: Map<string, number>;
  readonly byteFallback: boolean;
  private readonly merges = new Map<number, Map<number, { rank: number; id: number }>>();
  private readonly unk: number | undefined;
  private readonly fuseUnk: boolean;
  private readonly ignoreMerges: boolean;
  private readonly cache = new Map<string, number[]>();

  constructor(config: Json) {
    if (config.dropout !== null && config.dropout !== undefined && config.dropout !== 0) {
      throw unsupported('BPE dropout is not supported', { component: 'model' });
    }
    if (config.continuing_subword_prefix || config.end_of_word_suffix) {
      throw unsupported('BPE subword prefixes and suffixes are not supported', { component: 'model' });
    }
    this.vocab = readVocab(config);
    this.byteFallback = config.byte_fallback === true;
    this.fuseUnk = config.fuse_unk === true;
    this.ignoreMerges = config.ignore_merges === true;
    if (typeof config.unk_token === 'string') {
      this.unk = this.vocab.get(config.unk_token);
      if (this.unk === undefined) throw malformed('unk_token is not in the vocabulary', { token: config.unk_token });
    }
    const merges = config.merges;
    if (!Array.isArray(merges)) throw malformed('model.merges must be an array', { component: 'model' });
    merges.forEach((merge: unknown, rank) => {
      let pair: unknown[];
      if (typeof merge === 'string') {
        const space = merge.indexOf(' ', 1);
        pair = space < 0 ? [] : [merge.slice(0, space), merge.slice(space + 1)];
      } else pair = Array.isArray(merge) ? merge : [];
      const [a, b] = pair;
      if (pair.length !== 2 || typeof a !== 'string' || typeof b !== 'string') {
        throw malformed('bad merge', { component: 'model', rank });
      }
      const left = this.vocab.get(a);
      const right = this.vocab.get(b);
      const id = this.vocab.get(a + b);
      if (left === undefined || right === undefined || id === undefined) {
        throw malformed('a merge uses a token missing from the vocabulary', { rank, merge: `${a} ${b}` });
      }
      let row = this.merges.get(left);
      if (!row) {
        row = new Map();
        this.merges.set(left, row);
      }
      if (!row.has(right)) row.set(right, { rank, id });
    });
  }

  tokenize(word: string): number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const ids = this.tokenizeUncached(word);
    if (word.length < 256) {
      if (this.cache.size > 10000) this.cache.clear();
      this.cache.set(word, ids);
    }
    return ids;
  }

  private tokenizeUncached(word: string): number[] {
    if (this.ignoreMerges) {
      const whole = this.vocab.get(word);
      if (whole !== undefined) return [whole];
    }
    const symbols: number[] = [];
    let lastWasUnk = false;
    for (const c of word) {
      const id = this.vocab.get(c);
      if (id !== undefined) {
        symbols.push(id);
        lastWasUnk = false;
        continue;
      }
      if (this.byteFallback) {
        const bytes = Array.from(utf8Encode(c), (b) =>
          this.vocab.get(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`),
        );
        if (bytes.every((b) => b !== undefined)) {
          symbols.push(...(bytes as number[]));
          lastWasUnk = false;
          continue;
        }
      }
      if (this.unk === undefined) continue;
      if (!(this.fuseUnk && lastWasUnk)) symbols.push(this.unk);
      lastWasUnk = true;
    }
    return mergeWord(symbols, (left, right) => this.merges.get(left)?.get(right));
  }
}

class WordPieceModel implements Model {
  readonly vocab: Map<string, number>;
  readonly byteFallback = false;
  private readonly unk: number;
  private readonly prefix: string;
  private readonly maxChars: number;

  constructor(config: Json) {
    this.vocab = readVocab(config);
    const unk = this.vocab.get(String(config.unk_token ?? '[UNK]'));
    if (unk === undefined) throw malformed('WordPiece unk_token is not in the vocabulary', { component: 'model' });
    this.unk = unk;
    this.prefix = String(config.continuing_subword_prefix ?? '##');
    this.maxChars = Number(config.max_input_chars_per_word ?? 100);
  }

  tokenize(word: string): number[] {
    const chars = Array.from(word);
    if (chars.length > this.maxChars) return [this.unk];
    const out: number[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let found: number | undefined;
      while (start < end) {
        const piece = (start > 0 ? this.prefix : '') + chars.slice(start, end).join('');
        found = this.vocab.get(piece);
        if (found !== undefined) break;
        end--;
      }
      if (found === undefined) return [this.unk];
      out.push(found);
      start = end;
    }
    return out;
  }
}

class UnigramModel implements Model {
  readonly vocab = new Map<string, number>();
  readonly byteFallback: boolean;
  private readonly scores: number[] = [];
  private readonly unk: number | undefined;
  private readonly minScore: number;
  private readonly maxTokenLength: number;

  constructor(config: Json) {
    const entries = config.vocab;
    if (!Array.isArray(entries))
      throw malformed('Unigram vocab must be an array of [token, score]', { component: 'model' });
    let minScore = Number.POSITIVE_INFINITY;
    let maxLength = 1;
    entries.forEach((entry: unknown, id) => {
      const [token, score] = Array.isArray(entry) ? entry : [];
      if (typeof token !== 'string' || typeof score !== 'number') {
        throw malformed('bad Unigram vocabulary entry', { component: 'model', path: `model.vocab[${id}]` });
      }
      if (!this.vocab.has(token)) this.vocab.set(token, id);
      this.scores[id] = score;
      minScore = Math.min(minScore, score);
      maxLength = Math.max(maxLength, token.length);
    });
    const unk = config.unk_id;
    if (unk !== null && unk !== undefined) {
      if (!Number.isInteger(unk) || (unk as number) < 0 || (unk as number) >= entries.length) {
        throw malformed('Unigram unk_id is out of range', { component: 'model', unk_id: unk });
      }
      this.unk = unk as number;
    }
    this.byteFallback = config.byte_fallback === true;
    this.minScore = Number.isFinite(minScore) ? minScore : 0;
    this.maxTokenLength = maxLength;
  }

  tokenize(word: string): number[] {
    // Viterbi over UTF-16 positions, stepping by characters; the best path wins on a strictly higher score.
    const size = word.length;
    const score = new Float64Array(size + 1);
    const from = new Int32Array(size + 1).fill(-1);
    const ids = new Int32Array(size + 1);
    const unkScore = this.minScore - 10;
    for (let start = 0; start < size; ) {
      const base = score[start] as number;
      const charLength = (word.codePointAt(start) as number) > 0xffff ? 2 : 1;
      let hasSingle = false;
      const limit = Math.min(size, start + this.maxTokenLength);
      for (let end = start + 1; end <= limit; end++) {
        const id = this.vocab.get(word.slice(start, end));
        if (id === undefined) continue;
        const candidate = (this.scores[id] as number) + base;
        if (from[end] === -1 || candidate > (score[end] as number)) {
          score[end] = candidate;
          from[end] = start;
          ids[end] = id;
        }
        if (end - start === charLength) hasSingle = true;
      }
      if (!hasSingle) {
        const end = start + charLength;
        const candidate = unkScore + base;
        if (from[end] === -1 || candidate > (score[end] as number)) {
          score[end] = candidate;
          from[end] = start;
          ids[end] = -1;
        }
      }
      start += charLength;
    }
    // Back from the end; runs of unknown pieces become one.
    const pieces: Array<{ start: number; end: number; unknown: boolean }> = [];
    for (let end = size; end > 0; ) {
      const start = from[end] as number;
      const unknown = ids[end] === -1 || ids[end] === this.unk;
      const last = pieces[pieces.length - 1];
      if (unknown && this.unk !== undefined && last?.unknown) last.start = start;
      else pieces.push({ start, end, unknown });
      end = start;
    }
    pieces.reverse();
    const out: number[] = [];
    for (const { start, end } of pieces) {
      const text = word.slice(start, end);
      const id = this.vocab.get(text);
      if (id !== undefined) {
        out.push(id);
        continue;
      }
      if (this.byteFallback) {
        const bytes = Array.from(utf8Encode(text), (b) =>
          this.vocab.get(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`),
        );
        if (bytes.every((b) => b !== undefined)) {
          out.push(...(bytes as number[]));
          continue;
        }
      }
      if (this.unk === undefined)
        throw malformed('a character is not in the Unigram vocabulary and there is no unk_id', {});
      out.push(this.unk);
    }
    return out;
  }
}

/** The model a `tokenizer.json` describes. */
export function createModel(config: unknown): Model {
  if (typeof config !== 'object' || config === null) throw malformed('tokenizer.json has no model', {});
  const c = config as Json;
  const type = c.type ?? (c.merges ? 'BPE' : undefined);
  if (type === 'BPE') return new BpeModel(c);
  if (type === 'WordPiece') return new WordPieceModel(c);
  if (type === 'Unigram') return new UnigramModel(c);
  throw unsupported(`model ${String(type)} is not supported`, { component: 'model', type });
}
