import { describe, expect, it } from 'vitest';
import { HfTokenizer } from '../src/tokenizers/hf-tokenizer.js';
import { fixtureText, references } from './tokenizers-references.js';

const names = ['bytelevel-bpe.json', 'qwen-style-bpe.json', 'metaspace-bpe.json', 'wordpiece.json', 'unigram.json'];

describe.each(names)('tokenizer.json %s agrees with Python tokenizers', (name) => {
  const tokenizer = new HfTokenizer(JSON.parse(fixtureText(name)));
  const ref = references.tokenizers[name]!;
  it.each(references.strings.map((s, i) => [i, s] as const))('string %i', (i, s) => {
    const expected = ref.cases[i]!;
    expect(tokenizer.encode(s)).toEqual(expected.ids);
    expect(tokenizer.encode(s, { addSpecialTokens: false })).toEqual(expected.idsNoSpecial);
    expect(tokenizer.decode(expected.ids)).toBe(expected.decoded);
    expect(tokenizer.decode(expected.ids, { skipSpecialTokens: true })).toBe(expected.decodedSkip);
  });
});
