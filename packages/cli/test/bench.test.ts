import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCommand, latencyStats, percentile } from '../src/commands/bench.js';
import type { Progress } from '../src/progress.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/kindling.js');
const add = join(repo, 'fixtures/upstream/executorch__apple_add.pte');
const zoo = join(repo, 'packages/conformance-zoo/cases');
const digits = join(zoo, 'digits/portable.pte');
const digitsXnnpack = join(zoo, 'digits/xnnpack-int8.pte');

// Backend packages are looked up from an empty folder, so that the CLI's own
// @kindling/backend-xnnpack is used wherever the tests are started from.
const empty = mkdtempSync(join(tmpdir(), 'kindling-bench-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

async function bench(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const updates: string[] = [];
  const progress: Progress = { update: (t) => updates.push(t), done: () => updates.push('<done>') };
  const code = await benchCommand(
    args,
    { out: (s) => out.push(s), err: (s) => err.push(s) },
    { progress, plugins: { cwd: empty } },
  );
  return { code, out: out.join('\n'), err: err.join('\n'), updates };
}

/** Percentile by its definition (linear between closest ranks), written independently of the CLI's. */
function reference(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * (p / 100);
  const below = s[Math.floor(h)] as number;
  const above = s[Math.min(s.length - 1, Math.floor(h) + 1)] as number;
  return below + (h - Math.floor(h)) * (above - below);
}

interface Row {
  backend: string;
  threads: number | null;
  lowered: boolean;
  delegateCalls: number;
  ms?: Record<'p10' | 'p50' | 'p90' | 'mean' | 'min' | 'max', number>;
  samples?: number[];
  error?: { code: string; message: string };
}

describe('percentiles', () => {
  it('interpolate between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBeCloseTo(25, 12);
    expect(percentile([10, 20, 30, 40], 10)).toBeCloseTo(13, 12);
    expect(percentile([10, 20, 30, 40], 90)).toBeCloseTo(37, 12);
    expect(percentile([7], 90)).toBe(7);
    const xs = [5.5, 1.25, 9, 3, 3, 12.5, 0.5];
    const s = latencyStats(xs);
    expect(s.p10).toBeCloseTo(reference(xs, 10), 12);
    expect(s.p50).toBeCloseTo(reference(xs, 50), 12);
    expect(s.p90).toBeCloseTo(reference(xs, 90), 12);
    expect(s.mean).toBeCloseTo(xs.reduce((a, b) => a + b) / xs.length, 12);
    expect([s.min, s.max]).toEqual([0.5, 12.5]);
  });
});

describe('kindling bench', () => {
  it('times warm-up and runs, and reports percentiles of the samples as JSON', async () => {
    const r = await bench([add, '--backend', 'portable', '--warmup', '2', '--runs', '7', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      method: string;
      warmup: number;
      runs: number;
      inputs: string[];
      results: Row[];
    };
    expect(report).toMatchObject({ method: 'forward', warmup: 2, runs: 7, inputs: ['random:0'] });
    expect(report.results).toHaveLength(1);
    const [row] = report.results as [Row];
    expect(row).toMatchObject({ backend: 'portable', threads: null, lowered: false, delegateCalls: 0 });
    const samples = row.samples as number[];
    expect(samples).toHaveLength(7);
    for (const p of ['p10', 'p50', 'p90'] as const)
      expect(row.ms?.[p]).toBeCloseTo(reference(samples, Number(p.slice(1))), 9);
    expect(r.updates.filter((u) => u.includes('warm-up'))).toEqual([
      'bench portable: warm-up 1/2',
      'bench portable: warm-up 2/2',
    ]);
    expect(r.updates.filter((u) => u.includes(': run '))).toHaveLength(7);
    expect(r.updates.at(-1)).toBe('<done>');
  });

  it('compares backends and thread counts side by side, lowering a portable program in memory', async () => {
    const r = await bench([
      digits,
      '--backend',
      'portable,xnnpack',
      '--threads',
      '1,2',
      '--warmup',
      '1',
      '--runs',
      '3',
      '--json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.out) as { results: Row[] }).results;
    expect(rows.map((x) => [x.backend, x.threads, x.lowered])).toEqual([
      ['portable', null, false],
      ['xnnpack', 1, true],
      ['xnnpack', 2, true],
    ]);
    expect(rows[0]?.delegateCalls).toBe(0);
    expect(rows[1]?.delegateCalls).toBeGreaterThan(0);
    for (const x of rows) {
      expect(x.samples).toHaveLength(3);
      expect(x.ms?.min).toBeLessThanOrEqual(x.ms?.p50 as number);
    }
    expect(r.updates.some((u) => u.startsWith('bench xnnpack: lowering'))).toBe(true);

    const text = await bench([digits, '--backend', 'portable,xnnpack', '--runs', '2', '--warmup', '0']);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines[0]).toBe(`${digits} forward: 0 warm-up run(s), 2 timed run(s), inputs random:0`);
    expect(lines[1]).toMatch(/^backend\s+threads\s+p10 ms\s+p50 ms\s+p90 ms\s+mean ms\s+min ms\s+max ms$/);
    expect(lines[2]).toMatch(/^portable\s+-(\s+\d+\.\d{3}){6}$/);
    expect(lines[3]).toMatch(/^xnnpack \(lowered\)\s+default(\s+\d+\.\d{3}){6}$/);
  });

  it('a configuration that cannot run is reported in its row and the exit code, the others still run', async () => {
    const r = await bench([digitsXnnpack, '--backend', 'portable,xnnpack', '--runs', '2', '--warmup', '0', '--json']);
    expect(r.code).toBe(1);
    const rows = (JSON.parse(r.out) as { results: Row[] }).results;
    expect(rows[0]?.backend).toBe('portable');
    expect(rows[0]?.error?.message).toMatch(/XnnpackBackend/);
    expect(rows[0]?.samples).toBeUndefined();
    expect(rows[1]).toMatchObject({ backend: 'xnnpack', lowered: false });
    expect(rows[1]?.delegateCalls).toBeGreaterThan(0);
    expect(rows[1]?.samples).toHaveLength(2);
  });

  it('without --backend: portable and xnnpack, or xnnpack alone for a delegated program', async () => {
    const rows = async (path: string) =>
      (JSON.parse((await bench([path, '--runs', '1', '--warmup', '0', '--json'])).out) as { results: Row[] }).results;
    expect((await rows(digits)).map((r) => [r.backend, r.lowered, !!r.error])).toEqual([
      ['portable', false, false],
      ['xnnpack', true, false],
    ]);
    expect((await rows(digitsXnnpack)).map((r) => [r.backend, r.lowered, !!r.error])).toEqual([
      ['xnnpack', false, false],
    ]);
  });

  it('refuses bad arguments with the option named', async () => {
    expect((await bench([add, '--runs', '0'])).err).toBe(
      'error: InvalidArgument: --runs must be an integer from 1 to 1000000, got "0"',
    );
    expect((await bench([add, '--threads', '2,x'])).err).toBe(
      'error: InvalidArgument: --threads must be an integer from 1 to 1024, got "x"',
    );
    expect((await bench([add, '--warmup'])).err).toBe('error: InvalidArgument: --warmup needs a value');
    expect((await bench([add, '--method', 'nope'])).err).toMatch(/^error: \w+: .*nope/);
    const unknown = await bench([add, '--backend', 'portable,xnnpak']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^error: NotFound: unknown backend "xnnpak" \(did you mean xnnpack\?\)/);
    expect(unknown.out).toBe('');
  });
});

describe('kindling bench in a child process', () => {
  it('piped: no progress, no carriage returns or escape codes, exit code 0', () => {
    const r = spawnSync(process.execPath, [bin, 'bench', digits, '--backend', 'portable,xnnpack', '--runs', '2'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\r\x1b]/);
    expect(r.stdout.split('\n')[3]).toMatch(/^xnnpack \(lowered\)/);
  });

  it.skipIf(!hasScript())('on a terminal: a progress line rewritten in place, dimmed unless NO_COLOR', () => {
    // util-linux `script` runs the command on a pseudo-terminal and copies what it writes.
    // Node reports no colours on a terminal when CI is set (as .ci/run sets it): leave it out too.
    const { NO_COLOR: _, CI: _ci, ...base } = process.env;
    const onTerminal = (env: Record<string, string>) =>
      execFileSync(
        'script',
        ['-qec', `"${process.execPath}" "${bin}" bench "${digits}" --runs 200 --backend portable`, '/dev/null'],
        {
          encoding: 'utf8',
          env: { ...base, TERM: 'xterm-256color', ...env },
        },
      );
    const coloured = onTerminal({});
    expect(coloured).toMatch(/\r\x1b\[2mbench portable: [^\x1b]+\x1b\[22m\x1b\[K/);
    expect(coloured).toMatch(/\r\x1b\[K/);
    const plain = onTerminal({ NO_COLOR: '1' });
    expect(plain).toMatch(/\rbench portable: [^\x1b]+\x1b\[K/);
    expect(plain).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});

function hasScript(): boolean {
  try {
    execFileSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
