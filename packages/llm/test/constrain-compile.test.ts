import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import type { GrammarConstraint } from '../src/constrain/json-constraint.js';
import { validateValue } from '../src/constrain/validate.js';
import { compileJsonSchema, createJsonSchemaConstraint, createResponseFormatConstraint } from '../src/index.js';
import type { JsonSchema } from '../src/types.js';
import { checkMaskExact } from './constrain-harness.js';
import { SCHEMAS } from './constrain-schemas.js';
import { allowedIds, hasBit, testVocab } from './constrain-vocab.js';

const vocab = testVocab();
const { tokenizer } = vocab;
const enc = new TextEncoder();

function compileError(schema: JsonSchema): KindlingError {
  try {
    compileJsonSchema(schema);
  } catch (e) {
    expect(KindlingError.isInstance(e)).toBe(true);
    return e as KindlingError;
  }
  throw new Error(`compiled: ${JSON.stringify(schema)}`);
}

/** Whether the constraint accepts exactly `text` as a complete value. */
function accepts(schema: JsonSchema, text: string, whitespace?: 'none' | 'single'): boolean {
  const c = createJsonSchemaConstraint(schema, tokenizer, whitespace ? { whitespace } : {});
  if (!c.allows(enc.encode(text))) return false;
  c.acceptBytes(enc.encode(text));
  return c.canEnd;
}

describe('compileJsonSchema: what cannot be enforced is an error naming the keyword', () => {
  const cases: [string, JsonSchema][] = [
    ['multipleOf', { type: 'number', multipleOf: 3 }],
    ['multipleOf', { type: 'integer', multipleOf: 0.5 }],
    ['not', { not: { type: 'string' } }],
    ['allOf', { allOf: [{ type: 'string' }] }],
    ['if', { if: { type: 'string' }, else: { minLength: 1 } }],
    ['patternProperties', { type: 'object', patternProperties: { '^x': { type: 'string' } } }],
    ['propertyNames', { type: 'object', propertyNames: { maxLength: 3 } }],
    ['minProperties', { type: 'object', minProperties: 1 }],
    ['maxProperties', { type: 'object', maxProperties: 1 }],
    ['dependentRequired', { type: 'object', dependentRequired: { a: ['b'] } }],
    ['contains', { type: 'array', contains: { type: 'string' } }],
    ['uniqueItems', { type: 'array', uniqueItems: true }],
    ['unevaluatedProperties', { type: 'object', unevaluatedProperties: false }],
    ['nullable', { type: 'string', nullable: true }],
    ['type', { anyOf: [{ type: 'string' }], type: 'string' }],
    ['minLength', { $ref: '#/$defs/a', minLength: 1, $defs: { a: { type: 'string' } } }],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] }],
    ['oneOf', { oneOf: [{ type: 'integer' }, { type: 'number' }] }],
    ['$ref', { $ref: 'https://example.com/schema.json' }],
    ['$ref', { $ref: '#/$defs/missing' }],
  ];
  for (const [keyword, schema] of cases) {
    it(`${keyword}: ${JSON.stringify(schema)}`, () => {
      const e = compileError(schema);
      expect(e.code).toBe(ErrorCode.NotSupported);
      expect(e.context.keyword).toBe(keyword);
      expect(e.message).toContain(keyword);
    });
  }

  it('schemas that admit no value are errors', () => {
    expect(compileError(false).message).toMatch(/admits no value/);
    expect(compileError({ type: 'string', minLength: 5, maxLength: 2 }).context.keyword).toBe('minLength');
    expect(compileError({ type: 'integer', minimum: 5, maximum: 4 }).message).toMatch(/no integer/);
    expect(compileError({ type: 'integer', exclusiveMinimum: 2, exclusiveMaximum: 3 }).message).toMatch(/no integer/);
    expect(compileError({ type: 'array', minItems: 3, maxItems: 1 }).context.keyword).toBe('minItems');
    expect(compileError({ type: 'object', properties: { a: false }, required: ['a'] }).context.keyword).toBe(
      'required',
    );
    expect(compileError({ type: 'object', required: ['a'], additionalProperties: false }).context.keyword).toBe(
      'required',
    );
    expect(compileError({ enum: [1, 'a'], type: 'boolean' }).context.keyword).toBe('enum');
    expect(compileError({ $defs: { a: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }).message).toMatch(/no finite/);
    expect(
      compileError({ type: 'array', prefixItems: [{ type: 'string' }], items: false, minItems: 2 }).message,
    ).toMatch(/no finite/);
    expect(compileError({ type: 'object', properties: { a: { $ref: '#' } }, required: ['a'] }).message).toMatch(
      /no finite/,
    );
  });

  it('format is accepted and reported as not enforced; annotations are ignored', () => {
    const c = compileJsonSchema({
      type: 'string',
      format: 'email',
      title: 't',
      description: 'd',
      default: 'x',
      examples: ['a'],
    });
    expect(c.notes).toEqual(['#: format "email" is not enforced']);
  });

  it('oneOf with disjoint branches compiles (types apart, or a discriminating constant)', () => {
    expect(() =>
      compileJsonSchema({ oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] }),
    ).not.toThrow();
    expect(() => compileJsonSchema({ oneOf: (SCHEMAS.shapes as { anyOf: unknown[] }).anyOf })).not.toThrow();
  });
});

describe('the output form', () => {
  it('properties come in schema order; optional ones may be skipped', () => {
    const s = SCHEMAS.weather as JsonSchema;
    expect(accepts(s, '{"location":"Paris","unit":"celsius","days":3}')).toBe(true);
    expect(accepts(s, '{"location":"Paris","days":3}')).toBe(true);
    expect(accepts(s, '{"days":3,"location":"Paris"}')).toBe(false);
    expect(accepts(s, '{"unit":"celsius"}')).toBe(false);
    expect(accepts(s, '{"location":"Paris","days":15}')).toBe(false);
    expect(accepts(s, '{"location":"Paris","days":0}')).toBe(false);
    expect(accepts(s, '{"location":"Paris","other":1}')).toBe(false);
  });
  it('whitespace: one optional space after : and , (or none at all)', () => {
    const s = SCHEMAS.weather as JsonSchema;
    expect(accepts(s, '{"location": "Paris", "days": 3}')).toBe(true);
    expect(accepts(s, '{"location":  "Paris"}')).toBe(false);
    expect(accepts(s, '{ "location":"Paris"}')).toBe(false);
    expect(accepts(s, '{"location" :"Paris"}')).toBe(false);
    expect(accepts(s, '{"location": "Paris"}', 'none')).toBe(false);
    expect(accepts({ type: 'array' }, '[1, 2]')).toBe(true);
  });
  it('strings: JSON escapes, well-formed UTF-8, lengths in code points', () => {
    const s: JsonSchema = { type: 'string', minLength: 2, maxLength: 3 };
    expect(accepts(s, '"ab"')).toBe(true);
    expect(accepts(s, '"a"')).toBe(false);
    expect(accepts(s, '"abcd"')).toBe(false);
    expect(accepts(s, '"日本"')).toBe(true);
    expect(accepts(s, '"😀😀😀"')).toBe(true);
    expect(accepts(s, '"\\"\\\\\\n"')).toBe(true);
    expect(accepts(s, '"\\u00e9x"')).toBe(true);
    expect(accepts(s, '"\\ud83dx"')).toBe(false); // escaped surrogates are not produced
    expect(accepts(s, '"\\x41"')).toBe(false);
    expect(accepts(s, '"a\tb"')).toBe(false); // raw control character
    const c = createJsonSchemaConstraint({ type: 'string' }, tokenizer);
    for (const bad of [
      [0x22, 0xc0, 0x80],
      [0x22, 0xed, 0xa0, 0x80],
      [0x22, 0xf4, 0x90],
      [0x22, 0xf5],
      [0x22, 0x80],
    ]) {
      expect(c.allows(Uint8Array.from(bad))).toBe(false);
    }
    expect(c.allows(Uint8Array.from([0x22, 0xf0, 0x9f]))).toBe(true); // half of an emoji, more to come
  });
  it('numbers and integers', () => {
    expect(accepts({ type: 'integer' }, '-0')).toBe(false);
    expect(accepts({ type: 'integer' }, '007')).toBe(false);
    expect(accepts({ type: 'integer' }, '9007199254740991')).toBe(true);
    expect(accepts({ type: 'integer' }, '9007199254740992')).toBe(false);
    expect(accepts({ type: 'integer', minimum: -5, maximum: 120 }, '-5')).toBe(true);
    expect(accepts({ type: 'integer', minimum: -5, maximum: 120 }, '-6')).toBe(false);
    expect(accepts({ type: 'integer', minimum: -5, maximum: 120 }, '121')).toBe(false);
    expect(accepts({ type: 'integer', exclusiveMinimum: 0.5 }, '1')).toBe(true);
    expect(accepts({ type: 'integer', exclusiveMinimum: 0.5 }, '0')).toBe(false);
    expect(accepts({ type: 'number' }, '-0.5e-12')).toBe(true);
    expect(accepts({ type: 'number' }, '1.')).toBe(false);
    expect(accepts({ type: 'number' }, '.5')).toBe(false);
    expect(accepts({ type: 'number' }, '1e999')).toBe(false);
  });
  it('extra properties: after the declared ones, never a declared name', () => {
    const s = SCHEMAS.extraProperties as JsonSchema;
    expect(accepts(s, '{"id":1,"name":"x","flag":true}')).toBe(true);
    expect(accepts(s, '{"id":1,"flag":true}')).toBe(true);
    expect(accepts(s, '{"id":1,"flag":true,"name":false}')).toBe(false);
    expect(accepts(s, '{"id":1,"id":true}')).toBe(false);
    expect(accepts(s, '{"id":1,"":true}')).toBe(false);
  });
  it('enum values are filtered by the rest of the schema', () => {
    expect(accepts({ type: 'string', enum: ['a', 1, 'bb'], maxLength: 1 }, '"a"')).toBe(true);
    expect(accepts({ type: 'string', enum: ['a', 1, 'bb'], maxLength: 1 }, '1')).toBe(false);
    expect(accepts({ type: 'string', enum: ['a', 1, 'bb'], maxLength: 1 }, '"bb"')).toBe(false);
  });
});

describe('end of sequence and completion', () => {
  const words = (tokenizer.vocabSize + 31) >>> 5;
  it('special tokens are allowed only as end-of-sequence of a complete value', () => {
    const c = createJsonSchemaConstraint({ type: 'integer' }, tokenizer);
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    for (const s of vocab.specials) expect(hasBit(mask, s)).toBe(false);
    c.acceptBytes(enc.encode('12'));
    c.fillMask(mask);
    expect(hasBit(mask, vocab.eos)).toBe(true);
    expect(hasBit(mask, vocab.specials[1] as number)).toBe(false); // <|im_start|>: special, not end-of-sequence
    expect(hasBit(mask, '3'.charCodeAt(0))).toBe(true);
    expect(c.isComplete).toBe(false);
    checkMaskExact(c, mask, vocab);
  });
  it('isComplete once nothing but end-of-sequence can follow', () => {
    const c = createJsonSchemaConstraint(SCHEMAS.constObject as JsonSchema, tokenizer) as GrammarConstraint;
    c.acceptBytes(enc.encode('{"version":2,"kind":"fixed"'));
    expect(c.isComplete).toBe(false);
    c.acceptBytes(enc.encode('}'));
    expect(c.isComplete).toBe(true);
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    expect(allowedIds(mask, tokenizer.vocabSize)).toEqual([...tokenizer.eosTokenIds].sort((x, y) => x - y));
    c.accept(vocab.eos);
    expect(() => c.accept(65)).toThrow(KindlingError);
  });
  it('deep nesting works; overlapping branches nested in each other end in an error, not a hang', () => {
    const c = createJsonSchemaConstraint(true, tokenizer);
    c.acceptBytes(enc.encode('['.repeat(3000)));
    const mask = new Uint32Array(words);
    c.fillMask(mask);
    expect(hasBit(mask, ']'.charCodeAt(0))).toBe(true);
    expect(hasBit(mask, vocab.eos)).toBe(false);
    const ambiguous: JsonSchema = {
      $defs: {
        n: {
          anyOf: [
            { type: 'array', items: { $ref: '#/$defs/n' } },
            { type: 'array', maxItems: 9, items: { $ref: '#/$defs/n' } },
            { type: 'null' },
          ],
        },
      },
      $ref: '#/$defs/n',
    };
    const d = createJsonSchemaConstraint(ambiguous, tokenizer);
    d.acceptBytes(enc.encode('[[[[['));
    d.fillMask(mask);
    expect(hasBit(mask, '['.charCodeAt(0))).toBe(true);
    try {
      d.acceptBytes(enc.encode('['.repeat(20)));
      expect.unreachable();
    } catch (e) {
      expect(KindlingError.isInstance(e) && e.code).toBe(ErrorCode.OutOfResources);
    }
  });

  it('rejects a mask too small for the vocabulary', () => {
    const c = createJsonSchemaConstraint(true, tokenizer);
    expect(() => c.fillMask(new Uint32Array(1))).toThrow(KindlingError);
  });
});

describe('responseFormat', () => {
  it('text: no constraint; json_object: an object; json_schema: either shape', () => {
    expect(createResponseFormatConstraint({ type: 'text' }, tokenizer)).toBeUndefined();
    const obj = createResponseFormatConstraint({ type: 'json_object' }, tokenizer);
    expect(obj?.allows(enc.encode('{"a":[1]}'))).toBe(true);
    expect(obj?.allows(enc.encode('['))).toBe(false);
    const a = createResponseFormatConstraint({ type: 'json_schema', schema: { type: 'boolean' } }, tokenizer);
    const b = createResponseFormatConstraint(
      { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'boolean' } } },
      tokenizer,
    );
    for (const c of [a, b]) {
      expect(c?.allows(enc.encode('true'))).toBe(true);
      expect(c?.allows(enc.encode('1'))).toBe(false);
    }
    expect(() => createResponseFormatConstraint({ type: 'xml' } as never, tokenizer)).toThrow(KindlingError);
  });
});

describe('validateValue (the subset parseToolCalls checks against)', () => {
  it('agrees with JSON Schema on the supported keywords', () => {
    const s = SCHEMAS.nested as JsonSchema;
    const good = { user: { name: 'a', address: { zip: '12345' } }, tags: ['x'] };
    expect(validateValue(s, good)).toBe(true);
    expect(validateValue(s, { ...good, tags: [] })).toBe(false);
    expect(validateValue(s, { ...good, extra: 1 })).toBe(false);
    expect(validateValue(s, { ...good, user: { ...good.user, age: 1.5 } })).toBe(false);
    expect(validateValue(SCHEMAS.tree, { label: 'a', children: [{ label: 'b', children: [] }] })).toBe(true);
    expect(validateValue(SCHEMAS.tree, { label: 'a', children: [{ label: 3 }] })).toBe(false);
    expect(validateValue(SCHEMAS.oneOfDisjoint, 'abc')).toBe(true);
    expect(validateValue(SCHEMAS.oneOfDisjoint, 'ab')).toBe(false);
    expect(validateValue({ type: 'string', maxLength: 1 }, '😀')).toBe(true);
  });
});
