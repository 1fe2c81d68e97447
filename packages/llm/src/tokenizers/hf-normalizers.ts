/** HuggingFace `tokenizer.json` normalizers, as functions of text. */
import { malformed, unsupported } from './errors.js';
import { PrecompiledCharsmap } from './precompiled-charsmap.js';
import { compilePattern } from './regex.js';

export type Normalize = (text: string) => string;

type Json = Record<string, unknown>;

function isChineseChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b920 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

const OTHER = /\p{C}/u;
const WHITE = /\p{White_Space}/u;
const NONSPACING_MARK = /\p{Mn}/gu;

/** Lowercases character by character (no context-dependent final sigma), as Rust's `char::to_lowercase`. */
function lowercaseChars(text: string): string {
  let out = '';
  for (const c of text) out += c.toLowerCase();
  return out;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(NONSPACING_MARK, '');
}

function bertNormalizer(config: Json): Normalize {
  const cleanText = config.clean_text !== false;
  const chinese = config.handle_chinese_chars !== false;
  const lowercase = config.lowercase !== false;
  const strip = typeof config.strip_accents === 'boolean' ? config.strip_accents : lowercase;
  return (text) => {
    let out = text;
    if (cleanText) {
      let cleaned = '';
      for (const c of out) {
        if (c === '\t' || c === '\n' || c === '\r') cleaned += ' ';
        else if (c === '\0' || c === '\ufffd' || OTHER.test(c)) continue;
        else cleaned += WHITE.test(c) ? ' ' : c;
      }
      out = cleaned;
    }
    if (chinese) {
      let spaced = '';
      for (const c of out) spaced += isChineseChar(c.codePointAt(0) as number) ? ` ${c} ` : c;
      out = spaced;
    }
    if (strip) out = stripAccents(out);
    if (lowercase) out = lowercaseChars(out);
    return out;
  };
}

function replacePattern(config: Json): (text: string, content: string) => string {
  const pattern = config.pattern as Json | undefined;
  if (pattern && typeof pattern.String === 'string') {
    const literal = pattern.String;
    return (text, content) => (literal.length === 0 ? text : text.split(literal).join(content));
  }
  if (pattern && typeof pattern.Regex === 'string') {
    const regex = compilePattern(pattern.Regex);
    return (text, content) => text.replace(regex, () => content);
  }
  throw malformed('Replace needs a String or Regex pattern', { component: 'normalizer' });
}

/** The normalizer a `tokenizer.json` describes (identity for `null`). */
export function createNormalizer(config: unknown): Normalize {
  if (config === null || config === undefined) return (text) => text;
  const c = config as Json;
  switch (c.type) {
    case 'Sequence': {
      const parts = ((c.normalizers as unknown[]) ?? []).map(createNormalizer);
      return (text) => parts.reduce((acc, f) => f(acc), text);
    }
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD': {
      const form = c.type;
      return (text) => text.normalize(form);
    }
    case 'Lowercase':
      return lowercaseChars;
    case 'StripAccents':
      return (text) => text.replace(NONSPACING_MARK, '');
    case 'Strip': {
      const left = c.strip_left !== false;
      const right = c.strip_right !== false;
      return (text) => {
        let out = text;
        if (left) out = out.replace(/^\p{White_Space}+/u, '');
        if (right) out = out.replace(/\p{White_Space}+$/u, '');
        return out;
      };
    }
    case 'Prepend': {
      const prefix = String(c.prepend ?? '');
      return (text) => (text.length > 0 ? prefix + text : text);
    }
    case 'Replace': {
      const replace = replacePattern(c);
      const content = String(c.content ?? '');
      return (text) => replace(text, content);
    }
    case 'BertNormalizer':
      return bertNormalizer(c);
    case 'Precompiled': {
      const data = c.precompiled_charsmap;
      if (data === null || data === undefined || data === '') return (text) => text;
      if (typeof data !== 'string') throw malformed('Precompiled charsmap must be base64 text', {});
      const map = new PrecompiledCharsmap(base64Decode(data));
      return (text) => map.normalize(text);
    }
    default:
      throw unsupported(`normalizer ${String(c.type)} is not supported`, { component: 'normalizer', type: c.type });
  }
}

/** Bytes of standard base64 text; a character outside the alphabet is `InvalidExternalData`. */
export function base64Decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const d = BASE64.indexOf(clean[i] as string);
    if (d < 0) throw malformed('bad base64 character', { position: i });
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
