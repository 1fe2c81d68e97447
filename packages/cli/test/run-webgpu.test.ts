// `kindling run --backend webgpu` in Node.js, where navigator.gpu is absent: WebGPU comes from the
// optional `webgpu` package (Dawn) installed in the user's project, and its absence is named.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, KindlingError } from '@kindling/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeBackends } from '../src/backends.js';
import { nodeGpuOption } from '../src/webgpu-node.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bin/kindling.js');
const zoo = join(repo, 'packages/conformance-zoo/cases');
const empty = mkdtempSync(join(tmpdir(), 'kindling-run-webgpu-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const notFound = (s: string) =>
  Promise.reject(
    Object.assign(new Error(`Cannot find package '${s}' imported from here`), { code: 'ERR_MODULE_NOT_FOUND' }),
  );
/** The CLI's own resolution, without the `webgpu` package. */
const withoutWebgpu = (s: string) => (s === 'webgpu' ? notFound(s) : import(/* @vite-ignore */ s));

describe('WebGPU for kindling run in Node.js', () => {
  it('has no navigator.gpu here (the case this covers)', () => {
    expect((globalThis as { navigator?: { gpu?: unknown } }).navigator?.gpu).toBeUndefined();
  });

  it('without the webgpu package: a NotFound error saying what to install', async () => {
    const error = await nodeGpuOption({ cwd: empty, importFromCli: withoutWebgpu }).catch((e: unknown) => e);
    expect(KindlingError.isInstance(error)).toBe(true);
    expect((error as KindlingError).code).toBe(ErrorCode.NotFound);
    expect((error as Error).message).toMatch(/navigator\.gpu is absent.*"webgpu" package.*npm install webgpu/);
    // the same through --backend webgpu
    await expect(runtimeBackends(['webgpu'], undefined, { cwd: empty, importFromCli: withoutWebgpu })).rejects.toThrow(
      /npm install webgpu/,
    );
  });

  it("gives the backend the GPU object of the webgpu package's create()", async () => {
    const asked: unknown[] = [];
    const fakeGpu = {
      requestAdapter: (o: unknown) => {
        asked.push(o);
        return Promise.resolve(null);
      },
    };
    const importFromCli = (s: string) =>
      s === 'webgpu'
        ? Promise.resolve({ create: (flags: string[]) => (flags.length === 0 ? fakeGpu : null) })
        : import(s);
    expect(await nodeGpuOption({ cwd: empty, importFromCli })).toEqual({ gpu: fakeGpu });
    const [backend] = await runtimeBackends(['webgpu'], undefined, { cwd: empty, importFromCli });
    // no adapter from this GPU object: unavailable, and it was that object the backend asked
    expect(await backend!.isAvailable()).toMatchObject({ available: false });
    expect(asked).toHaveLength(1);
  });

  it('a package without create() is refused with a KindlingError', async () => {
    const importFromCli = (s: string) => (s === 'webgpu' ? Promise.resolve({ other: 1 }) : import(s));
    await expect(nodeGpuOption({ cwd: empty, importFromCli })).rejects.toThrow(/no create\(\) function/);
  });
});

// a project with the webgpu package installed (the one the WebGPU backend's own tests use)
const project = mkdtempSync(join(tmpdir(), 'kindling-run-webgpu-project-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
mkdirSync(join(project, 'node_modules'));
symlinkSync(
  realpathSync(join(repo, 'packages/backend-webgpu/node_modules/webgpu')),
  join(project, 'node_modules/webgpu'),
  'dir',
);
let reason = 'no adapter';
const gpu = await nodeGpuOption({ cwd: project })
  .then((o) => (o?.gpu as { requestAdapter(): Promise<unknown> } | undefined)?.requestAdapter())
  .catch((e: unknown) => {
    reason = String(e);
    return null;
  });

describe.skipIf(!gpu)(`kindling run --backend webgpu${gpu ? '' : ` (skipped: ${reason})`}`, () => {
  interface Case {
    id: string;
    file: string;
    tolerance: { atol: number; rtol: number };
    steps: { inputs: { shape: number[]; file: string }[]; outputs: { shape: number[]; file: string }[] }[];
  }
  const manifest = JSON.parse(readFileSync(join(zoo, 'manifest.json'), 'utf8')) as { cases: Case[] };
  const vulkan = manifest.cases.find((c) => c.id === 'blocks/gelu_mlp/vulkan') as Case;
  const f32 = (path: string) => Array.from(new Float32Array(new Uint8Array(readFileSync(path)).buffer));

  it('runs a Vulkan delegate with the webgpu package of the project and gives ExecuTorch’s outputs', () => {
    const step = vulkan.steps[0] as Case['steps'][number];
    const inputs = join(project, 'inputs.json');
    writeFileSync(
      inputs,
      JSON.stringify(step.inputs.map((i) => ({ dtype: 'float32', shape: i.shape, data: f32(join(zoo, i.file)) }))),
    );
    const r = spawnSync(
      process.execPath,
      [bin, 'run', join(zoo, vulkan.file), '--backend', 'webgpu', '--inputs', inputs, '--json'],
      { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = (JSON.parse(r.stdout) as { outputs: { data: number[] }[] }).outputs[0]?.data as number[];
    const expected = f32(join(zoo, (step.outputs[0] as { file: string }).file));
    expect(got).toHaveLength(expected.length);
    const { atol, rtol } = vulkan.tolerance;
    got.forEach((v, i) => {
      const e = expected[i] as number;
      expect(Math.abs(v - e), `element ${i}`).toBeLessThanOrEqual(atol + rtol * Math.abs(e));
    });
  });
});
