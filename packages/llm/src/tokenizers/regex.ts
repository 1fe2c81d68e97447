/**
 * Regular expressions of tokenizer files (Oniguruma in HuggingFace `tokenizers`, fancy-regex in
 * tiktoken) rewritten into JavaScript's Unicode regular expressions.
 */
import { unsupported } from './errors.js';

/** Whitespace as Oniguruma's Unicode `\s` (the White_Space property, NEL included). */
const SPACE = '\\p{White_Space}';
const NOT_SPACE = '\\P{White_Space}';
/** Oniguruma's Unicode `\w`: letters, marks, decimal digits, connector punctuation. */
const WORD_CLASS = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';

/**
 * Rewrites a pattern into JavaScript syntax (used with the `u` and `g` flags): `(?i:...)` groups
 * become case pairs, possessive quantifiers (`?+ *+ ++ }+`) become greedy ones (the tokenizer
 * patterns never need their backtracking), `\s \S \w \d` take their Unicode meaning.
 */
function toJsPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  /** Depth of open groups, and the depths at which a case-insensitive group started. */
  const groups: boolean[] = [];
  let caseless = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw unsupported('pattern ends with a backslash', { pattern });
      i++;
      if (next === 's') out += inClass ? SPACE : `[${SPACE}]`;
      else if (next === 'S') out += inClass ? NOT_SPACE : `[${NOT_SPACE}]`;
      else if (next === 'w') out += inClass ? WORD_CLASS : `[${WORD_CLASS}]`;
      else if (next === 'W') {
        if (inClass) throw unsupported('\\W inside a character class', { pattern });
        out += `[^${WORD_CLASS}]`;
      } else if (next === 'd') out += '\\p{Nd}';
      else if (next === 'p' || next === 'P') {
        const end = pattern.indexOf('}', i);
        if (pattern[i + 1] !== '{' || end < 0) throw unsupported('malformed \\p{...}', { pattern });
        out += `\\${next}${pattern.slice(i + 1, end + 1)}`;
        i = end;
      } else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += caseless > 0 && /[a-zA-Z]/.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (pattern[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (pattern[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(') {
      if (pattern.startsWith('(?i:', i)) {
        groups.push(true);
        caseless++;
        out += '(?:';
        i += 3;
      } else {
        groups.push(false);
        out += c;
      }
      continue;
    }
    if (c === ')') {
      if (groups.pop()) caseless--;
      out += c;
      continue;
    }
    if ((c === '+' || c === '?' || c === '*' || c === '}') && pattern[i + 1] === '+') {
      out += c;
      i++;
      continue;
    }
    if (caseless > 0 && /[a-zA-Z]/.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
      continue;
    }
    out += c;
  }
  return out;
}

/** A global Unicode RegExp of a tokenizer pattern; a pattern JavaScript rejects is `NotSupported`. */
export function compilePattern(pattern: string): RegExp {
  const source = toJsPattern(pattern);
  try {
    return new RegExp(source, 'gu');
  } catch (cause) {
    throw unsupported(`the pattern cannot be used: ${(cause as Error).message}`, { pattern, source });
  }
}

/** Splits `text` into the matches of `regex` and the text between them (non-empty pieces, in order). */
export function splitIsolated(text: string, regex: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** GPT-2's pre-tokenizer pattern (HuggingFace `ByteLevel` with `use_regex`). */
export const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

/** tiktoken's `cl100k_base` pre-tokenizer pattern. */
export const CL100K_BASE_PATTERN =
  "'(?i:[sdmt]|ll|ve|re)|[^\\r\\n\\p{L}\\p{N}]?+\\p{L}++|\\p{N}{1,3}+| ?[^\\s\\p{L}\\p{N}]++[\\r\\n]*+|\\s++$|\\s*[\\r\\n]|\\s+(?!\\S)|\\s";

/** tiktoken's `o200k_base` pre-tokenizer pattern. */
export const O200K_BASE_PATTERN = [
  "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
  "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
  '\\p{N}{1,3}',
  ' ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*',
  '\\s*[\\r\\n]+',
  '\\s+(?!\\S)',
  '\\s+',
].join('|');
