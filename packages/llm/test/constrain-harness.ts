/**
 * A fake model for the constraint tests: seeded random logits over the test vocabulary, masked by
 * the constraint. For the first `freeSteps` tokens it samples uniformly among the allowed tokens;
 * after that it closes the value: it takes an end-of-sequence id as soon as one is allowed, else
 * the allowed token (among the single-byte tokens and a few random ones) after which the fewest
 * bytes complete the value. Some single byte always lowers that count by one (a byte-level
 * vocabulary has every byte, and the mask allows exactly the bytes that keep the value
 * completable), so a generation ends within freeSteps + (bytes left at that point) + 1 tokens.
 */
import { expect } from 'vitest';
import type { GrammarConstraint } from '../src/constrain/json-constraint.js';
import { allowedIds, concat, hasBit, type TestVocab } from './constrain-vocab.js';

export interface Generation {
  bytes: Uint8Array;
  tokens: number[];
  /** Bytes left to complete the value when the closing phase began. */
  leftAtClose: number;
  freeSteps: number;
}

/** Checks the constraint's mask against feeding every token's bytes into the automaton. */
export function checkMaskExact(c: GrammarConstraint, mask: Uint32Array, vocab: TestVocab): void {
  const { tokenizer } = vocab;
  const canEnd = c.canEnd;
  const wrong: number[] = [];
  for (let id = 0; id < tokenizer.vocabSize; id++) {
    let expected: boolean;
    if (tokenizer.isSpecial(id)) expected = canEnd && tokenizer.eosTokenIds.includes(id);
    else expected = c.allows(tokenizer.tokenBytes(id));
    if (expected !== hasBit(mask, id)) wrong.push(id);
  }
  expect(wrong.map((id) => ({ id, text: Array.from(tokenizer.tokenBytes(id)), masked: hasBit(mask, id) }))).toEqual([]);
}

export function generate(
  c: GrammarConstraint,
  vocab: TestVocab,
  rng: () => number,
  options: { freeSteps: number; maxTokens: number; checkEvery?: number },
): Generation {
  const { tokenizer } = vocab;
  const mask = new Uint32Array((tokenizer.vocabSize + 31) >>> 5);
  const parts: Uint8Array[] = [];
  const tokens: number[] = [];
  let leftAtClose = -1;
  for (let step = 0; step < options.maxTokens; step++) {
    c.fillMask(mask);
    if (options.checkEvery !== undefined && step % options.checkEvery === 0) checkMaskExact(c, mask, vocab);
    const allowed = allowedIds(mask, tokenizer.vocabSize);
    if (allowed.length === 0)
      throw new Error(`no token allowed after ${JSON.stringify(new TextDecoder().decode(concat(parts)))}`);
    let pick: number;
    if (step < options.freeSteps) pick = allowed[Math.floor(rng() * allowed.length)] as number;
    else {
      if (leftAtClose < 0) leftAtClose = c.remainingBytes();
      const eos = allowed.find((id) => tokenizer.eosTokenIds.includes(id));
      if (eos !== undefined) pick = eos;
      else {
        const candidates = allowed.filter((id) => id < 256);
        for (let k = 0; k < 4; k++) candidates.push(allowed[Math.floor(rng() * allowed.length)] as number);
        let best = Number.POSITIVE_INFINITY;
        pick = -1;
        for (const id of candidates) {
          if (tokenizer.isSpecial(id)) continue;
          const r = c.remainingAfter(tokenizer.tokenBytes(id));
          if (r < best || (r === best && rng() < 0.5)) {
            best = r;
            pick = id;
          }
        }
      }
    }
    if (tokenizer.eosTokenIds.includes(pick)) {
      c.accept(pick);
      return { bytes: concat(parts), tokens, leftAtClose, freeSteps: options.freeSteps };
    }
    c.accept(pick);
    tokens.push(pick);
    parts.push(tokenizer.tokenBytes(pick));
  }
  throw new Error(
    `no end within ${options.maxTokens} tokens: ${JSON.stringify(new TextDecoder().decode(concat(parts)))}`,
  );
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** The generated text; throws on malformed UTF-8. */
export function text(g: Generation): string {
  return strict.decode(g.bytes);
}
