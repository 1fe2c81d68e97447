import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import type { GrammarConstraint } from '../src/constrain/json-constraint.js';
import { compileJsonSchema, createJsonSchemaConstraint } from '../src/index.js';
import type { JsonSchema } from '../src/types.js';
import { generate, text } from './constrain-harness.js';
import { prng, testVocab } from './constrain-vocab.js';

const vocab = testVocab();
const { tokenizer } = vocab;
const enc = new TextEncoder();

function admits(compiled: ReturnType<typeof compileJsonSchema>, json: string): boolean {
  const c = createJsonSchemaConstraint(compiled, tokenizer);
  const bytes = enc.encode(json);
  if (!c.allows(bytes)) return false;
  c.acceptBytes(bytes);
  return c.canEnd;
}

/** The reference: ECMAScript's own RegExp (unicode mode, unanchored) and the length in code points. */
function reference(schema: { pattern: string; minLength?: number; maxLength?: number }, s: string): boolean {
  const n = [...s].length;
  return new RegExp(schema.pattern, 'u').test(s) && n >= (schema.minLength ?? 0) && n <= (schema.maxLength ?? Infinity);
}

/** `alphabet`: the pieces random strings are made of (default: the pattern's characters). */
const CASES: { pattern: string; minLength?: number; maxLength?: number; alphabet?: string | string[] }[] = [
  { pattern: '^[a-z]+$' },
  { pattern: 'abc' },
  { pattern: '^ab|cd$' },
  { pattern: '^\\d{3}-\\d{4}$', alphabet: '0123456789-a' },
  { pattern: '^[A-Z][a-z]*(?: [A-Z][a-z]*)*$', alphabet: 'AZaz b' },
  { pattern: '^(foo|bar)+$', maxLength: 10, alphabet: ['foo', 'bar', 'fo', 'r', 'x'] },
  { pattern: '^(?:aa)*$', minLength: 3, maxLength: 9, alphabet: 'ab' },
  { pattern: 'x.y', alphabet: 'xy\n\r.a' },
  { pattern: '^\\w+@\\w+\\.com$', alphabet: ['ab@c_1.com', 'ab', '_1', '@', '.com', '.', '-'] },
  { pattern: '^[^"\\\\]{2,4}$', alphabet: 'ab"\\\u00e9' },
  { pattern: '^\\s*\\S+\\s*$', alphabet: ' \t\na\u00a0\u3000' },
  { pattern: '^[\\u00e0-\\u00ff]+$', alphabet: 'a\u00e0\u00e9\u00ff\u0100' },
  { pattern: '\u65e5\u672c|\ud83d\ude00', alphabet: '\u65e5\u672ca\ud83d\ude00' },
  { pattern: '^\\u{1F600}?z$', alphabet: 'z\ud83d\ude00a' },
  { pattern: '^a{2,3}?b*?$', alphabet: 'ab' },
  { pattern: '^[\\x00-\\x1f]$', alphabet: '\u0000\u0001\n\t\u001fa' },
  { pattern: '^(?<year>\\d{4})-(?:0[1-9]|1[0-2])$', alphabet: '0129-' },
  { pattern: '[.]\\.[\\]\\-]', alphabet: '.]-a' },
  { pattern: '^$|^a$', alphabet: 'a' },
  { pattern: '', minLength: 2, maxLength: 4, alphabet: 'a\u00e9' },
  { pattern: '^[^a]*$', maxLength: 5, alphabet: 'ab\u65e5' },
];

function randomString(rng: () => number, alphabet: string[], maxLen: number): string {
  let s = '';
  const n = Math.floor(rng() * (maxLen + 1));
  for (let k = 0; k < n; k++) s += alphabet[Math.floor(rng() * alphabet.length)];
  return s;
}

describe('pattern: the constraint admits a string exactly when RegExp(pattern, "u") matches it', () => {
  for (const [k, c] of CASES.entries()) {
    it(`${JSON.stringify(c.pattern)} minLength ${c.minLength ?? '-'} maxLength ${c.maxLength ?? '-'}`, () => {
      const { alphabet: alpha, ...schemaPart } = c;
      const schema = { type: 'string', ...schemaPart };
      const compiled = compileJsonSchema(schema);
      const pieces =
        typeof alpha === 'string' || alpha === undefined ? [...(alpha ?? c.pattern.replace(/[\\^$]/g, ''))] : alpha;
      const alphabet = [...new Set([...pieces, 'a', '"'])];
      const rng = prng(500 + k);
      const wrong: string[] = [];
      let matching = 0;
      for (let n = 0; n < 1500; n++) {
        const s = randomString(rng, alphabet, 10);
        const ok = reference(schema, s);
        if (ok) matching++;
        if (admits(compiled, JSON.stringify(s)) !== ok) wrong.push(s);
      }
      expect(wrong).toEqual([]);
      expect(matching).toBeGreaterThan(0);
      // Strings the constraint generates all match.
      for (let run = 0; run < 25; run++) {
        const g = generate(createJsonSchemaConstraint(compiled, tokenizer) as GrammarConstraint, vocab, rng, {
          freeSteps: Math.floor(rng() * 12),
          maxTokens: 200,
          checkEvery: run < 3 ? 1 : 5,
        });
        const value = JSON.parse(text(g)) as string;
        expect(reference(schema, value), JSON.stringify(value)).toBe(true);
      }
    });
  }

  it('JSON escapes spell the same characters', () => {
    const compiled = compileJsonSchema({ type: 'string', pattern: '^a"\\\\\\n\u00e9$' });
    expect(admits(compiled, '"a\\"\\\\\\n\u00e9"')).toBe(true);
    expect(admits(compiled, '"\\u0061\\u0022\\u005c\\u000a\\u00E9"')).toBe(true);
    expect(admits(compiled, '"a\\"\\\\\\n\\u00e8"')).toBe(false);
  });

  it('the value is unanchored unless ^/$ say otherwise', () => {
    const compiled = compileJsonSchema({ type: 'string', pattern: 'b+' });
    expect(admits(compiled, '"abbbc"')).toBe(true);
    expect(admits(compiled, '"ac"')).toBe(false);
  });
});

describe('pattern: what is left out is an error naming it', () => {
  const cases: [string, RegExp][] = [
    ['a(?=b)', /lookahead/],
    ['a(?!b)', /lookahead/],
    ['(?<=a)b', /lookbehind/],
    ['(?<!a)b', /lookbehind/],
    ['(a)\\1', /backreference/],
    ['(?<x>a)\\k<x>', /backreference/],
    ['\\bword', /word boundary/],
    ['\\p{L}+', /property/],
    ['a^b', /inside the pattern/],
    ['(^a)', /inside the pattern/],
    ['a$b', /inside the pattern/],
    ['(', /not a valid/],
    ['[z-a]', /not a valid/],
    ['a{0,30000}', /larger automaton/],
    ['(a|b)*a(a|b){14}', /larger automaton/],
    ['.*.*.*.*.*.*.*.*.*a.{12}', /larger automaton/],
    ['(?:ab|cd|ef|gh|ij|kl|mn|op|qr|st|uv|wx|yz){200}', /larger automaton/],
  ];
  for (const [pattern, message] of cases) {
    it(pattern, () => {
      try {
        compileJsonSchema({ type: 'string', pattern });
        expect.unreachable();
      } catch (e) {
        expect(KindlingError.isInstance(e)).toBe(true);
        expect((e as KindlingError).code).toBe(ErrorCode.NotSupported);
        expect((e as KindlingError).context.keyword).toBe('pattern');
        expect((e as KindlingError).message).toMatch(message);
      }
    });
  }
  it('no string within the lengths', () => {
    expect(() => compileJsonSchema({ type: 'string', pattern: '^(aa)+$', minLength: 3, maxLength: 3 })).toThrow(
      /no string matches/,
    );
    expect(() => compileJsonSchema({ type: 'string', pattern: '^a{2,}$', maxLength: 300000 })).toThrow(
      /larger automaton/,
    );
  });
  it('enum values are filtered by the pattern', () => {
    const compiled = compileJsonSchema({ type: 'string', enum: ['abc', 'xyz', 'ab'], pattern: 'b.' } as JsonSchema);
    expect(admits(compiled, '"abc"')).toBe(true);
    expect(admits(compiled, '"xyz"')).toBe(false);
    expect(admits(compiled, '"ab"')).toBe(false);
  });
});
