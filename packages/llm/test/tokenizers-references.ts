import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The committed tokenizer fixtures and what the Python libraries produced for them. */
const FIXTURES = new URL('./fixtures/tokenizers/', import.meta.url);

interface ReferenceCase {
  ids: number[];
  idsNoSpecial: number[];
  decoded: string;
  decodedSkip: string;
}

export interface References {
  strings: string[];
  tokenizers: Record<
    string,
    { kind: string; pattern?: string; specialTokens?: Record<string, number>; cases: ReferenceCase[] }
  >;
}

export const references: References = JSON.parse(readFileSync(new URL('references.json', FIXTURES), 'utf8'));

/** Bytes of a fixture (`.gz` files unpacked). */
export function fixtureBytes(name: string): Uint8Array {
  const bytes = readFileSync(new URL(name, FIXTURES));
  return new Uint8Array(name.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}
