import { describe, expect, it } from 'vitest';
import { CL100K_BASE_PATTERN, O200K_BASE_PATTERN } from '../src/tokenizers/regex.js';
import { TiktokenTokenizer } from '../src/tokenizers/tiktoken.js';
import { fixtureText, references } from './tokenizers-references.js';

const patterns = { cl100k: CL100K_BASE_PATTERN, o200k: O200K_BASE_PATTERN };

describe.each(Object.entries(patterns))(
  'tiktoken ranks with the %s pattern agree with Python tiktoken',
  (key, pattern) => {
    const ref = references.tokenizers[`ranks.tiktoken#${key}`]!;
    const tokenizer = new TiktokenTokenizer(fixtureText('ranks.tiktoken'), {
      pattern,
      specialTokens: ref.specialTokens,
    });
    it.each(references.strings.map((s, i) => [i, s] as const))('string %i', (i, s) => {
      const expected = ref.cases[i]!;
      expect(tokenizer.encode(s)).toEqual(expected.ids);
      expect(tokenizer.decode(expected.ids)).toBe(expected.decoded);
    });
  },
);
