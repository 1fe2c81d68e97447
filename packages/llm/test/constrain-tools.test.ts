import { KindlingError } from '@kindling/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { GrammarConstraint } from '../src/constrain/json-constraint.js';
import {
  createJsonSchemaConstraint,
  createToolCallConstraint,
  parseToolCalls,
  type ToolCallOptions,
  type ToolChoice,
} from '../src/index.js';
import type { ToolDefinition } from '../src/types.js';
import { checkMaskExact, generate, text } from './constrain-harness.js';
import { noteTool, searchTool, weatherTool } from './constrain-schemas.js';
import { allowedIds, hasBit, prng, testVocab } from './constrain-vocab.js';

const vocab = testVocab(['search', 'add_note', 'query', 'pinned']);
const { tokenizer } = vocab;
const tools = [weatherTool, searchTool, noteTool];
const ajv = new Ajv2020({ strict: false, validateFormats: false });
const validators = new Map(tools.map((t) => [t.name, ajv.compile(t.parameters as object)]));
const QWEN: ToolCallOptions = { open: '<tool_call>\n', close: '\n</tool_call>' };
const enc = new TextEncoder();

const FORMATS: { name: string; choice: ToolChoice; options: ToolCallOptions; maxCalls: number }[] = [
  { name: 'one call, bare JSON', choice: 'required', options: {}, maxCalls: 1 },
  { name: 'one call, wrapped', choice: 'required', options: QWEN, maxCalls: 1 },
  { name: 'parallel, wrapped', choice: 'required', options: { ...QWEN, parallel: true, maxCalls: 3 }, maxCalls: 3 },
  {
    name: 'parallel, JSON array',
    choice: 'required',
    options: { parallel: true, maxCalls: 3, whitespace: 'none' },
    maxCalls: 3,
  },
  { name: 'named tool', choice: { type: 'function', function: { name: 'search' } }, options: QWEN, maxCalls: 1 },
];

function tokenId(bytes: string): number {
  const want = enc.encode(bytes);
  for (let id = 0; id < tokenizer.vocabSize; id++) {
    const b = tokenizer.tokenBytes(id);
    if (!tokenizer.isSpecial(id) && b.length === want.length && b.every((x, k) => x === want[k])) return id;
  }
  throw new Error(`no token ${JSON.stringify(bytes)}`);
}

describe('tool calls: 1,000 seeded generations', () => {
  const PER_FORMAT = 200;
  for (const [f, format] of FORMATS.entries()) {
    it(`${format.name}: ${PER_FORMAT} generations all parse and validate`, () => {
      const rng = prng(2024 + f);
      const names = new Set<string>();
      let calls = 0;
      for (let run = 0; run < PER_FORMAT; run++) {
        const c = createToolCallConstraint(tools, format.choice, tokenizer, format.options) as GrammarConstraint;
        const g = generate(c, vocab, rng, {
          freeSteps: Math.floor(rng() * 50),
          maxTokens: 600,
          checkEvery: run < 3 ? 1 : 17,
        });
        const out = text(g);
        expect(g.tokens.length).toBeLessThanOrEqual(g.freeSteps + Math.max(g.leftAtClose, 0) + 1);
        const parsed = parseToolCalls(out, tools, { ...format.options, generateId: (k) => `call_${run}_${k}` });
        expect(parsed.length).toBeGreaterThanOrEqual(1);
        expect(parsed.length).toBeLessThanOrEqual(format.maxCalls);
        for (const [k, call] of parsed.entries()) {
          expect(call.id).toBe(`call_${run}_${k}`);
          expect(call.type).toBe('function');
          if (typeof format.choice === 'object') expect(call.function.name).toBe(format.choice.function.name);
          const validate = validators.get(call.function.name);
          expect(validate, call.function.name).toBeDefined();
          expect(validate?.(call.parsedArguments), `${out}\n${JSON.stringify(validate?.errors)}`).toBe(true);
          expect(JSON.parse(call.function.arguments)).toEqual(call.parsedArguments);
          names.add(call.function.name);
          calls++;
        }
        // The text is exactly the format: wrapped calls start with the opening text.
        if (format.options.open) expect(out.startsWith(format.options.open)).toBe(true);
      }
      expect(calls).toBeGreaterThanOrEqual(PER_FORMAT);
      if (typeof format.choice !== 'object') expect(names.size).toBe(tools.length);
    });
  }
});

describe("toolChoice 'auto' and 'none'", () => {
  const words = (tokenizer.vocabSize + 31) >>> 5;

  it("'auto': free text when the output does not start with the opening text", () => {
    const c = createToolCallConstraint(tools, 'auto', tokenizer, QWEN);
    const mask = new Uint32Array(words);
    c.accept(tokenId('Hello'));
    c.fillMask(mask);
    expect(allowedIds(mask, tokenizer.vocabSize).length).toBe(tokenizer.vocabSize);
    c.accept(tokenId('<tool_call>'));
    c.accept(vocab.eos);
    expect(c.isComplete).toBe(false);
  });

  it("'auto': before the decision, a token is allowed iff it leaves the opening text or the call grammar accepts it", () => {
    const c = createToolCallConstraint(tools, 'auto', tokenizer, QWEN);
    const required = createToolCallConstraint(tools, 'required', tokenizer, QWEN) as GrammarConstraint;
    const mask = new Uint32Array(words);
    const check = (matched: string): void => {
      c.fillMask(mask);
      const rest = enc.encode(QWEN.open?.slice(matched.length));
      for (let id = 0; id < tokenizer.vocabSize; id++) {
        const b = tokenizer.tokenBytes(id);
        let k = 0;
        while (k < b.length && k < rest.length && b[k] === rest[k]) k++;
        const diverges = tokenizer.isSpecial(id) || (k < b.length && k < rest.length);
        expect(hasBit(mask, id), `token ${id} ${JSON.stringify(new TextDecoder().decode(b))}`).toBe(
          diverges || required.allows(b),
        );
      }
    };
    check('');
    // `<tool` then `_call>` then `\n{"`: the constraint then applies.
    for (const piece of ['<tool', '_call>']) {
      c.accept(tokenId(piece));
      required.accept(tokenId(piece));
    }
    check('<tool_call>');
    c.accept(tokenId('\n'));
    required.accept(tokenId('\n'));
    c.fillMask(mask);
    const expected = new Uint32Array(words);
    required.fillMask(expected);
    expect(Array.from(mask)).toEqual(Array.from(expected));
    expect(() => c.accept(tokenId('Hello'))).toThrow(KindlingError);
  });

  it("'auto' runs to a complete call, then only end-of-sequence", () => {
    const c = createToolCallConstraint([weatherTool], 'auto', tokenizer, QWEN);
    const out = `${QWEN.open}{"name": "get_weather", "arguments": {"location": "Paris"}}${QWEN.close}`;
    for (const byte of enc.encode(out)) c.accept(byte);
    expect(c.isComplete).toBe(true);
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    expect(allowedIds(mask, tokenizer.vocabSize)).toEqual(tokenizer.eosTokenIds.slice().sort((x, y) => x - y));
    expect(parseToolCalls(out, [weatherTool], QWEN)[0]?.parsedArguments).toEqual({ location: 'Paris' });
  });

  it("'none': the opening text can never be completed", () => {
    const c = createToolCallConstraint(tools, 'none', tokenizer, { open: '<tool_call>', close: '</tool_call>' });
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    expect(hasBit(mask, tokenId('<tool_call>'))).toBe(false);
    expect(hasBit(mask, tokenId('<tool'))).toBe(true);
    expect(hasBit(mask, tokenId('Hello'))).toBe(true);
    expect(hasBit(mask, vocab.eos)).toBe(true);
    c.accept(tokenId('<tool'));
    c.fillMask(mask);
    expect(hasBit(mask, tokenId('_call>'))).toBe(false);
    expect(hasBit(mask, tokenId('_call'))).toBe(true);
    expect(() => c.accept(tokenId('_call>'))).toThrow(KindlingError);
  });

  it("'auto' without opening text: a call is an output that starts with {", () => {
    const c = createToolCallConstraint([weatherTool], 'auto', tokenizer);
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    expect(hasBit(mask, tokenId('{"'))).toBe(true);
    expect(hasBit(mask, tokenId('{'))).toBe(true);
    expect(hasBit(mask, tokenId(' {'))).toBe(true); // free text that starts with a space
    expect(hasBit(mask, tokenId('[{'))).toBe(true);
    c.accept(tokenId('{"'));
    c.fillMask(mask);
    expect(hasBit(mask, tokenId('name'))).toBe(true);
    expect(hasBit(mask, tokenId('arguments'))).toBe(false); // the name comes first
    expect(hasBit(mask, vocab.eos)).toBe(false);
  });
});

describe('tool call constraint: errors', () => {
  it('rejects no tools, duplicate names, an unknown named tool and a bad schema (naming the tool)', () => {
    expect(() => createToolCallConstraint([], 'required', tokenizer)).toThrow(KindlingError);
    expect(() => createToolCallConstraint([weatherTool, weatherTool], 'required', tokenizer)).toThrow(/two tools/);
    expect(() => createToolCallConstraint(tools, { type: 'function', function: { name: 'nope' } }, tokenizer)).toThrow(
      /not a tool/,
    );
    const bad: ToolDefinition = {
      name: 'bad',
      parameters: { type: 'object', properties: { x: { type: 'string', pattern: '(?=a)' } } },
    };
    try {
      createToolCallConstraint([weatherTool, bad], 'required', tokenizer);
      expect.unreachable();
    } catch (e) {
      expect(KindlingError.isInstance(e)).toBe(true);
      expect((e as KindlingError).message).toMatch(/tool "bad".*pattern/);
      expect((e as KindlingError).context.keyword).toBe('pattern');
    }
  });

  it('accept throws on a token the mask leaves out', () => {
    const c = createToolCallConstraint(tools, 'required', tokenizer);
    expect(() => c.accept(tokenId('['))).toThrow(KindlingError);
    expect(() => c.accept(vocab.specials[1] as number)).toThrow(KindlingError);
    expect(() => c.accept(vocab.eos)).toThrow(KindlingError);
  });
});

describe('parseToolCalls', () => {
  const id = { generateId: (k: number) => `id${k}` };
  it('reads wrapped calls in the OpenAI shape', () => {
    const out =
      '<tool_call>\n{"name": "get_weather", "arguments": {"location": "Paris", "unit": "celsius"}}\n</tool_call>\n' +
      '<tool_call>\n{"name":"search","arguments":{"query":"x"}}\n</tool_call>';
    expect(parseToolCalls(out, tools, { ...QWEN, ...id })).toEqual([
      {
        id: 'id0',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"location":"Paris","unit":"celsius"}' },
        parsedArguments: { location: 'Paris', unit: 'celsius' },
      },
      {
        id: 'id1',
        type: 'function',
        function: { name: 'search', arguments: '{"query":"x"}' },
        parsedArguments: { query: 'x' },
      },
    ]);
  });
  it('reads bare JSON calls (one, or an array) and finds none in free text', () => {
    expect(parseToolCalls('{"name":"search","arguments":{"query":"a"}}', tools, id)).toHaveLength(1);
    expect(
      parseToolCalls(
        ' [{"name":"search","arguments":{"query":"a"}}, {"name":"add_note","arguments":{"text":"b","pinned":true}}]',
        tools,
        id,
      ),
    ).toHaveLength(2);
    expect(parseToolCalls('The weather in Paris is mild.', tools, id)).toEqual([]);
    expect(parseToolCalls('No calls here.', tools, QWEN)).toEqual([]);
    expect(parseToolCalls('x', tools)).toEqual([]);
    expect(parseToolCalls('{"name":"search","arguments":{"query":"a"}}', tools)[0]?.id).toMatch(/^call_[0-9a-f]{24}$/);
  });
  it('throws on bad JSON, unknown tools, invalid arguments and unclosed blocks', () => {
    expect(() => parseToolCalls('{"name":', tools)).toThrow(KindlingError);
    expect(() => parseToolCalls('{"name":"nope","arguments":{}}', tools)).toThrow(/not a tool/);
    expect(() => parseToolCalls('{"name":"get_weather","arguments":{"location":"x","days":99}}', tools)).toThrow(
      /do not validate/,
    );
    expect(() => parseToolCalls('{"arguments":{}}', tools)).toThrow(KindlingError);
    expect(() => parseToolCalls('<tool_call>\n{"name":"search","arguments":{"query":', tools, QWEN)).toThrow(
      /not closed/,
    );
  });
});

describe('mask exactness on the tool grammar (brute force)', () => {
  it('matches feeding every token at each step of a hand-written call', () => {
    const c = createToolCallConstraint(tools, 'required', tokenizer, { ...QWEN, parallel: true }) as GrammarConstraint;
    const mask = new Uint32Array((tokenizer.vocabSize + 31) >>> 5);
    const out = `${QWEN.open}{"name": "search", "arguments": {"query": "caf\u00e9 \\"x\\" \u65e5\u672c", "tags": ["a", "b"]}}${QWEN.close}`;
    for (const byte of enc.encode(out)) {
      c.fillMask(mask);
      checkMaskExact(c, mask, vocab);
      c.accept(byte);
    }
    c.fillMask(mask);
    checkMaskExact(c, mask, vocab);
    expect(c.canEnd).toBe(true);
    expect(c.isComplete).toBe(false); // a second call may follow
    const again = createJsonSchemaConstraint({ type: 'integer' }, tokenizer);
    expect(again.isComplete).toBe(false);
  });
});
