import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  createTokenStreamDecoder,
  HfTokenizer,
  loadTokenizer,
  O200K_BASE_PATTERN,
  SentencePieceTokenizer,
  TiktokenTokenizer,
  type Tokenizer,
} from '../src/index.js';
import { fixtureBytes, fixtureText, references } from './tokenizers-references.js';

function streamText(tokenizer: Tokenizer, ids: readonly number[]): string {
  const decoder = createTokenStreamDecoder(tokenizer);
  return ids.map((id) => decoder.push(id)).join('') + decoder.flush();
}

function expectKindlingError(f: () => unknown, code: ErrorCode): KindlingError {
  try {
    f();
  } catch (error) {
    expect(KindlingError.isInstance(error), String(error)).toBe(true);
    expect((error as KindlingError).code).toBe(code);
    return error as KindlingError;
  }
  throw new Error('expected a KindlingError');
}

describe('loadTokenizer detects the format', () => {
  it('reads tokenizer.json as text, bytes and object', () => {
    const text = fixtureText('bytelevel-bpe.json');
    const expected = references.tokenizers['bytelevel-bpe.json']!.cases[1]!.ids;
    for (const source of [text, new TextEncoder().encode(text), JSON.parse(text)]) {
      const tokenizer = loadTokenizer(source);
      expect(tokenizer).toBeInstanceOf(HfTokenizer);
      expect(tokenizer.encode(references.strings[1]!)).toEqual(expected);
    }
  });

  it('reads SentencePiece .model bytes (Uint8Array and ArrayBuffer)', () => {
    const bytes = fixtureBytes('unigram-identity.model');
    const expected = references.tokenizers['unigram-identity.model']!.cases[2]!.ids;
    for (const source of [bytes, bytes.slice().buffer]) {
      const tokenizer = loadTokenizer(source);
      expect(tokenizer).toBeInstanceOf(SentencePieceTokenizer);
      expect(tokenizer.encode(references.strings[2]!)).toEqual(expected);
    }
  });

  it('reads tiktoken ranks with a pattern and special tokens', () => {
    const ref = references.tokenizers['ranks.tiktoken#o200k']!;
    const tokenizer = loadTokenizer(fixtureBytes('ranks.tiktoken'), {
      pattern: O200K_BASE_PATTERN,
      specialTokens: ref.specialTokens!,
    });
    expect(tokenizer).toBeInstanceOf(TiktokenTokenizer);
    const last = references.strings.length - 1;
    expect(tokenizer.encode(references.strings[last]!)).toEqual(ref.cases[last]!.ids);
    expect(tokenizer.eosTokenIds).toEqual([ref.specialTokens!['<|endoftext|>'], ref.specialTokens!['<|im_end|>']]);
    expect(tokenizer.isSpecial(ref.specialTokens!['<|im_start|>']!)).toBe(true);
  });

  it('reports special tokens, BOS and EOS', () => {
    const bytelevel = loadTokenizer(fixtureText('bytelevel-bpe.json'), { chatTemplate: 'x' });
    expect(bytelevel.bosTokenId).toBeUndefined();
    expect(bytelevel.eosTokenIds).toEqual([0, 2]);
    expect(bytelevel.tokenToId('<|im_end|>')).toBe(2);
    expect(bytelevel.isSpecial(2)).toBe(true);
    expect(bytelevel.isSpecial(bytelevel.tokenToId('<tool_call>')!)).toBe(false);
    expect(bytelevel.chatTemplate).toBe('x');
    const metaspace = loadTokenizer(fixtureText('metaspace-bpe.json'));
    expect(metaspace.bosTokenId).toBe(metaspace.tokenToId('<s>'));
    expect(metaspace.eosTokenIds).toEqual([metaspace.tokenToId('</s>')]);
    const sp = loadTokenizer(fixtureBytes('bpe-bytefallback.model'));
    expect(sp.bosTokenId).toBe(1);
    expect(sp.eosTokenIds).toEqual([2]);
    expect(sp.isSpecial(1)).toBe(true);
  });
});

describe('tokenBytes concatenated over ids gives the text', () => {
  const lossless = ['bytelevel-bpe.json', 'qwen-style-bpe.json'];
  it.each(lossless)('%s (byte-level: the text without its special tokens)', (name) => {
    const tokenizer = loadTokenizer(fixtureText(name));
    const cases = references.tokenizers[name]!.cases;
    references.strings.forEach((s, i) => {
      const ids = tokenizer.encode(s, { addSpecialTokens: false });
      expect(streamText(tokenizer, ids)).toBe(cases[i]!.decodedSkip);
    });
  });

  it('metaspace BPE with byte fallback (the decoder strips one leading space)', () => {
    const tokenizer = loadTokenizer(fixtureText('metaspace-bpe.json'));
    const cases = references.tokenizers['metaspace-bpe.json']!.cases;
    references.strings.forEach((s, i) => {
      const text = streamText(tokenizer, tokenizer.encode(s));
      expect(text.replace(/^ /, '')).toBe(cases[i]!.decodedSkip);
    });
  });

  it.each([
    ['unigram-nfkc.model', 'unigram-nfkc.model.gz'],
    ['bpe-bytefallback.model', 'bpe-bytefallback.model'],
  ])('SentencePiece %s', (name, file) => {
    const tokenizer = loadTokenizer(fixtureBytes(file));
    const cases = references.tokenizers[name]!.cases;
    references.strings.forEach((s, i) => {
      const text = streamText(tokenizer, tokenizer.encode(s));
      expect(text.replace(/^ /, '')).toBe(cases[i]!.decoded);
    });
  });

  it('tiktoken', () => {
    const ref = references.tokenizers['ranks.tiktoken#cl100k']!;
    const tokenizer = loadTokenizer(fixtureText('ranks.tiktoken'), { specialTokens: ref.specialTokens! });
    references.strings.forEach((s, i) => {
      const specials = Object.keys(ref.specialTokens!);
      const plain = specials.reduce((acc, t) => acc.split(t).join(''), s);
      expect(streamText(tokenizer, ref.cases[i]!.ids)).toBe(plain);
    });
  });

  it('WordPiece: continuation pieces join, others start a word', () => {
    const tokenizer = loadTokenizer(fixtureText('wordpiece.json'));
    const ids = tokenizer.encode('The quick brown fox', { addSpecialTokens: false });
    expect(streamText(tokenizer, ids)).toBe(' the quick brown fox');
  });
});

describe('createTokenStreamDecoder', () => {
  const text = 'a\u00e9\u4e2d\u{1F44D}\u200D\u{1F469} \u0928\u092e\u0938\u094d\u0924\u0947!';
  const bytes = new TextEncoder().encode(text);
  const chunked = (cuts: number[]): Tokenizer => {
    const pieces: Uint8Array[] = [];
    let last = 0;
    for (const cut of [...cuts, bytes.length]) {
      pieces.push(bytes.subarray(last, cut));
      last = cut;
    }
    return { tokenBytes: (id: number) => pieces[id]! } as Tokenizer;
  };

  it('never splits a character, at every pair of split points', () => {
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) {
        const tokenizer = chunked([a, b]);
        const decoder = createTokenStreamDecoder(tokenizer);
        const pieces = [0, 1, 2].map((id) => decoder.push(id));
        pieces.push(decoder.flush());
        for (const piece of pieces) expect(piece).not.toContain('\ufffd');
        expect(pieces.join('')).toBe(text);
      }
    }
  });

  it('one byte per token', () => {
    const tokenizer = { tokenBytes: (id: number) => bytes.subarray(id, id + 1) } as Tokenizer;
    const decoder = createTokenStreamDecoder(tokenizer);
    const pieces = Array.from(bytes, (_, i) => decoder.push(i));
    expect(pieces.join('') + decoder.flush()).toBe(text);
    // A piece is emitted exactly when a character completes.
    expect(pieces.filter((p) => p.length > 0).length).toBe(Array.from(text).length);
  });

  it('invalid bytes become U+FFFD, and an incomplete character at the end is flushed as U+FFFD', () => {
    const parts = [Uint8Array.of(0x61, 0xff), Uint8Array.of(0xe4, 0xb8)];
    const decoder = createTokenStreamDecoder({ tokenBytes: (id: number) => parts[id]! });
    expect(decoder.push(0)).toBe('a\ufffd');
    expect(decoder.push(1)).toBe('');
    expect(decoder.flush()).toBe('\ufffd');
    expect(decoder.push(0)).toBe('a\ufffd');
  });

  it('streams a real byte-level tokenizer that splits emoji into byte tokens', () => {
    const tokenizer = loadTokenizer(fixtureText('bytelevel-bpe.json'));
    const s = references.strings[5]!;
    const ids = tokenizer.encode(s);
    const decoder = createTokenStreamDecoder(tokenizer);
    const pieces = ids.map((id) => decoder.push(id));
    expect(pieces.some((p) => p === '')).toBe(true);
    for (const p of pieces) expect(p).not.toContain('\ufffd');
    expect(pieces.join('') + decoder.flush()).toBe(s);
  });
});

describe('malformed tokenizer files are KindlingErrors', () => {
  it('tokenizer.json', () => {
    expectKindlingError(() => loadTokenizer('{ not json'), ErrorCode.InvalidExternalData);
    expectKindlingError(() => loadTokenizer('hello world'), ErrorCode.InvalidExternalData);
    expectKindlingError(() => loadTokenizer({ model: { type: 'WordLevel', vocab: {} } }), ErrorCode.NotSupported);
    const json = JSON.parse(fixtureText('bytelevel-bpe.json'));
    json.model.merges = [['no-such', 'token'], ...json.model.merges];
    const error = expectKindlingError(() => loadTokenizer(json), ErrorCode.InvalidExternalData);
    expect(error.context.rank).toBe(0);
    const noVocab = JSON.parse(fixtureText('wordpiece.json'));
    noVocab.model.vocab = 3;
    expectKindlingError(() => loadTokenizer(noVocab), ErrorCode.InvalidExternalData);
    const badAdded = JSON.parse(fixtureText('wordpiece.json'));
    badAdded.added_tokens = [{ id: 'x' }];
    expectKindlingError(() => loadTokenizer(badAdded), ErrorCode.InvalidExternalData);
  });

  it('SentencePiece: truncated and corrupted models load or fail with a KindlingError', () => {
    const bytes = fixtureBytes('unigram-identity.model');
    expectKindlingError(() => loadTokenizer(bytes.subarray(0, 100)), ErrorCode.InvalidExternalData);
    expectKindlingError(
      () => loadTokenizer(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f)),
      ErrorCode.InvalidExternalData,
    );
    expectKindlingError(() => loadTokenizer(Uint8Array.of(0x08)), ErrorCode.InvalidExternalData);
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let trial = 0; trial < 200; trial++) {
      const copy = bytes.slice(0, trial < 100 ? Math.floor(random() * bytes.length) : bytes.length);
      if (trial >= 100)
        for (let k = 0; k < 4; k++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      try {
        const tokenizer = loadTokenizer(copy, { format: 'sentencepiece' });
        tokenizer.decode(tokenizer.encode('hello world'));
      } catch (error) {
        expect(KindlingError.isInstance(error), String(error)).toBe(true);
      }
    }
  });

  it('tiktoken', () => {
    expectKindlingError(() => new TiktokenTokenizer('QQ== x'), ErrorCode.InvalidExternalData);
    expectKindlingError(() => new TiktokenTokenizer('QQ== 0\nQg== 0'), ErrorCode.InvalidExternalData);
    expectKindlingError(() => new TiktokenTokenizer('QQ== 0'), ErrorCode.InvalidExternalData);
    expectKindlingError(() => new TiktokenTokenizer('Q@Q= 0'), ErrorCode.InvalidExternalData);
  });

  it('ids out of range are InvalidArgument', () => {
    const tokenizer = loadTokenizer(fixtureText('wordpiece.json'));
    expectKindlingError(() => tokenizer.decode([tokenizer.vocabSize]), ErrorCode.InvalidArgument);
    expectKindlingError(() => tokenizer.tokenBytes(-1), ErrorCode.InvalidArgument);
    const sp = loadTokenizer(fixtureBytes('unigram-identity.model'));
    expectKindlingError(() => sp.tokenBytes(1.5), ErrorCode.InvalidArgument);
  });
});
