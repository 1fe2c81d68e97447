import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { validateValue } from '../src/constrain/validate.js';
import { compileJsonSchema, createJsonSchemaConstraint } from '../src/index.js';
import type { JsonSchema } from '../src/types.js';
import { prng, testVocab } from './constrain-vocab.js';

const { tokenizer } = testVocab();
const enc = new TextEncoder();

/** Whether the constraint of `compiled` admits exactly `text` as a complete value. */
function admits(compiled: ReturnType<typeof compileJsonSchema>, text: string): boolean {
  const c = createJsonSchemaConstraint(compiled, tokenizer);
  const bytes = enc.encode(text);
  if (!c.allows(bytes)) return false;
  c.acceptBytes(bytes);
  return c.canEnd;
}

/** The documented form of a bounded number: no exponent, at most 16 integer and 16 fraction digits. */
const CANONICAL = /^-?(0|[1-9]\d{0,15})(\.\d{1,16})?$/;

function randomDigits(rng: () => number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String(Math.floor(rng() * 10));
  return s;
}

/** Number texts: random ones, and ones next to `anchors` (the bounds), digit by digit. */
function candidates(rng: () => number, anchors: readonly number[], count: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng();
    if (r < 0.4 || anchors.length === 0) {
      const sign = rng() < 0.4 ? '-' : '';
      const intLen = Math.floor(rng() * (rng() < 0.7 ? 4 : 17));
      const int = intLen === 0 ? '0' : String(1 + Math.floor(rng() * 9)) + randomDigits(rng, intLen - 1);
      const frac = rng() < 0.5 ? '' : `.${randomDigits(rng, 1 + Math.floor(rng() * (rng() < 0.7 ? 4 : 16)))}`;
      out.push(sign + int + frac);
    } else {
      // A bound's text, with a digit changed, cut, or extended.
      const a = anchors[Math.floor(rng() * anchors.length)] as number;
      let t = a.toFixed(Math.floor(rng() * 17));
      if (rng() < 0.5) t = String(a);
      const chars = t.split('');
      const pos = Math.floor(rng() * chars.length);
      const op = rng();
      if (op < 0.3 && /\d/.test(chars[pos] ?? '')) chars[pos] = String(Math.floor(rng() * 10));
      else if (op < 0.5) chars.push(String(Math.floor(rng() * 10)));
      else if (op < 0.6) chars.length = Math.max(1, pos);
      else if (op < 0.7) chars.unshift('-');
      out.push(chars.join(''));
    }
  }
  return out;
}

describe('number ranges: admitted exactly when JSON.parse gives a value in range', () => {
  const cases: JsonSchema[] = [
    { type: 'number', minimum: 0, maximum: 1 },
    { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    { type: 'number', minimum: -2.5, maximum: 3.75 },
    { type: 'number', minimum: 0.1 },
    { type: 'number', exclusiveMinimum: 0.1, maximum: 0.30000000000000004 },
    { type: 'number', maximum: -0.001 },
    { type: 'number', exclusiveMaximum: 0 },
    { type: 'number', minimum: -0 },
    { type: 'number', minimum: 1e-20, maximum: 1e-10 },
    { type: 'number', minimum: 9007199254740992, maximum: 9007199254740996 },
    { type: 'number', exclusiveMinimum: 9007199254740992 },
    { type: 'number', minimum: -123456.789, exclusiveMaximum: -123456.7 },
    { type: 'number', minimum: 12.5, maximum: 12.5 },
    { type: 'number', minimum: -1e20, maximum: 99.99 },
  ];
  for (const [k, schema] of cases.entries()) {
    it(JSON.stringify(schema), () => {
      const s = schema as Record<string, number>;
      const compiled = compileJsonSchema(schema);
      const anchors = [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum].filter(
        (x): x is number => x !== undefined,
      );
      const rng = prng(77 + k);
      let inRange = 0;
      const wrong: string[] = [];
      for (const text of candidates(rng, anchors, 3000)) {
        const valid = CANONICAL.test(text) && validateValue(schema, JSON.parse(text));
        if (valid) inRange++;
        if (admits(compiled, text) !== valid) wrong.push(text);
      }
      expect(wrong).toEqual([]);
      expect(inRange).toBeGreaterThan(20);
    });
  }
  it('bounded numbers have no exponent; unbounded ones keep theirs', () => {
    expect(admits(compileJsonSchema({ type: 'number', minimum: 0 }), '1e2')).toBe(false);
    expect(admits(compileJsonSchema({ type: 'number' }), '1e2')).toBe(true);
  });
  it('an empty range is an error', () => {
    for (const schema of [
      { type: 'number', minimum: 2, maximum: 1 },
      { type: 'number', exclusiveMinimum: 1, exclusiveMaximum: 1 },
      { type: 'number', exclusiveMinimum: 1, maximum: 1 },
      { type: 'number', minimum: 1e17 },
      { type: 'number', minimum: 1e20 },
      { type: 'number', maximum: -1e20 },
    ]) {
      try {
        compileJsonSchema(schema);
        expect.unreachable();
      } catch (e) {
        expect(KindlingError.isInstance(e) && e.code).toBe(ErrorCode.NotSupported);
      }
    }
  });
});

describe('integer multipleOf', () => {
  const cases: JsonSchema[] = [
    { type: 'integer', multipleOf: 3 },
    { type: 'integer', multipleOf: 7, minimum: -50, maximum: 50 },
    { type: 'integer', multipleOf: 1000, minimum: 1 },
    { type: 'integer', multipleOf: 5, exclusiveMinimum: -11, exclusiveMaximum: -4 },
  ];
  for (const schema of cases) {
    it(JSON.stringify(schema), () => {
      const compiled = compileJsonSchema(schema);
      const wrong: string[] = [];
      let valid = 0;
      for (let v = -3000; v <= 3000; v++) {
        const ok = validateValue(schema, v);
        if (ok) valid++;
        if (admits(compiled, String(v)) !== ok) wrong.push(String(v));
      }
      expect(wrong).toEqual([]);
      expect(valid).toBeGreaterThan(0);
    });
  }
  it('refused on numbers and for non-integer or non-positive steps', () => {
    for (const schema of [
      { type: 'number', multipleOf: 2 },
      { type: 'integer', multipleOf: 0.5 },
      { type: 'integer', multipleOf: 0 },
    ]) {
      try {
        compileJsonSchema(schema);
        expect.unreachable();
      } catch (e) {
        expect(KindlingError.isInstance(e) && e.context.keyword).toBe('multipleOf');
      }
    }
    expect(() => compileJsonSchema({ type: 'integer', multipleOf: 4, minimum: 1, maximum: 3 })).toThrow(/no integer/);
  });
});
