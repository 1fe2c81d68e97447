import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress, noColorRequested, type ProgressStream } from '../src/progress.js';

function stream(isTTY: boolean | undefined, colours = true): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns: 40, hasColors: () => colours, write: (t: string) => written.push(t), written };
}

/** A clock that moves 1 s per reading, so that every update redraws. */
function clock() {
  let t = 0;
  return () => {
    t += 1000;
    return t;
  };
}

describe('the progress line', () => {
  it('writes nothing at all when the stream is not a terminal or TERM is dumb', () => {
    for (const [s, env] of [
      [stream(undefined), {}],
      [stream(false), {}],
      [stream(true), { TERM: 'dumb' }],
    ] as const) {
      const p = createProgress(s, env, clock());
      p.update('lowering 1/2');
      p.done();
      expect(s.written).toEqual([]);
    }
  });

  it('rewrites one line in place on a terminal, dimmed where colours are on, and clears it', () => {
    const s = stream(true);
    const p = createProgress(s, {}, clock());
    p.update('run 1/2');
    p.update('run 2/2');
    p.done();
    expect(s.written).toEqual(['\r\x1b[2mrun 1/2\x1b[22m\x1b[K', '\r\x1b[2mrun 2/2\x1b[22m\x1b[K', '\r\x1b[K']);
  });

  it('NO_COLOR (set and not empty) or a stream without colours: no colour codes, still in place', () => {
    for (const [s, env] of [
      [stream(true), { NO_COLOR: '1' }],
      [stream(true, false), {}],
    ] as const) {
      const p = createProgress(s, env, clock());
      p.update('run 1/2');
      p.done();
      expect(s.written).toEqual(['\rrun 1/2\x1b[K', '\r\x1b[K']);
    }
    expect(noColorRequested({ NO_COLOR: '' })).toBe(false);
    expect(noColorRequested({ NO_COLOR: '0' })).toBe(true);
  });

  it('cuts text to the terminal width and redraws at most every 80 ms', () => {
    const s = stream(true, false);
    let t = 0;
    const p = createProgress(s, {}, () => t);
    p.update('x'.repeat(100));
    t = 10;
    p.update('skipped');
    t = 100;
    p.update('shown');
    expect(s.written).toEqual([`\r${'x'.repeat(38)}…\x1b[K`, '\rshown\x1b[K']);
  });
});

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/kindling.js');
// 331 instructions: enough for lower's progress line (shown from 200).
const gru = join(repo, 'packages/conformance-zoo/cases/blocks/gru_small/portable.pte');
const dir = mkdtempSync(join(tmpdir(), 'kindling-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hasScript(): boolean {
  try {
    execFileSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('kindling lower on a large program', () => {
  it('piped: standard error stays empty', () => {
    const r = spawnSync(process.execPath, [bin, 'lower', gru, '--backend', 'portable', '-o', join(dir, 'a.pte')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/[\r\x1b]/);
  });

  it.skipIf(!hasScript())(
    'on a terminal: a lowering progress line, cleared at the end; no colour with NO_COLOR',
    () => {
      // Node reports no colours on a terminal when CI is set (as .ci/run sets it): leave it out too.
      const { NO_COLOR: _, CI: _ci, ...base } = process.env;
      const onTerminal = (env: Record<string, string>) =>
        execFileSync(
          'script',
          [
            '-qec',
            `"${process.execPath}" "${bin}" lower "${gru}" --backend portable -o "${join(dir, 'b.pte')}"`,
            '/dev/null',
          ],
          { encoding: 'utf8', env: { ...base, TERM: 'xterm-256color', ...env } },
        );
      const coloured = onTerminal({});
      expect(coloured).toMatch(/\r\x1b\[2mlowering: [^\x1b]+\x1b\[22m\x1b\[K/);
      // Cleared before the summary is printed.
      expect(coloured).toMatch(/\r\x1b\[Kforward: planned memory/);
      const plain = onTerminal({ NO_COLOR: '1' });
      expect(plain).toMatch(/\rlowering: [^\x1b]+\x1b\[K/);
      expect(plain).not.toMatch(/\x1b\[[0-9;]*m/);
    },
  );
});
