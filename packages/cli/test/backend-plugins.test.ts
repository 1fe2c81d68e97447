import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBackendLowering, loadRuntimeBackend, resolveExports } from '../src/backend-plugins.js';
import { lowerCommand } from '../src/commands/lower.js';
import { runCommand } from '../src/commands/run.js';
import { main } from '../src/index.js';
import { TOY_ID, writeToyPackages } from './toy-backend-packages.js';

const CASE = fileURLToPath(new URL('../../conformance-zoo/cases/ops/add/same_shape/', import.meta.url));
const f32 = (name: string) => Array.from(new Float32Array(new Uint8Array(readFileSync(join(CASE, name))).buffer));

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

/** The KindlingError `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<KindlingError> {
  try {
    await promise;
  } catch (e) {
    if (KindlingError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('resolveExports', () => {
  it('follows subpaths, sugar, condition order, arrays, patterns and null', () => {
    expect(resolveExports('./a.js', '.')).toBe('./a.js');
    expect(resolveExports({ import: './i.js', default: './d.js' }, '.')).toBe('./i.js');
    expect(resolveExports({ '.': { require: './r.cjs', default: './d.js' } }, '.')).toBe('./d.js');
    expect(resolveExports({ '.': { types: './t.d.ts', node: { import: './n.mjs' } } }, '.')).toBe('./n.mjs');
    expect(resolveExports({ '.': [{ browser: './b.js' }, './f.js'] }, '.')).toBe('./f.js');
    expect(resolveExports({ './*': './dist/*.js' }, './partitioner')).toBe('./dist/partitioner.js');
    expect(resolveExports({ './*': './dist/*.js', './partitioner': null }, './partitioner')).toBeNull();
    expect(resolveExports({ '.': './a.js' }, './partitioner')).toBeNull();
    expect(resolveExports({ '.': { browser: './b.js' } }, '.')).toBeNull();
  });
});

describe('third-party backend packages from the working directory', () => {
  let root: string;
  let out: string;
  const before = process.cwd();
  const input = join(CASE, 'portable.pte');

  beforeAll(() => {
    root = writeToyPackages();
    out = join(root, 'add-toy.pte');
    // Below the folder that holds node_modules: the lookup walks up.
    process.chdir(join(root, 'app', 'src'));
  });
  afterAll(() => {
    process.chdir(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('lowers with the toy package and runs the result with it', async () => {
    const lowered = capture();
    const code = await lowerCommand(
      [input, '--backend', 'kindling-backend-toy', '-o', out, '--report', 'json'],
      lowered.io,
      {
        tty: false,
      },
    );
    expect(code, lowered.err.join('\n')).toBe(0);
    const report = JSON.parse(lowered.out.join('\n'));
    expect(report.methods[0].partitions).toHaveLength(1);
    const file = PteFile.read(new Uint8Array(readFileSync(out)));
    expect(file.plan('forward').delegates.map((d) => d.id)).toEqual([TOY_ID]);
    const payload = JSON.parse(new TextDecoder().decode(file.delegatePayload(file.plan('forward').delegates[0]!)));
    expect(payload).toMatchObject({ toy: 1, numInputs: 2, numOutputs: 1, ops: [{ op: 'aten.add.Tensor' }] });

    const a = f32('in0.bin');
    const b = f32('in1.bin');
    const inputs = join(root, 'inputs.json');
    writeFileSync(inputs, JSON.stringify([a, b]));
    const r = capture();
    expect(await runCommand([out, '--backend', 'kindling-backend-toy', '--inputs', inputs, '--json'], r.io)).toBe(0);
    const data = JSON.parse(r.out[0] as string).outputs[0].data as number[];
    // An independent reference: float32 sums of the recorded inputs, and ExecuTorch's own output.
    expect(data).toEqual(a.map((x, i) => Math.fround(x + (b[i] as number))));
    expect(data).toEqual(f32('portable.out0.bin'));

    // Without the backend the delegate cannot run.
    const none = capture();
    expect(await runCommand([out, '--backend', 'portable', '--inputs', inputs], none.io)).toBe(1);
    expect(none.err[0]).toMatch(new RegExp(`^error: NotFound: .*${TOY_ID}`));
  });

  it('passes --threads to the factory, through the kindling dispatcher', async () => {
    const g = globalThis as { __kindlingToyFactoryCalls?: unknown[] };
    g.__kindlingToyFactoryCalls = [];
    const r = capture();
    expect(
      await main(['run', out, '--backend', 'kindling-backend-toy', '--threads', '3', '--inputs', 'ones'], r.io),
    ).toBe(0);
    expect(r.out).toEqual(['output 0: float32[2, 3] = [2, 2, 2, 2, 2, 2]']);
    expect(g.__kindlingToyFactoryCalls).toEqual([{ threads: 3 }]);
    expect(await main(['run', out, '--backend', 'kindling-backend-toy', '--inputs', 'ones'], capture().io)).toBe(0);
    expect(g.__kindlingToyFactoryCalls).toEqual([{ threads: 3 }, undefined]);
    const bad = capture();
    expect(await main(['run', out, '--backend', 'kindling-backend-toy', '--threads', '0'], bad.io)).toBe(1);
    expect(bad.err).toEqual(['error: InvalidArgument: --threads must be a positive integer, got "0"']);
  });

  it('finds packages without an exports map by "main" and partitioner.js', async () => {
    const lowered = join(root, 'legacy.pte');
    expect(await lowerCommand([input, '--backend', '@acme/kindling-backend-legacy', '-o', lowered], capture().io)).toBe(
      0,
    );
    const r = capture();
    expect(await main(['run', lowered, '--backend', '@acme/kindling-backend-legacy', '--inputs', 'ones'], r.io)).toBe(
      0,
    );
    expect(r.out).toEqual(['output 0: float32[2, 3] = [2, 2, 2, 2, 2, 2]']);
  });

  it('says where it looked for a package that is not installed', async () => {
    const e = await rejection(loadRuntimeBackend('kindling-backend-nope'));
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.message).toContain('backend package "kindling-backend-nope" is not installed');
    expect(e.message).toContain(
      `node_modules/kindling-backend-nope in ${join(root, 'app', 'src')} and its parent folders`,
    );
    expect(e.message).toMatch(/then from the kindling CLI \(.*packages\/cli\/src\)/);
    const r = capture();
    expect(await main(['run', out, '--backend', '@acme/kindling-backend-npu'], r.io)).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /^error: NotFound: backend package "@acme\/kindling-backend-npu" is not installed: looked for/,
    );
    const l = capture();
    expect(await main(['lower', input, '--backend', 'kindling-backend-nope', '-o', join(root, 'x.pte')], l.io)).toBe(1);
    expect(l.err[0]).toMatch(/^error: NotFound: backend package "kindling-backend-nope" is not installed/);
  });

  it('refuses packages that do not follow the plugin convention', async () => {
    const cases: [() => Promise<unknown>, ErrorCode, RegExp][] = [
      [
        () => loadRuntimeBackend('kindling-backend-nodefault'),
        ErrorCode.InvalidArgument,
        /has no default export; its "\." entry/,
      ],
      [
        () => loadBackendLowering('kindling-backend-nodefault'),
        ErrorCode.InvalidArgument,
        /has no default export; its "\.\/partitioner"/,
      ],
      [
        () => loadRuntimeBackend('kindling-backend-object'),
        ErrorCode.InvalidArgument,
        /the default export is a BackendV1 object instead of a factory returning one/,
      ],
      [
        () => loadRuntimeBackend('kindling-backend-string'),
        ErrorCode.InvalidArgument,
        /the default export is a string; it must be a factory/,
      ],
      [
        () => loadRuntimeBackend('kindling-backend-wrong'),
        ErrorCode.InvalidArgument,
        /factory returned an object that is not a BackendV1 \(it lacks specificationVersion 'v1' \(it says "v2"\), isAvailable\(\), init\(\), execute\(\)\)/,
      ],
      [
        () => loadBackendLowering('kindling-backend-wrong'),
        ErrorCode.InvalidArgument,
        /not a BackendLoweringV1 \(it lacks .*supports\(\), preprocess\(\)\)/,
      ],
      [
        () => loadBackendLowering('kindling-backend-runtime-only'),
        ErrorCode.NotFound,
        /does not export its ahead-of-time entry "\.\/partitioner"/,
      ],
      [
        () => loadRuntimeBackend('kindling-backend-unbuilt'),
        ErrorCode.NotFound,
        /its runtime entry "\." .*dist\/index\.js does not exist/,
      ],
      [
        () => loadRuntimeBackend('../evil'),
        ErrorCode.InvalidArgument,
        /neither a short name \(xnnpack, webgpu, coreml, portable\) nor a package name/,
      ],
    ];
    for (const [load, code, message] of cases) {
      const e = await rejection(load());
      expect(e.message).toMatch(message);
      expect(e.code, e.message).toBe(code);
      expect(e.message).not.toMatch(/\n/);
    }
    // The runtime-only package still works for `run`.
    const backend = await loadRuntimeBackend('kindling-backend-runtime-only');
    expect(backend.id).toBe(TOY_ID);
    // Through the command line: one line, exit code 1.
    const r = capture();
    expect(await main(['run', out, '--backend', 'kindling-backend-wrong'], r.io)).toBe(1);
    expect(r.err).toEqual([
      expect.stringMatching(
        /^error: InvalidArgument: backend package "kindling-backend-wrong" \(.*index\.js\): the default-export factory returned/,
      ),
    ]);
  });
});

describe('--backend xnnpack from a project without it', () => {
  // No node_modules above an empty temp folder: the CLI's own @kindling/backend-xnnpack is used.
  const before = process.cwd();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindling-empty-'));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lowers and runs', async () => {
    const out = join(dir, 'add-xnn.pte');
    expect(await lowerCommand([join(CASE, 'portable.pte'), '--backend', 'xnnpack', '-o', out], capture().io)).toBe(0);
    const file = PteFile.read(new Uint8Array(readFileSync(out)));
    expect(file.plan('forward').delegates.map((d) => d.id)).toEqual(['XnnpackBackend']);
    const r = capture();
    expect(await main(['run', out, '--backend', 'xnnpack', '--threads', '2', '--inputs', 'ones'], r.io)).toBe(0);
    expect(r.out).toEqual(['output 0: float32[2, 3] = [2, 2, 2, 2, 2, 2]']);
    const loaded = await loadBackendLowering('xnnpack');
    expect(loaded.id).toBe('XnnpackBackend');
  });
});
