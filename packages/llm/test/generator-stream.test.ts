import { KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../src/generator/prng.js';
import { TextStream } from '../src/generator/text-stream.js';
import { concatBytes, TestTokenizer } from './generator-test-tokenizer.js';

/** Reference: decode everything at once, then cut where a stop string is first complete. */
function reference(text: string, stop: readonly string[]): { text: string; stopped: boolean } {
  for (let end = 1; end <= text.length; end++) {
    const head = text.slice(0, end);
    let start = -1;
    for (const s of stop) if (head.endsWith(s) && (start < 0 || end - s.length < start)) start = end - s.length;
    if (start >= 0) return { text: text.slice(0, start), stopped: true };
  }
  return { text, stopped: false };
}

const tokenizer = new TestTokenizer();

function run(ids: readonly number[], stop: readonly string[]): { chunks: string[]; stopped: boolean } {
  const stream = new TextStream(stop);
  const chunks = ids.map((id) => stream.push(tokenizer.tokenBytes(id)));
  chunks.push(stream.finish());
  return { chunks, stopped: stream.stopped };
}

describe('TextStream', () => {
  it('never splits a multi-byte character and equals one-shot decoding', () => {
    const ids = tokenizer.encode('€😀 é! ça 日本語 €');
    const { chunks } = run(ids, []);
    for (const c of chunks) expect(c).not.toContain('\uFFFD');
    expect(chunks.join('')).toBe('€😀 é! ça 日本語 €');
  });

  it('random token streams (invalid UTF-8 included) decode like TextDecoder on all the bytes', () => {
    const rng = Xoshiro128.fromSeed(1);
    for (let trial = 0; trial < 200; trial++) {
      const ids = Array.from({ length: 30 }, () => 6 + Math.floor(rng.next() * 506));
      const whole = new TextDecoder().decode(concatBytes(ids.map((id) => tokenizer.tokenBytes(id))));
      expect(run(ids, []).chunks.join('')).toBe(whole);
    }
  });

  it('cuts at stop strings spanning tokens, never emitting them, whatever the tokenization', () => {
    const rng = Xoshiro128.fromSeed(2);
    const words = ['the', ' END', 'ST', 'OP', ' a', 'é', '€', 'S', 'TOP', 'EN', 'D', 'x'];
    const stops = [['STOP'], ['END', 'STOP'], ['é€'], ['TOPx', 'OP'], ['the the']];
    for (let trial = 0; trial < 300; trial++) {
      const text = Array.from({ length: 12 }, () => words[Math.floor(rng.next() * words.length)]).join('');
      const stop = stops[trial % stops.length] as string[];
      const want = reference(text, stop);
      // The same text split into tokens two ways: greedy pieces, and single bytes.
      const greedy = tokenizer.encode(text);
      const bytes = [...new TextEncoder().encode(text)].map((b) => 6 + b);
      for (const ids of [greedy, bytes]) {
        const got = run(ids, stop);
        expect(got.chunks.join('')).toBe(want.text);
        expect(got.stopped).toBe(want.stopped);
        for (const s of stop) expect(got.chunks.join('')).not.toContain(s);
      }
    }
  });

  it('holds back a possible stop prefix and releases it once it is not one', () => {
    const stream = new TextStream(['STOP']);
    expect(stream.push(new TextEncoder().encode('abST'))).toBe('ab');
    expect(stream.push(new TextEncoder().encode('x'))).toBe('STx');
    expect(stream.push(new TextEncoder().encode('ST'))).toBe('');
    expect(stream.finish()).toBe('ST');
  });

  it('rejects empty stop strings', () => {
    expect(() => new TextStream([''])).toThrow(KindlingError);
  });
});
