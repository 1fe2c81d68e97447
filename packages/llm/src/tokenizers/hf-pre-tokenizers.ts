/** HuggingFace `tokenizer.json` pre-tokenizers: split normalized text into the words a model sees. */
import { malformed, unsupported } from './errors.js';
import { compilePattern, GPT2_PATTERN, splitIsolated } from './regex.js';
import { utf8Encode } from './utf8.js';

/** A piece of text; `atStart` when it begins at the start of its segment of the input. */
interface Piece {
  text: string;
  atStart: boolean;
}

export type PreTokenize = (pieces: Piece[]) => Piece[];

type Json = Record<string, unknown>;

/** GPT-2's table from bytes to printable characters (ByteLevel). */
const BYTE_TO_CHAR: readonly string[] = (() => {
  const table: string[] = new Array(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    table[b] = String.fromCharCode(printable ? b : 256 + extra++);
  }
  return table;
})();

/** Inverse of {@link BYTE_TO_CHAR}. */
export const CHAR_TO_BYTE: ReadonlyMap<string, number> = new Map(BYTE_TO_CHAR.map((c, b) => [c, b]));

/** Text as ByteLevel characters (one per UTF-8 byte). */
function toByteLevel(text: string): string {
  let out = '';
  for (const b of utf8Encode(text)) out += BYTE_TO_CHAR[b];
  return out;
}

type Behavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';

/** Splits `text` at the spans `matches` (start, end pairs) with a HuggingFace split behaviour. */
function splitWith(text: string, spans: Array<[number, number]>, behavior: Behavior): string[] {
  const parts: Array<{ s: string; match: boolean }> = [];
  let last = 0;
  for (const [start, end] of spans) {
    if (start > last) parts.push({ s: text.slice(last, start), match: false });
    parts.push({ s: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) parts.push({ s: text.slice(last), match: false });
  const out: string[] = [];
  switch (behavior) {
    case 'Removed':
      for (const p of parts) if (!p.match) out.push(p.s);
      break;
    case 'Isolated':
      for (const p of parts) out.push(p.s);
      break;
    case 'Contiguous': {
      let prevMatch: boolean | undefined;
      for (const p of parts) {
        if (prevMatch === p.match && p.match && out.length > 0) out[out.length - 1] += p.s;
        else out.push(p.s);
        prevMatch = p.match;
      }
      break;
    }
    case 'MergedWithPrevious': {
      let prevMatch = false;
      for (const p of parts) {
        if (p.match && !prevMatch && out.length > 0) out[out.length - 1] += p.s;
        else out.push(p.s);
        prevMatch = p.match;
      }
      break;
    }
    case 'MergedWithNext': {
      let pending = '';
      for (const p of parts) {
        if (p.match) {
          if (pending) out.push(pending);
          pending = p.s;
        } else {
          out.push(pending + p.s);
          pending = '';
        }
      }
      if (pending) out.push(pending);
      break;
    }
  }
  return out.filter((s) => s.length > 0);
}

function regexSpans(text: string, regex: RegExp, invert: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  if (!invert) return spans;
  const inverted: Array<[number, number]> = [];
  let last = 0;
  for (const [s, e] of spans) {
    if (s > last) inverted.push([last, s]);
    last = e;
  }
  if (last < text.length) inverted.push([last, text.length]);
  return inverted;
}

function charSpans(text: string, test: (c: string) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  for (const c of text) {
    if (test(c)) spans.push([i, i + c.length]);
    i += c.length;
  }
  return spans;
}

/** Maps each piece through `split`; the first part of a piece that was at the start stays at the start. */
function eachPiece(split: (text: string, atStart: boolean) => string[]): PreTokenize {
  return (pieces) => {
    const out: Piece[] = [];
    for (const piece of pieces) {
      split(piece.text, piece.atStart).forEach((text, i) => {
        out.push({ text, atStart: piece.atStart && i === 0 });
      });
    }
    return out;
  };
}

const NUMERIC = /\p{N}/u;
const WHITESPACE = /\p{White_Space}/u;
const BERT_PUNCTUATION = /[!-/:-@[-`{-~]|\p{P}/u;

function behaviorOf(value: unknown): Behavior {
  const names: Behavior[] = ['Removed', 'Isolated', 'MergedWithPrevious', 'MergedWithNext', 'Contiguous'];
  if (names.includes(value as Behavior)) return value as Behavior;
  throw malformed(`unknown split behavior ${String(value)}`, { component: 'pre_tokenizer' });
}

/** The pre-tokenizer a `tokenizer.json` describes (none for `null`). */
export function createPreTokenizer(config: unknown): PreTokenize {
  if (config === null || config === undefined) return (pieces) => pieces;
  const c = config as Json;
  switch (c.type) {
    case 'Sequence': {
      const parts = ((c.pretokenizers as unknown[]) ?? []).map(createPreTokenizer);
      return (pieces) => parts.reduce((acc, f) => f(acc), pieces);
    }
    case 'ByteLevel': {
      const addPrefixSpace = c.add_prefix_space === true;
      const useRegex = c.use_regex !== false;
      const regex = compilePattern(GPT2_PATTERN);
      const split = eachPiece((text) => {
        const spaced = addPrefixSpace && !text.startsWith(' ') ? ` ${text}` : text;
        return useRegex ? splitIsolated(spaced, regex) : [spaced];
      });
      return (pieces) => split(pieces).map((p) => ({ text: toByteLevel(p.text), atStart: p.atStart }));
    }
    case 'Digits': {
      const behavior: Behavior = c.individual_digits === true ? 'Isolated' : 'Contiguous';
      return eachPiece((text) =>
        splitWith(
          text,
          charSpans(text, (ch) => NUMERIC.test(ch)),
          behavior,
        ),
      );
    }
    case 'Split': {
      const pattern = c.pattern as Json | undefined;
      let regex: RegExp;
      if (pattern && typeof pattern.Regex === 'string') regex = compilePattern(pattern.Regex);
      else if (pattern && typeof pattern.String === 'string') {
        regex = new RegExp(pattern.String.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
      } else throw malformed('Split needs a String or Regex pattern', { component: 'pre_tokenizer' });
      const behavior = behaviorOf(c.behavior);
      const invert = c.invert === true;
      return eachPiece((text) => splitWith(text, regexSpans(text, regex, invert), behavior));
    }
    case 'Metaspace': {
      const replacement = String(c.replacement ?? '\u2581');
      const scheme = c.prepend_scheme ?? (c.add_prefix_space === false ? 'never' : 'always');
      const split = c.split !== false;
      return eachPiece((text, atStart) => {
        let out = text.split(' ').join(replacement);
        const prepend = scheme === 'always' || (scheme === 'first' && atStart);
        if (prepend && !out.startsWith(replacement)) out = replacement + out;
        if (!split) return [out];
        return splitWith(
          out,
          charSpans(out, (ch) => ch === replacement),
          'MergedWithNext',
        );
      });
    }
    case 'BertPreTokenizer':
      return eachPiece((text) => {
        const words = splitWith(
          text,
          charSpans(text, (ch) => WHITESPACE.test(ch)),
          'Removed',
        );
        return words.flatMap((w) =>
          splitWith(
            w,
            charSpans(w, (ch) => BERT_PUNCTUATION.test(ch)),
            'Isolated',
          ),
        );
      });
    case 'WhitespaceSplit':
      return eachPiece((text) =>
        splitWith(
          text,
          charSpans(text, (ch) => WHITESPACE.test(ch)),
          'Removed',
        ),
      );
    case 'Whitespace': {
      const regex = /[\p{L}\p{M}\p{Nd}\p{Pc}]+|[^\p{L}\p{M}\p{Nd}\p{Pc}\p{White_Space}]+/gu;
      return eachPiece((text) => Array.from(text.matchAll(regex), (m) => m[0]));
    }
    case 'Punctuation': {
      const behavior = behaviorOf(c.behavior ?? 'Isolated');
      return eachPiece((text) =>
        splitWith(
          text,
          charSpans(text, (ch) => BERT_PUNCTUATION.test(ch)),
          behavior,
        ),
      );
    }
    default:
      throw unsupported(`pre-tokenizer ${String(c.type)} is not supported`, {
        component: 'pre_tokenizer',
        type: c.type,
      });
  }
}
