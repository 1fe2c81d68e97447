// `kindling run --backend ... --threads N` as a user runs it: the built command in a child process,
// outputs compared with the ones ExecuTorch recorded for the same program and inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/kindling.js');
const zoo = join(repo, 'packages/conformance-zoo/cases');
// An empty folder: no node_modules above it, so the CLI's own @kindling/backend-xnnpack is used.
const dir = mkdtempSync(join(tmpdir(), 'kindling-run-backends-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const f32 = (path: string) => Array.from(new Float32Array(new Uint8Array(readFileSync(path)).buffer));

interface Case {
  id: string;
  file: string;
  tolerance: { atol: number; rtol: number };
  steps: { inputs: { shape: number[]; file: string }[]; outputs: { shape: number[]; file: string }[] }[];
}
const manifest = JSON.parse(readFileSync(join(zoo, 'manifest.json'), 'utf8')) as { cases: Case[] };
const delegated = manifest.cases.find((c) => c.id === 'blocks/inverted_residual/xnnpack') as Case;

function kindling(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kindling run --backend --threads', () => {
  const step = delegated.steps[0] as Case['steps'][number];
  const inputs = join(dir, 'inputs.json');
  writeFileSync(
    inputs,
    JSON.stringify(step.inputs.map((i) => ({ dtype: 'float32', shape: i.shape, data: f32(join(zoo, i.file)) }))),
  );
  const expected = f32(join(zoo, (step.outputs[0] as { file: string }).file));
  const program = join(zoo, delegated.file);

  it.each([['1'], ['2'], ['4']])('xnnpack with %s thread(s) gives ExecuTorch’s outputs', (threads) => {
    const r = kindling('run', program, '--backend', 'xnnpack', '--threads', threads, '--inputs', inputs, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const got = (JSON.parse(r.out) as { outputs: { data: number[] }[] }).outputs[0]?.data as number[];
    expect(got).toHaveLength(expected.length);
    const { atol, rtol } = delegated.tolerance;
    got.forEach((v, i) => {
      const e = expected[i] as number;
      expect(Math.abs(v - e), `element ${i}`).toBeLessThanOrEqual(atol + rtol * Math.abs(e));
    });
  });

  it('a delegated program without its backend: the --backend to add is named', () => {
    const r = kindling('run', program, '--backend', 'portable');
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'error: NotFound: method "forward" calls delegate "XnnpackBackend" and no backend is given: run it with --backend xnnpack\n',
    });
  });

  it('--threads with the portable kernels alone says it has no effect; unknown backends are named', () => {
    const portable = join(zoo, 'blocks/inverted_residual/portable.pte');
    const r = kindling('run', portable, '--backend', 'portable', '--threads', '2');
    expect(r.code).toBe(0);
    expect(r.err).toBe('note: --threads applies to delegate backends; the portable kernels run on one thread\n');
    const unknown = kindling('run', portable, '--backend', 'xnnpak');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^error: NotFound: unknown backend "xnnpak" \(did you mean xnnpack\?\)/);
    const bad = kindling('run', portable, '--backend', 'xnnpack', '--threads', 'two');
    expect(bad).toMatchObject({
      code: 1,
      err: 'error: InvalidArgument: --threads must be a positive integer, got "two"\n',
    });
  });
});
