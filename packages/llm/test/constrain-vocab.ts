/**
 * Test helpers for the constraint tests: a synthetic byte-level vocabulary with the awkward tokens
 * real BPE vocabularies have (structure mixed with text, digit runs, leading spaces, multi-byte
 * characters split across tokens, invalid UTF-8 pieces, special tokens), a tokenizer over it, a
 * seeded PRNG and a brute-force mask.
 */
import type { Tokenizer } from '../src/types.js';

const enc = new TextEncoder();

const WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'for',
  'on',
  'with',
  'as',
  'at',
  'by',
  'from',
  'city',
  'Paris',
  'London',
  'Tokyo',
  'New',
  'York',
  'weather',
  'unit',
  'celsius',
  'fahrenheit',
  'name',
  'arguments',
  'get',
  '_weather',
  'location',
  'days',
  'id',
  'type',
  'value',
  'items',
  'tags',
  'user',
  'email',
  'age',
  'address',
  'street',
  'zip',
  'note',
  'kind',
  'circle',
  'square',
  'radius',
  'side',
  'text',
  'hello',
  'world',
  'Hello',
  'World',
  'caf',
  'na',
  'ive',
  'tool',
  '_call',
  'call',
  'true',
  'false',
  'null',
  'ok',
  'yes',
  'no',
  'data',
  'list',
  'children',
  'label',
  'count',
  'query',
  'limit',
  'sort',
];

const STRUCTURE = [
  '{"',
  '"}',
  '":"',
  '":',
  '": "',
  '", "',
  '","',
  '"},',
  '},{',
  '"]',
  '["',
  '[{',
  '}]',
  '}}',
  '": {',
  '": [',
  '":[',
  '":{',
  ', "',
  ',"',
  '"',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  ' ',
  '  ',
  '\n',
  ' {',
  ' [',
  '"\n',
  '",\n',
  '\\"',
  '\\n',
  '\\u',
  '\\u00',
  '\\\\',
  '\\t',
  ' "',
  '"name',
  '"arguments',
  '":"get',
  '<tool_call>',
  '</tool_call>',
  '<tool',
  '_call>',
  '</',
  '<',
  '>\n',
  '\n<',
  'true}',
  'null,',
  '0,',
  '1}',
  '.5',
  'e1',
  'E-',
  '-1',
  '1.',
  '00',
  '0.',
  ' -',
  '-',
];

/** UTF-8 text and pieces: whole characters, characters split across tokens, invalid sequences. */
const RAW_PIECES: number[][] = [
  [0xc3, 0xa9], // é
  [0x63, 0x61, 0x66, 0xc3], // "caf" + first byte of é
  [0xa9, 0x73], // second byte of é + "s"
  [0xa9, 0x22], // second byte of é + closing quote
  [0xe6, 0x97], // first two bytes of 日
  [0xa5, 0xe6, 0x9c, 0xac], // last byte of 日 + 本
  [0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0xac], // 日本
  [0xf0, 0x9f], // first half of 😀
  [0x98, 0x80], // second half of 😀
  [0xf0, 0x9f, 0x98, 0x80], // 😀
  [0x9f, 0x98, 0x80, 0x22, 0x7d], // tail of 😀 + "}
  [0xc0, 0x80], // overlong: never valid
  [0xed, 0xa0, 0x80], // surrogate: never valid
  [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF: never valid
  [0xe2, 0x80, 0x94], // em dash
  [0x20, 0xc3, 0xb1], // " ñ"
];

export interface TestVocab {
  tokenizer: Tokenizer;
  eos: number;
  /** Ids of the special tokens. */
  specials: number[];
}

/** The synthetic vocabulary: 256 single bytes, then multi-byte tokens, then special tokens. */
export function testVocab(extraWords: readonly string[] = []): TestVocab {
  const tokens: Uint8Array[] = [];
  const seen = new Set<string>();
  const add = (bytes: Uint8Array): void => {
    const key = Array.from(bytes).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    tokens.push(bytes);
  };
  for (let b = 0; b < 256; b++) add(Uint8Array.of(b));
  for (const w of [...WORDS, ...extraWords]) {
    add(enc.encode(w));
    add(enc.encode(` ${w}`));
    add(enc.encode(`"${w}`));
    add(enc.encode(`${w}"`));
    add(enc.encode(`"${w}":`));
    add(enc.encode(`${w}",`));
  }
  for (const s of STRUCTURE) add(enc.encode(s));
  for (let n = 0; n < 1000; n++) add(enc.encode(String(n)));
  for (let n = 0; n < 100; n++) add(enc.encode(String(n).padStart(2, '0')));
  for (const p of RAW_PIECES) add(Uint8Array.from(p));
  // A duplicate byte string under a second id (vocabularies have those).
  tokens.push(enc.encode('":'));
  const base = tokens.length;
  const specialNames = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
  const vocabSize = base + specialNames.length;
  const eos = base;
  const decoder = new TextDecoder();
  const tokenizer: Tokenizer = {
    vocabSize,
    bosTokenId: undefined,
    eosTokenIds: [eos, base + 2],
    chatTemplate: undefined,
    encode: (text) => Array.from(enc.encode(text)),
    decode: (ids) =>
      decoder.decode(concat(ids.map((id) => (id < base ? (tokens[id] as Uint8Array) : new Uint8Array(0))))),
    tokenBytes: (id) => (id < base ? (tokens[id] as Uint8Array) : new Uint8Array(0)),
    tokenToId: (t) => {
      const s = specialNames.indexOf(t);
      return s >= 0 ? base + s : undefined;
    },
    isSpecial: (id) => id >= base,
  };
  return { tokenizer, eos, specials: [base, base + 1, base + 2] };
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hasBit(mask: Uint32Array, id: number): boolean {
  return ((mask[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
}

export function allowedIds(mask: Uint32Array, vocabSize: number): number[] {
  const out: number[] = [];
  for (let id = 0; id < vocabSize; id++) if (hasBit(mask, id)) out.push(id);
  return out;
}
