/** HuggingFace `tokenizer.json` decoders (token strings to text), and the bytes of one token. */
import { unsupported } from './errors.js';
import { CHAR_TO_BYTE } from './hf-pre-tokenizers.js';
import { utf8Decode, utf8Encode } from './utf8.js';

type Json = Record<string, unknown>;

export type DecodeChain = (tokens: string[]) => string[];

const BYTE_TOKEN = /^<0x([0-9A-Fa-f]{2})>$/;

/** Bytes of a ByteLevel token; a token with a character outside the table is taken as UTF-8. */
function byteLevelBytes(token: string): Uint8Array {
  const out: number[] = [];
  for (const c of token) {
    const b = CHAR_TO_BYTE.get(c);
    if (b === undefined) return utf8Encode(token);
    out.push(b);
  }
  return Uint8Array.from(out);
}

const CLEANUPS: Array<[string, string]> = [
  [' .', '.'],
  [' ?', '?'],
  [' !', '!'],
  [' ,', ','],
  [" ' ", "'"],
  [" n't", "n't"],
  [" 'm", "'m"],
  [' do not', " don't"],
  [" 's", "'s"],
  [" 've", "'ve"],
  [" 're", "'re"],
];

function cleanup(text: string): string {
  let out = text;
  for (const [from, to] of CLEANUPS) out = out.split(from).join(to);
  return out;
}

/** The decoder a `tokenizer.json` describes; tokens joined with spaces for `null`. */
export function createDecoder(config: unknown): DecodeChain {
  if (config === null || config === undefined) return (tokens) => [tokens.join(' ')];
  const c = config as Json;
  switch (c.type) {
    case 'Sequence': {
      const parts = ((c.decoders as unknown[]) ?? []).map(createDecoder);
      return (tokens) => parts.reduce((acc, f) => f(acc), tokens);
    }
    case 'ByteLevel':
      return (tokens) => {
        const bytes: number[] = [];
        for (const t of tokens) bytes.push(...byteLevelBytes(t));
        return [utf8Decode(Uint8Array.from(bytes))];
      };
    case 'Replace': {
      const pattern = c.pattern as Json | undefined;
      if (!pattern || typeof pattern.String !== 'string') {
        throw unsupported('Replace decoder needs a String pattern', { component: 'decoder' });
      }
      const from = pattern.String;
      const to = String(c.content ?? '');
      return (tokens) => tokens.map((t) => t.split(from).join(to));
    }
    case 'ByteFallback':
      return (tokens) => {
        const out: string[] = [];
        let pending: number[] = [];
        const flush = (): void => {
          if (pending.length === 0) return;
          const decoded = new TextDecoder('utf-8', { fatal: true });
          try {
            out.push(decoded.decode(Uint8Array.from(pending)));
          } catch {
            for (let i = 0; i < pending.length; i++) out.push('\ufffd');
          }
          pending = [];
        };
        for (const t of tokens) {
          const m = BYTE_TOKEN.exec(t);
          if (m) pending.push(Number.parseInt(m[1] as string, 16));
          else {
            flush();
            out.push(t);
          }
        }
        flush();
        return out;
      };
    case 'Fuse':
      return (tokens) => [tokens.join('')];
    case 'Strip': {
      const content = String(c.content ?? ' ');
      const start = Number(c.start ?? 0);
      const stop = Number(c.stop ?? 0);
      return (tokens) =>
        tokens.map((t) => {
          const chars = Array.from(t);
          let s = 0;
          while (s < start && chars[s] === content) s++;
          let e = chars.length;
          while (chars.length - e < stop && e > s && chars[e - 1] === content) e--;
          return chars.slice(s, e).join('');
        });
    }
    case 'Metaspace': {
      const replacement = String(c.replacement ?? '\u2581');
      const scheme = c.prepend_scheme ?? (c.add_prefix_space === false ? 'never' : 'always');
      return (tokens) =>
        tokens.map((t, i) => {
          let out = t.split(replacement).join(' ');
          if (i === 0 && scheme !== 'never' && out.startsWith(' ')) out = out.slice(1);
          return out;
        });
    }
    case 'WordPiece': {
      const prefix = String(c.prefix ?? '##');
      const clean = c.cleanup !== false;
      return (tokens) =>
        tokens.map((t, i) => {
          let out = t;
          if (i !== 0) out = out.startsWith(prefix) ? out.slice(prefix.length) : ` ${out}`;
          return clean ? cleanup(out) : out;
        });
    }
    case 'BPEDecoder': {
      const suffix = String(c.suffix ?? '</w>');
      return (tokens) => tokens.map((t, i) => t.split(suffix).join(i === tokens.length - 1 ? '' : ' '));
    }
    default:
      throw unsupported(`decoder ${String(c.type)} is not supported`, { component: 'decoder', type: c.type });
  }
}

/** How the text of one token is found in the middle of generated text, from the decoder's kinds. */
export function createTokenText(config: unknown): (token: string) => Uint8Array {
  const steps: Array<(t: string) => string> = [];
  let byteLevel = false;
  const visit = (d: unknown): void => {
    if (d === null || d === undefined) return;
    const c = d as Json;
    if (c.type === 'Sequence') ((c.decoders as unknown[]) ?? []).forEach(visit);
    else if (c.type === 'ByteLevel') byteLevel = true;
    else if (c.type === 'Replace') {
      const from = String((c.pattern as Json | undefined)?.String ?? '');
      const to = String(c.content ?? '');
      if (from) steps.push((t) => t.split(from).join(to));
    } else if (c.type === 'Metaspace') {
      const replacement = String(c.replacement ?? '\u2581');
      steps.push((t) => t.split(replacement).join(' '));
    } else if (c.type === 'WordPiece') {
      const prefix = String(c.prefix ?? '##');
      steps.push((t) => (t.startsWith(prefix) ? t.slice(prefix.length) : ` ${t}`));
    }
  };
  visit(config);
  if (byteLevel) return byteLevelBytes;
  return (token) => {
    const m = BYTE_TOKEN.exec(token);
    if (m) return Uint8Array.of(Number.parseInt(m[1] as string, 16));
    return utf8Encode(steps.reduce((acc, f) => f(acc), token));
  };
}
