import { errorCodeName, KindlingError } from '@kindling/core';

/** Where a command writes: standard output and standard error, one line (or block) per call. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Writes to the process's standard streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Characters a terminal may act on rather than show: C0 controls, DEL, C1 controls (U+0080-U+009F,
 * e.g. U+009B, a one-byte CSI on some terminals), the line and paragraph separators, and the
 * bidirectional overrides and isolates that reorder what is shown ("Trojan Source").
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw inside strings (it escapes U+0000-U+001F itself). */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character shown as an escape (`\x1b`, `\x9b`, `\n`, `\u202e`), so that
 * names read from a file (methods, operators, delegate ids, tensor keys) cannot move the cursor,
 * retitle the window or reorder the line. A newline is escaped too: the result is one line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** Like {@link escapeControls}, but keeps line feeds: for text the CLI lays out in lines itself. */
function escapeControlsKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escapeOne);
}

/**
 * `JSON.stringify(value, null, indent)` with the characters it leaves raw (DEL, C1 controls,
 * U+2028/U+2029, bidirectional controls) written as `\uXXXX` escapes. The result parses to the same
 * value; only how the strings are spelled changes. (JSON.stringify already escapes U+0000-U+001F.)
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_RAW,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `io` with every line it is given made safe to print: control characters other than the line feeds
 * the CLI puts between lines are escaped. Names that may hold a newline themselves are escaped with
 * {@link escapeControls} where they are interpolated.
 */
export function safeIo(io: CliIo): CliIo {
  return {
    out: (text) => io.out(escapeControlsKeepingLines(text)),
    err: (text) => io.err(escapeControlsKeepingLines(text)),
  };
}

/**
 * The one line printed for a failure: `error: <CodeName>: <message>`. The whole message is kept and
 * escaped (a newline inside a name read from a file shows as `\n`); anything that is not a
 * `KindlingError` is reported as `Internal`.
 */
export function errorLine(error: unknown): string {
  if (KindlingError.isInstance(error)) return `error: ${errorCodeName(error.code)}: ${escapeControls(error.message)}`;
  const message = error instanceof Error ? error.message : String(error);
  return `error: Internal: ${escapeControls(message)}`;
}

/**
 * A copy of `value` (plain objects and arrays, as read from a file) with {@link escapeControls}
 * applied to every string in it: a summary whose names can be laid out into lines as they are.
 */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeStrings(v)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}
