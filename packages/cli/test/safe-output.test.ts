import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { escapeControls, safeJson } from '../src/io.js';

const robustness = (name: string) => fileURLToPath(new URL(`../../../fixtures/robustness/${name}`, import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n'), all: [...out, ...err].join('\n') };
}

// What every printed line must not hold: C0 controls other than the line feed, DEL, C1 controls.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const ESCAPED = '\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31m';

/** `ansi-names.pte` with each `from` byte sequence replaced by `to` (same length), in a temp file. */
function patched(from: number[], to: number[]): string {
  const bytes = new Uint8Array(readFileSync(robustness('ansi-names.pte')));
  let replaced = 0;
  for (let i = 0; i + from.length <= bytes.length; i++) {
    if (from.every((b, j) => bytes[i + j] === b)) {
      bytes.set(to, i);
      replaced++;
    }
  }
  expect(replaced).toBeGreaterThan(0);
  const path = join(mkdtempSync(join(tmpdir(), 'kindling-ansi-')), 'patched.pte');
  writeFileSync(path, bytes);
  return path;
}

describe('names from files are printed with control characters escaped', () => {
  it('inspect ansi-names.pte: method and operator names', async () => {
    const r = await cli('inspect', robustness('ansi-names.pte'));
    expect(r.code).toBe(0);
    expect(r.all).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain(`method forward${ESCAPED}  (1 instructions, 4 values)`);
    expect(r.out).toContain(`aten::add${ESCAPED}.out  x1`);
  });

  it('inspect --instructions ansi-delegate.pte: delegate id', async () => {
    const r = await cli('inspect', robustness('ansi-delegate.pte'), '--instructions');
    expect(r.code).toBe(0);
    expect(r.all).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain(`#0 Xnn${ESCAPED}: payload 432 B`);
    expect(r.out).toContain(`delegate#0<Xnn${ESCAPED}>`);
  });

  it('run: names inside error messages', async () => {
    const names = await cli('run', robustness('ansi-names.pte'));
    expect(names.code).toBe(1);
    expect(names.all).not.toMatch(RAW_CONTROL);
    expect(names.err).toMatch(/^error: OperatorMissing: method "forward\\x1b\]0;PWNED/);
    const delegate = await cli('run', robustness('ansi-delegate.pte'));
    expect(delegate.code).toBe(1);
    expect(delegate.all).not.toMatch(RAW_CONTROL);
    expect(delegate.err).toContain(`error: NotFound: method "forward" delegates to Xnn${ESCAPED} (delegate 0)`);
    expect(delegate.err.split('\n')).toHaveLength(1);
  });

  it('bench: the method name and the error of a configuration that cannot run', async () => {
    const r = await cli('bench', robustness('ansi-names.pte'), '--backend', 'portable', '--runs', '1');
    expect(r.code).toBe(1);
    expect(r.all).not.toMatch(RAW_CONTROL);
    const lines = r.out.split('\n');
    expect(lines[0]).toContain(`ansi-names.pte forward${ESCAPED}: 3 warm-up run(s)`);
    expect(lines[1]).toMatch(/^backend {2}threads {2}p10 ms/);
    expect(lines[2]).toMatch(/^portable {2}- {8}error: OperatorMissing: method "forward\\x1b\]0;PWNED/);
    const json = await cli('bench', robustness('ansi-names.pte'), '--backend', 'portable', '--json');
    expect(json.all).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out).method).toBe('forward\x1b]0;PWNED\x07\x1b[2J\x1b[31m');
  });

  it('--json: the same names, as JSON escapes that parse back to the names', async () => {
    const r = await cli('inspect', robustness('ansi-delegate.pte'), '--json');
    expect(r.code).toBe(0);
    expect(r.all).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.out).methods[0].delegates[0].id).toBe('Xnn\x1b]0;PWNED\x07\x1b[2J\x1b[31m');
  });

  it('a newline inside a name stays inside its line, as \\n', async () => {
    // BEL (0x07) becomes a line feed in both names.
    const path = patched([0x07], [0x0a]);
    const r = await cli('inspect', path);
    expect(r.code).toBe(0);
    expect(r.all).not.toMatch(RAW_CONTROL);
    const lines = r.out.split('\n');
    expect(lines).toContain('method forward\\x1b]0;PWNED\\n\\x1b[2J\\x1b[31m  (1 instructions, 4 values)');
    expect(lines).toContain('    aten::add\\x1b]0;PWNED\\n\\x1b[2J\\x1b[31m.out  x1');
    const run = await cli('run', path);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toContain('method "forward\\x1b]0;PWNED\\n\\x1b[2J');
  });

  it('C1 controls (U+009B, a one-byte CSI) are escaped in text and in --json', async () => {
    // BEL ESC (2 bytes) becomes U+009B (C2 9B in UTF-8).
    const path = patched([0x07, 0x1b], [0xc2, 0x9b]);
    const text = await cli('inspect', path);
    expect(text.all).not.toMatch(RAW_CONTROL);
    expect(text.out).toContain('method forward\\x1b]0;PWNED\\x9b[2J\\x1b[31m');
    const json = await cli('inspect', path, '--json');
    expect(json.all).not.toMatch(RAW_CONTROL);
    expect(json.out).toContain('"name": "forward\\u001b]0;PWNED\\u009b[2J\\u001b[31m"');
    expect(JSON.parse(json.out).methods[0].name).toBe('forward\x1b]0;PWNED\x9b[2J\x1b[31m');
  });

  it('an unknown command and a file name are escaped too', async () => {
    const r = await cli('\x1b[31mred');
    expect(r.err.split('\n')[0]).toBe('error: InvalidArgument: unknown command "\\x1b[31mred"');
    const missing = await cli('inspect', '/nonexistent/\x1b]0;x\x07.pte');
    expect(missing.err).toBe('error: NotFound: no such file: /nonexistent/\\x1b]0;x\\x07.pte');
  });
});

describe('escapeControls and safeJson', () => {
  it('escape C0, DEL, C1, separators and bidi controls; leave other text alone', () => {
    expect(escapeControls('a\x00b\x1b\x7f\x80\x9f\u2028\u2029\u202e\u2066\t\r\nü€😀')).toBe(
      'a\\x00b\\x1b\\x7f\\x80\\x9f\\u2028\\u2029\\u202e\\u2066\\t\\r\\nü€😀',
    );
  });

  it('JSON.stringify leaves DEL, C1 and U+2028/9 raw; safeJson does not, and parses back the same', () => {
    const value = { s: '\x7f\x85\x9b\u2028\u2029\u202e\x1b', n: [1, 2] };
    expect(JSON.stringify(value)).toMatch(/[\x7f\x85\x9b\u2028]/);
    const text = safeJson(value, 2);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('"\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\u001b"');
    expect(JSON.parse(text)).toEqual(value);
    expect(text.split('\n')).toHaveLength(JSON.stringify(value, null, 2).split('\n').length);
  });
});
