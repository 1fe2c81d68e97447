/**
 * Tool-call markers that are single added tokens (`<tool_call>` / `</tool_call>`, as Qwen2.5 and
 * Hermes-style vocabularies have): the Qwen-style tokenizer fixture with those two tokens added,
 * either as special tokens (no bytes in the generated text) or as ordinary added tokens.
 */
import { readFileSync } from 'node:fs';
import { KindlingError } from '@kindling/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { GrammarConstraint } from '../src/constrain/json-constraint.js';
import { createToolCallConstraint, loadTokenizer, parseToolCalls, type ToolCallOptions } from '../src/index.js';
import type { Tokenizer } from '../src/types.js';
import { searchTool, weatherTool } from './constrain-schemas.js';
import { allowedIds, hasBit, prng } from './constrain-vocab.js';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/tokenizers/qwen-style-bpe.json', import.meta.url), 'utf8'),
) as { added_tokens: object[]; model: { vocab: Record<string, number> } };

function withToolTokens(special: boolean): { tokenizer: Tokenizer; open: number; close: number } {
  const json = structuredClone(fixture);
  const base = Math.max(...Object.values(json.model.vocab)) + 1;
  for (const [k, content] of ['<tool_call>', '</tool_call>'].entries()) {
    json.added_tokens.push({
      id: base + k,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special,
    });
  }
  const tokenizer = loadTokenizer(json);
  return { tokenizer, open: base, close: base + 1 };
}

const QWEN: ToolCallOptions = { open: '<tool_call>\n', close: '\n</tool_call>' };
const tools = [weatherTool, searchTool];
const ajv = new Ajv2020({ strict: false, validateFormats: false });
const validators = new Map(tools.map((t) => [t.name, ajv.compile(t.parameters as object)]));
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Text as generation builds it: the tokens' bytes (special tokens have none). */
function bytesText(tokenizer: Tokenizer, ids: readonly number[]): string {
  return dec.decode(Uint8Array.from(ids.flatMap((id) => Array.from(tokenizer.tokenBytes(id)))));
}

/**
 * A seeded fake model: random allowed tokens (the marker tokens whenever allowed, half the time)
 * for `free` steps, then the allowed token after which the fewest bytes complete the calls.
 */
function run(
  c: GrammarConstraint,
  tokenizer: Tokenizer,
  markers: readonly number[],
  rng: () => number,
  free: number,
  checkAll: boolean,
): number[] {
  const mask = new Uint32Array((tokenizer.vocabSize + 31) >>> 5);
  const ids: number[] = [];
  for (let step = 0; step < 400; step++) {
    c.fillMask(mask);
    const allowed = allowedIds(mask, tokenizer.vocabSize);
    if (checkAll) {
      // The mask is exactly the tokens the constraint accepts.
      for (let id = 0; id < tokenizer.vocabSize; id++) expect(hasBit(mask, id), `token ${id}`).toBe(c.allowsToken(id));
    }
    expect(allowed.length).toBeGreaterThan(0);
    const eos = allowed.find((id) => tokenizer.eosTokenIds.includes(id));
    if (eos !== undefined && (step >= free || rng() < 0.3)) return ids;
    const marker = allowed.find((id) => markers.includes(id));
    let pick: number;
    if (marker !== undefined && rng() < 0.5) pick = marker;
    else if (step < free) pick = allowed[Math.floor(rng() * allowed.length)] as number;
    else {
      let best = Number.POSITIVE_INFINITY;
      pick = allowed[0] as number;
      for (const id of allowed) {
        if (tokenizer.eosTokenIds.includes(id)) continue;
        const bytes = c.markerBytes(id) ?? tokenizer.tokenBytes(id);
        const r = c.remainingAfter(bytes);
        if (r < best) {
          best = r;
          pick = id;
        }
      }
    }
    c.accept(pick);
    ids.push(pick);
  }
  throw new Error(`no end: ${JSON.stringify(tokenizer.decode(ids, { skipSpecialTokens: false }))}`);
}

describe('tool-call markers as special tokens (Hermes-style: no bytes in the generated text)', () => {
  const { tokenizer, open, close } = withToolTokens(true);

  it('the fixture has them as single special tokens', () => {
    expect(tokenizer.encode('<tool_call>\n{}', { addSpecialTokens: false })[0]).toBe(open);
    expect(tokenizer.isSpecial(open) && tokenizer.isSpecial(close)).toBe(true);
    expect(tokenizer.tokenBytes(open).length).toBe(0);
  });

  it('the constraint allows the token where the marker text goes, and only there', () => {
    const c = createToolCallConstraint(tools, 'required', tokenizer, QWEN) as GrammarConstraint;
    const mask = new Uint32Array((tokenizer.vocabSize + 31) >>> 5);
    c.fillMask(mask);
    expect(hasBit(mask, open)).toBe(true);
    expect(hasBit(mask, close)).toBe(false);
    expect(hasBit(mask, tokenizer.encode('<', { addSpecialTokens: false })[0] as number)).toBe(true); // spelled out
    c.accept(open);
    const call = '\n{"name": "get_weather", "arguments": {"location": "';
    for (const id of tokenizer.encode(call, { addSpecialTokens: false })) c.accept(id);
    // Inside a string the bytes `<tool_call>` are text; the special token is not.
    c.fillMask(mask);
    expect(hasBit(mask, open)).toBe(false);
    expect(c.allows(enc.encode('<tool_call>'))).toBe(true);
    expect(() => c.accept(open)).toThrow(KindlingError);
    for (const id of tokenizer.encode('Paris"}}\n', { addSpecialTokens: false })) c.accept(id);
    c.fillMask(mask);
    expect(hasBit(mask, close)).toBe(true);
    c.accept(close);
    expect(c.isComplete).toBe(true);
    const ids = [open, ...tokenizer.encode(`${call}Paris"}}\n`, { addSpecialTokens: false }), close];
    for (const text of [bytesText(tokenizer, ids), tokenizer.decode(ids, { skipSpecialTokens: false })]) {
      const calls = parseToolCalls(text, tools, QWEN);
      expect(calls.map((x) => [x.function.name, x.parsedArguments])).toEqual([['get_weather', { location: 'Paris' }]]);
    }
  });

  for (const [name, options, choice] of [
    ['one call', QWEN, 'required'],
    ['parallel calls', { ...QWEN, parallel: true, maxCalls: 3 }, 'required'],
    ['named tool', QWEN, { type: 'function', function: { name: 'search' } }],
  ] as const) {
    it(`${name}: seeded generations parse from the text with or without the special tokens`, () => {
      const rng = prng(99 + name.length);
      let usedMarker = 0;
      let calls = 0;
      for (let k = 0; k < 30; k++) {
        const c = createToolCallConstraint(tools, choice, tokenizer, options) as GrammarConstraint;
        const ids = run(c, tokenizer, [open, close], rng, Math.floor(rng() * 30), k < 2);
        if (ids.includes(open) || ids.includes(close)) usedMarker++;
        const full = tokenizer.decode(ids, { skipSpecialTokens: false });
        const plain = bytesText(tokenizer, ids);
        const fromFull = parseToolCalls(full, tools, { ...options, generateId: (i) => `c${i}` });
        const fromPlain = parseToolCalls(plain, tools, { ...options, generateId: (i) => `c${i}` });
        expect(fromPlain, `${JSON.stringify(full)}\n${JSON.stringify(plain)}`).toEqual(fromFull);
        expect(fromFull.length).toBeGreaterThanOrEqual(1);
        for (const call of fromFull) {
          expect(validators.get(call.function.name)?.(call.parsedArguments)).toBe(true);
          calls++;
        }
      }
      expect(usedMarker).toBeGreaterThan(5);
      expect(calls).toBeGreaterThan(5);
    });
  }

  it("'auto': the special token starts a call; 'none': it cannot complete the opening text", () => {
    const auto = createToolCallConstraint(tools, 'auto', tokenizer, QWEN);
    auto.accept(open);
    const mask = new Uint32Array((tokenizer.vocabSize + 31) >>> 5);
    auto.fillMask(mask);
    const newline = tokenizer.encode('\n', { addSpecialTokens: false });
    expect(newline.length).toBe(1);
    expect(allowedIds(mask, tokenizer.vocabSize)).toContain(newline[0]);
    auto.accept(newline[0] as number);
    // The opening text is complete: the output is a call from here.
    auto.fillMask(mask);
    expect(hasBit(mask, tokenizer.encode('{"', { addSpecialTokens: false })[0] as number)).toBe(true);
    expect(hasBit(mask, tokenizer.encode('Hi', { addSpecialTokens: false })[0] as number)).toBe(false);
    const none = createToolCallConstraint(tools, 'none', tokenizer, { open: '<tool_call>', close: '</tool_call>' });
    none.fillMask(mask);
    expect(hasBit(mask, open)).toBe(false);
    expect(() => none.accept(open)).toThrow(KindlingError);
  });
});

describe('tool-call markers as ordinary added tokens (Qwen2.5-style: their text is in the output)', () => {
  const { tokenizer, open, close } = withToolTokens(false);
  it('the tokens write their text: the mask admits them as bytes and the text parses', () => {
    expect(tokenizer.isSpecial(open)).toBe(false);
    expect(dec.decode(tokenizer.tokenBytes(open))).toBe('<tool_call>');
    const rng = prng(7);
    for (let k = 0; k < 10; k++) {
      const c = createToolCallConstraint(tools, 'required', tokenizer, QWEN) as GrammarConstraint;
      const ids = run(c, tokenizer, [open, close], rng, Math.floor(rng() * 20), k < 2);
      const text = bytesText(tokenizer, ids);
      expect(text.startsWith('<tool_call>\n')).toBe(true);
      expect(parseToolCalls(text, tools, QWEN)).toHaveLength(1);
    }
  });
});

describe('parseToolCalls: markers left out of the decoded text', () => {
  const id = { generateId: (k: number) => `id${k}` };
  const a = '{"name": "get_weather", "arguments": {"location": "Paris"}}';
  const b = '{"name":"search","arguments":{"query":"x"}}';
  it('reads the calls from what remains', () => {
    expect(parseToolCalls(`\n${a}\n`, tools, { ...QWEN, ...id })).toHaveLength(1);
    expect(parseToolCalls(`\n${a}\n\n\n${b}\n`, tools, { ...QWEN, ...id }).map((c) => c.function.name)).toEqual([
      'get_weather',
      'search',
    ]);
    expect(parseToolCalls(`<tool_call>\n${a}\n`, tools, { ...QWEN, ...id })).toHaveLength(1);
    expect(parseToolCalls(`\n${a}\n</tool_call>`, tools, { ...QWEN, ...id })).toHaveLength(1);
  });
  it('free text, or JSON that names no tool, has no calls', () => {
    expect(parseToolCalls('{"a": 1}', tools, QWEN)).toEqual([]);
    expect(parseToolCalls(`${a} and more`, tools, QWEN)).toEqual([]);
    expect(parseToolCalls('{"name": "nope", "arguments": {}}', tools, QWEN)).toEqual([]);
    expect(parseToolCalls('Hello {', tools, QWEN)).toEqual([]);
    expect(() => parseToolCalls('\n{"name": "get_weather", "arguments": {"days": 99}}', tools, QWEN)).toThrow(
      /do not validate/,
    );
  });
});
