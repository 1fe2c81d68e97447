// The example third-party backend package (docs/examples/backend-package) installed in an app's
// node_modules: the built `kindling` command lowers a zoo program with it and runs the result, both
// by package name, in a child process, and the outputs are ExecuTorch's recorded ones.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PteFile } from '@kindling/ir';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/kindling.js');
const zoo = join(repo, 'packages/conformance-zoo/cases');
const f32 = (path: string) => Array.from(new Float32Array(new Uint8Array(readFileSync(path)).buffer));

const app = mkdtempSync(join(tmpdir(), 'kindling-app-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(join(repo, 'docs/examples/backend-package'), join(app, 'node_modules/kindling-backend-elementwise'), 'dir');
afterAll(() => rmSync(app, { recursive: true, force: true }));

const kindling = (...args: string[]) =>
  execFileSync(process.execPath, [bin, ...args], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('kindling lower|run --backend kindling-backend-elementwise (an installed third-party package)', () => {
  it.each([
    ['ops/add/same_shape', 2],
    ['ops/relu/rank4', 1],
  ])('%s', (model, inputs) => {
    const lowered = join(app, `${model.replaceAll('/', '_')}.pte`);
    kindling('lower', join(zoo, model, 'portable.pte'), '--backend', 'kindling-backend-elementwise', '-o', lowered);
    const plan = PteFile.read(new Uint8Array(readFileSync(lowered))).plan('forward');
    expect(plan.delegates.map((d) => d.id)).toEqual(['ElementwiseJsBackend']);

    const case_ = JSON.parse(readFileSync(join(zoo, 'manifest.json'), 'utf8')).cases.find(
      (c: { id: string }) => c.id === `${model}/portable`,
    );
    const spec = case_.steps[0].inputs.map((v: { shape: number[]; file: string }) => ({
      dtype: 'float32',
      shape: v.shape,
      data: f32(join(zoo, v.file)),
    }));
    expect(spec).toHaveLength(inputs);
    const inputsFile = join(app, 'inputs.json');
    writeFileSync(inputsFile, JSON.stringify(spec));
    const printed = JSON.parse(
      kindling('run', lowered, '--backend', 'kindling-backend-elementwise', '--inputs', inputsFile, '--json'),
    );
    const expected = f32(join(zoo, case_.steps[0].outputs[0].file));
    const got = printed.outputs[0].data as number[];
    expect(got).toHaveLength(expected.length);
    for (const [i, y] of expected.entries()) expect(got[i]).toBeCloseTo(y, 5);
  });

  it('names the package when it is not installed', () => {
    expect(() =>
      kindling('run', join(zoo, 'ops/add/same_shape/portable.pte'), '--backend', 'kindling-backend-absent'),
    ).toThrow(/backend package "kindling-backend-absent" is not installed/);
  });
});
