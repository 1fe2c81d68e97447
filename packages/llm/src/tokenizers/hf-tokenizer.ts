/** A tokenizer from a HuggingFace `tokenizer.json` (BPE, byte-level BPE, WordPiece). */
import type { Tokenizer } from '../types.js';
import { invalidArgument, malformed } from './errors.js';
import { createDecoder, createTokenText, type DecodeChain } from './hf-decoders.js';
import { createModel, type Model } from './hf-models.js';
import { createNormalizer, type Normalize } from './hf-normalizers.js';
import { createPreTokenizer, type PreTokenize } from './hf-pre-tokenizers.js';

type Json = Record<string, unknown>;

interface AddedToken {
  id: number;
  content: string;
  special: boolean;
  lstrip: boolean;
  rstrip: boolean;
  singleWord: boolean;
}

/** Options of a tokenizer read from a `tokenizer.json`. */
export interface HfTokenizerOptions {
  /** The chat template (from `tokenizer_config.json` or GGUF metadata). */
  chatTemplate?: string;
  /** The beginning-of-sequence token's text; defaults to the first token the post-processor adds. */
  bosToken?: string;
  /** End-of-sequence tokens' texts; defaults to the well-known ones among the special tokens. */
  eosTokens?: readonly string[];
}

/** Special tokens that end a sequence in common models. */
const KNOWN_EOS = [
  '</s>',
  '<|endoftext|>',
  '<|im_end|>',
  '<|eot_id|>',
  '<|end_of_text|>',
  '<|end|>',
  '<eos>',
  '<end_of_turn>',
];

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}\p{Pc}]/u;
const SPACE_CHAR = /\p{White_Space}/u;

type Segment = { text: string; atStart: boolean } | { id: number };

export class HfTokenizer implements Tokenizer {
  readonly vocabSize: number;
  readonly bosTokenId: number | undefined;
  readonly eosTokenIds: readonly number[];
  readonly chatTemplate: string | undefined;
  private readonly model: Model;
  private readonly normalize: Normalize;
  private readonly preTokenize: PreTokenize;
  private readonly decoder: DecodeChain;
  private readonly tokenText: (token: string) => Uint8Array;
  private readonly idToToken: string[] = [];
  private readonly tokenIds = new Map<string, number>();
  private readonly added: AddedToken[] = [];
  private readonly addedById = new Map<number, AddedToken>();
  /** Added tokens matched in the raw text (`normalized: false`) and in the normalized text, by first character. */
  private readonly rawAdded = new Map<string, AddedToken[]>();
  private readonly normalizedAdded = new Map<string, AddedToken[]>();
  private readonly prefix: number[] = [];
  private readonly suffix: number[] = [];
  private readonly bytesCache = new Map<number, Uint8Array>();

  constructor(json: unknown, options: HfTokenizerOptions = {}) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw malformed('tokenizer.json must be an object', {});
    }
    const config = json as Json;
    this.model = createModel(config.model);
    this.normalize = createNormalizer(config.normalizer);
    this.preTokenize = createPreTokenizer(config.pre_tokenizer);
    this.decoder = createDecoder(config.decoder);
    this.tokenText = createTokenText(config.decoder);
    for (const [token, id] of this.model.vocab) {
      this.idToToken[id] = token;
      this.tokenIds.set(token, id);
    }
    const added = config.added_tokens ?? [];
    if (!Array.isArray(added)) throw malformed('added_tokens must be an array', {});
    added.forEach((entry: unknown, index) => {
      const a = entry as Json;
      if (
        typeof a !== 'object' ||
        a === null ||
        !Number.isInteger(a.id) ||
        typeof a.content !== 'string' ||
        a.content === ''
      ) {
        throw malformed('bad added token', { path: `added_tokens[${index}]` });
      }
      const token: AddedToken = {
        id: a.id as number,
        content: a.content,
        special: a.special === true,
        lstrip: a.lstrip === true,
        rstrip: a.rstrip === true,
        singleWord: a.single_word === true,
      };
      this.added.push(token);
      this.addedById.set(token.id, token);
      this.idToToken[token.id] = token.content;
      this.tokenIds.set(token.content, token.id);
      const normalized = typeof a.normalized === 'boolean' ? a.normalized : !token.special;
      const pattern = normalized ? { ...token, content: this.normalize(token.content) } : token;
      if (pattern.content === '') return;
      // Python tokenizers gives a normalized added token back in its normalized form.
      this.idToToken[token.id] = pattern.content;
      const table = normalized ? this.normalizedAdded : this.rawAdded;
      const first = String.fromCodePoint(pattern.content.codePointAt(0) as number);
      const list = table.get(first) ?? [];
      list.push(pattern);
      list.sort((x, y) => y.content.length - x.content.length);
      table.set(first, list);
    });
    this.vocabSize = this.idToToken.length;
    this.readPostProcessor(config.post_processor);
    this.chatTemplate = options.chatTemplate;
    const bos = options.bosToken !== undefined ? this.tokenIds.get(options.bosToken) : this.prefix[0];
    this.bosTokenId = bos;
    const eosNames = options.eosTokens ?? KNOWN_EOS.filter((t) => this.addedSpecial(t));
    this.eosTokenIds = eosNames.map((t) => this.tokenIds.get(t)).filter((id): id is number => id !== undefined);
  }

  private addedSpecial(content: string): boolean {
    const id = this.tokenIds.get(content);
    return id !== undefined && this.addedById.get(id)?.special === true;
  }

  private readPostProcessor(config: unknown): void {
    if (config === null || config === undefined) return;
    const c = config as Json;
    const idOf = (pair: unknown): number => {
      const id = Array.isArray(pair) ? pair[1] : undefined;
      if (!Number.isInteger(id)) throw malformed('bad special token in the post-processor', { type: c.type });
      return id as number;
    };
    switch (c.type) {
      case 'Sequence':
        for (const p of (c.processors as unknown[]) ?? []) this.readPostProcessor(p);
        return;
      case 'TemplateProcessing': {
        const single = c.single;
        const specials = (c.special_tokens ?? {}) as Record<string, Json>;
        if (!Array.isArray(single)) throw malformed('TemplateProcessing needs a single template', {});
        let seenSequence = false;
        for (const item of single as Json[]) {
          if (item.Sequence) {
            seenSequence = true;
            continue;
          }
          const name = (item.SpecialToken as Json | undefined)?.id;
          const ids = typeof name === 'string' ? specials[name]?.ids : undefined;
          if (!Array.isArray(ids))
            throw malformed('TemplateProcessing names an unknown special token', { token: name });
          (seenSequence ? this.suffix : this.prefix).push(...(ids as number[]));
        }
        return;
      }
      case 'BertProcessing':
      case 'RobertaProcessing':
        this.prefix.push(idOf(c.cls));
        this.suffix.push(idOf(c.sep));
        return;
      default:
        return;
    }
  }

  /** Splits the text at the added tokens (leftmost, longest), honouring lstrip/rstrip/single_word. */
  private splitAdded(text: string, table: ReadonlyMap<string, AddedToken[]>, atStart: boolean): Segment[] {
    const out: Segment[] = [];
    let textStart = 0;
    let i = 0;
    const pushText = (end: number): void => {
      if (end > textStart) out.push({ text: text.slice(textStart, end), atStart: atStart && textStart === 0 });
    };
    while (i < text.length) {
      const cp = text.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      const candidates = table.get(ch);
      const match = candidates?.find(
        (t) =>
          text.startsWith(t.content, i) &&
          (!t.singleWord ||
            ((i === 0 || !WORD_CHAR.test(text[i - 1] as string)) &&
              !WORD_CHAR.test(text[i + t.content.length] ?? ' '))),
      );
      if (!match) {
        i += ch.length;
        continue;
      }
      let start = i;
      let end = i + match.content.length;
      if (match.lstrip) while (start > textStart && SPACE_CHAR.test(text[start - 1] as string)) start--;
      if (match.rstrip) while (end < text.length && SPACE_CHAR.test(text[end] as string)) end++;
      pushText(start);
      out.push({ id: match.id });
      textStart = end;
      i = end;
    }
    pushText(text.length);
    return out;
  }

  encode(text: string, options: { addSpecialTokens?: boolean } = {}): number[] {
    const ids: number[] = [];
    if (options.addSpecialTokens !== false) ids.push(...this.prefix);
    for (const segment of this.splitAdded(text, this.rawAdded, true)) {
      if ('id' in segment) {
        ids.push(segment.id);
        continue;
      }
      const normalized = this.normalize(segment.text);
      for (const part of this.splitAdded(normalized, this.normalizedAdded, segment.atStart)) {
        if ('id' in part) {
          ids.push(part.id);
          continue;
        }
        for (const piece of this.preTokenize([{ text: part.text, atStart: part.atStart }])) {
          ids.push(...this.model.tokenize(piece.text));
        }
      }
    }
    if (options.addSpecialTokens !== false) ids.push(...this.suffix);
    return ids;
  }

  decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): string {
    const tokens: string[] = [];
    for (const id of ids) {
      const token = this.token(id);
      if (options.skipSpecialTokens && this.addedById.get(id)?.special) continue;
      tokens.push(token);
    }
    return this.decoder(tokens).join('');
  }

  tokenBytes(id: number): Uint8Array {
    const cached = this.bytesCache.get(id);
    if (cached) return cached;
    const token = this.token(id);
    const added = this.addedById.get(id);
    let bytes: Uint8Array;
    if (added?.special) bytes = new Uint8Array(0);
    else if (added && !this.model.vocab.has(token)) bytes = new TextEncoder().encode(token);
    else bytes = this.tokenText(token);
    this.bytesCache.set(id, bytes);
    return bytes;
  }

  tokenToId(token: string): number | undefined {
    return this.tokenIds.get(token);
  }

  isSpecial(id: number): boolean {
    return this.addedById.get(id)?.special === true;
  }

  /** The token string of `id` (its vocabulary entry). */
  idToTokenString(id: number): string {
    return this.token(id);
  }

  private token(id: number): string {
    const token = Number.isInteger(id) ? this.idToToken[id] : undefined;
    if (token === undefined) throw invalidArgument('token id out of range', { id, vocabSize: this.vocabSize });
    return token;
  }
}
