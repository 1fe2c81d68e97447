import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closestMatch, parseArgs } from '../src/args.js';
import { main } from '../src/index.js';

const add = fileURLToPath(new URL('../../../fixtures/upstream/executorch__apple_add.pte', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kindling-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('parseArgs (util.parseArgs tokens, our checks)', () => {
  it('reads values, flags, short names, = and --', () => {
    const p = parseArgs(
      ['a.pte', '--method=m', '-o', 'out', '--json', '--inputs', 'x.npy', '--inputs', 'y.npy', '--', '--b'],
      ['method', 'output', 'inputs'],
      ['json'],
      { o: 'output' },
    );
    expect(p.positional).toEqual(['a.pte', '--b']);
    expect([...p.flags]).toEqual(['json']);
    expect(Object.fromEntries(p.options)).toEqual({ method: ['m'], output: ['out'], inputs: ['x.npy', 'y.npy'] });
    expect(parseArgs(['-ofile'], ['output'], [], { o: 'output' }).options.get('output')).toEqual(['file']);
    // A value that starts with "-" but is not an option (a negative number, stdin's "-") is a value.
    expect(parseArgs(['--threads', '-1'], ['threads'], []).options.get('threads')).toEqual(['-1']);
    expect(parseArgs(['-h'], [], []).flags.has('help')).toBe(true);
  });

  it('names what is wrong, with the closest known option', () => {
    expect(errorOf(() => parseArgs(['--jsn'], ['method'], ['json']))).toBe(
      'unknown option --jsn (did you mean --json?)',
    );
    expect(errorOf(() => parseArgs(['--metod', 'x'], ['method'], ['json']))).toBe(
      'unknown option --metod (did you mean --method?)',
    );
    expect(errorOf(() => parseArgs(['--zzzzzz'], ['method'], ['json']))).toBe('unknown option --zzzzzz');
    expect(errorOf(() => parseArgs(['-x'], ['method'], []))).toBe('unknown option -x');
    expect(errorOf(() => parseArgs(['--method'], ['method'], []))).toBe('--method needs a value');
    expect(errorOf(() => parseArgs(['--method', '--json'], ['method'], ['json']))).toBe(
      '--method needs a value (it is followed by --json)',
    );
    expect(errorOf(() => parseArgs(['--json=1'], [], ['json']))).toBe('--json does not take a value');
    // Control characters in an option name are shown escaped.
    expect(errorOf(() => parseArgs(['--a\x1b[2J'], [], []))).toBe('unknown option --a\\x1b[2J');
  });

  it('closestMatch: near names, unique prefixes, nothing for the far-off', () => {
    expect(closestMatch('insepct', ['inspect', 'run', 'lower'])).toBe('inspect');
    expect(closestMatch('rn', ['inspect', 'run', 'lower'])).toBe('run');
    expect(closestMatch('thread', ['threads', 'method'])).toBe('threads');
    expect(closestMatch('out', ['output', 'report'])).toBe('output');
    expect(closestMatch('banana', ['inspect', 'run', 'lower'])).toBeUndefined();
    expect(closestMatch('run', ['inspect', 'run'])).toBeUndefined();
  });
});

describe('the kindling command', () => {
  it('suggests the nearest command and option', async () => {
    const r = await cli('insepct', add);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe('error: InvalidArgument: unknown command "insepct" (did you mean inspect?)');
    expect((await cli('bnech', add)).err.split('\n')[0]).toMatch(/did you mean bench\?/);
    expect((await cli('--verison')).err.split('\n')[0]).toBe(
      'error: InvalidArgument: unknown option --verison (did you mean --version?)',
    );
    const o = await cli('inspect', add, '--jsno');
    expect(o).toMatchObject({ code: 1, err: 'error: InvalidArgument: unknown option --jsno (did you mean --json?)' });
    const run = await cli('run', add, '--thread', '2');
    expect(run.err).toBe('error: InvalidArgument: unknown option --thread (did you mean --threads?)');
  });

  it('help COMMAND shows the usage of the command', async () => {
    const r = await cli('help', 'bench');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: kindling bench FILE\.pte/);
    expect((await cli('help', 'lower')).out).toMatch(/^usage: kindling lower/);
  });

  it('names a missing required option', async () => {
    const out = join(dir, 'never.pte');
    expect(await cli('lower', add, '--backend', 'portable')).toMatchObject({
      code: 1,
      err: 'error: InvalidArgument: missing required option --output (-o) OUT.pte (kindling lower --help shows the usage)',
    });
    expect((await cli('lower', add, '-o', out)).err).toBe(
      'error: InvalidArgument: missing required option --backend BACKEND[,BACKEND] (kindling lower --help shows the usage)',
    );
    expect((await cli('lower', '--backend', 'portable', '-o', out)).err).toMatch(/missing the program to lower/);
    expect((await cli('select', add)).err).toMatch(
      /^error: InvalidArgument: missing required option -o FILE \(or --wasm FILE\)/,
    );
    expect((await cli('bench')).err).toMatch(/^error: InvalidArgument: missing the program to time/);
  });

  it('suggests the short backend name a typo is closest to', async () => {
    const r = await cli('run', add, '--backend', 'xnnpak');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^error: NotFound: unknown backend "xnnpak" \(did you mean xnnpack\?\): not a short name \(xnnpack, webgpu, coreml, portable\), and backend package "xnnpak" is not installed/,
    );
    expect((await cli('run', add, '--backend', 'portible')).err).toMatch(/did you mean portable\?/);
  });
});
