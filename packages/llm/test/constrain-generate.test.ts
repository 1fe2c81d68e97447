import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema, createJsonSchemaConstraint } from '../src/index.js';
import { generate, text } from './constrain-harness.js';
import { SCHEMAS } from './constrain-schemas.js';
import { prng, testVocab } from './constrain-vocab.js';

const vocab = testVocab();
const ajv = new Ajv2020({ strict: false, validateFormats: false });

const RUNS = 60;
const MAX_TOKENS = 400;

describe('seeded generations under a JSON Schema constraint', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: ${RUNS} generations end, parse and validate`, () => {
      const validate = ajv.compile(schema as object);
      const compiled = compileJsonSchema(schema);
      const rng = prng(0x5eed + name.length * 7919);
      const seen = new Set<string>();
      for (let run = 0; run < RUNS; run++) {
        const c = createJsonSchemaConstraint(compiled, vocab.tokenizer);
        // Check the mask against brute force at every step of the first generations.
        const g = generate(c, vocab, rng, {
          freeSteps: Math.floor(rng() * 60),
          maxTokens: MAX_TOKENS,
          checkEvery: run < 8 ? 1 : 7,
        });
        const out = text(g);
        let value: unknown;
        expect(() => {
          value = JSON.parse(out);
        }, out).not.toThrow();
        expect(validate(value), `${out}\n${JSON.stringify(validate.errors)}`).toBe(true);
        expect(g.tokens.length).toBeLessThanOrEqual(g.freeSteps + Math.max(g.leftAtClose, 0) + 1);
        seen.add(out);
      }
      // The fake model explores: generations differ.
      if (name !== 'enumMixed' && name !== 'constObject') expect(seen.size).toBeGreaterThan(5);
    });
  }
});
