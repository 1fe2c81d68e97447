import { describe, expect, it } from 'vitest';
import { SentencePieceTokenizer } from '../src/tokenizers/sentencepiece.js';
import { fixtureBytes, references } from './tokenizers-references.js';

const models: Array<[string, string]> = [
  ['unigram-nfkc.model', 'unigram-nfkc.model.gz'],
  ['unigram-identity.model', 'unigram-identity.model'],
  ['bpe-bytefallback.model', 'bpe-bytefallback.model'],
];

describe.each(models)('SentencePiece %s agrees with Python sentencepiece', (name, file) => {
  const tokenizer = new SentencePieceTokenizer(fixtureBytes(file));
  const ref = references.tokenizers[name]!;
  it.each(references.strings.map((s, i) => [i, s] as const))('string %i', (i, s) => {
    const expected = ref.cases[i]!;
    expect(tokenizer.encode(s)).toEqual(expected.ids);
    expect(tokenizer.encode(s, { addSpecialTokens: false })).toEqual(expected.idsNoSpecial);
    expect(tokenizer.decode(expected.ids)).toBe(expected.decoded);
  });
});
