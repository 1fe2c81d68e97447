// The Node.js Core ML host (src/node-host) around a stand-in for its native addon. The stand-in keeps
// the addon's file-level contract — compileModel reads the written .mlpackage folder and leaves its
// result in a temporary folder of its own, loadModel reads that folder, predict takes and returns
// plain typed buffers — and runs the reference interpreter where Core ML would run. So everything
// of the host except Core ML itself is exercised here: writing the payload's files, caching the
// compiled model by identifier, refusing unsafe names, converting tensors and reporting addon
// failures as KindlingErrors. The addon's Objective-C++ is not built on Linux (see its README).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import { ErrorCode, KindlingError } from '@kindling/core';
import { afterAll, describe, expect, test } from 'vitest';
import { type CoreMLHostTensor, coreml, readCoreMLPayload, referenceHost } from '../src/index.js';
import { type CoreMLNativeAddon, type CoreMLNativeTensor, nodeCoreMLHost } from '../src/node-host/index.js';
import { coremlCases, delegateOf } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'kindling-coreml-node-host-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, base = dir, out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, base, out);
    else out.set(relative(base, path), new Uint8Array(readFileSync(path)));
  }
  return out;
}

/** What `f` rejects with (or throws), or `undefined`. */
async function rejection(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const VIEW = { float32: Float32Array, float16: Uint16Array, int32: Int32Array } as const;

interface StandIn extends CoreMLNativeAddon {
  readonly compiled: string[];
  readonly loads: string[];
  released: number;
}

/** The addon's contract, with the reference interpreter doing Core ML's work. */
function standInAddon(): StandIn {
  const inner = referenceHost();
  const addon: StandIn = {
    compiled: [],
    loads: [],
    released: 0,
    async compileModel(packageDir) {
      if (!existsSync(join(packageDir, 'Manifest.json'))) throw new Error(`${packageDir} is not an .mlpackage`);
      addon.compiled.push(packageDir);
      // Core ML writes the compiled model into a temporary folder of its own.
      const out = join(await mkdtemp(join(scratch, 'core-ml-tmp-')), 'model.mlmodelc');
      await cp(packageDir, out, { recursive: true });
      return out;
    },
    async loadModel(compiledDir, computeUnits, functionName) {
      addon.loads.push(`${computeUnits} ${functionName ?? '(default)'}`);
      const files = new Map([...filesUnder(compiledDir)].map(([p, b]) => [`model.mlpackage/${p}`, b]));
      const compiled = await inner.compile({ identifier: 'stand-in', files, packagePath: 'model.mlpackage' });
      return inner.load(compiled, { computeUnits, functionName: functionName ?? 'main' });
    },
    async predict(handle, inputs) {
      const tensors: CoreMLHostTensor[] = inputs.map((t) => {
        const view = VIEW[t.dataType as keyof typeof VIEW];
        const d = t.data;
        // the addon copies its inputs; so does the stand-in
        const copy =
          d instanceof ArrayBuffer ? d.slice(0) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength).slice().buffer;
        return { name: t.name, dtype: t.dataType as CoreMLHostTensor['dtype'], shape: t.shape, data: new view(copy) };
      });
      const outputs = await inner.predict(handle, tensors);
      return outputs.map(
        (t): CoreMLNativeTensor => ({ name: t.name, dataType: t.dtype, shape: t.shape, data: t.data.slice().buffer }),
      );
    },
    releaseModel() {
      addon.released++;
    },
  };
  return addon;
}

describe('every zoo Core ML program through the host, its files written to disk and compiled once', () => {
  const addon = standInAddon();
  const cacheDir = join(scratch, 'suite-cache');
  runBackendSuite({
    backend: () => coreml({ host: nodeCoreMLHost({ addon, cacheDir }) }),
    robustness: { programs: 2, bitFlips: 4, concurrent: 2 },
  });
  test('compiled models are cached by identifier, and no unpacked files stay behind', () => {
    const cached = readdirSync(cacheDir);
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.every((n) => /^executorch_[0-9A-Za-z_-]+\.mlmodelc$/.test(n))).toBe(true);
    // each identifier compiled once, however often the suite loaded its program
    expect(addon.compiled.length).toBe(cached.length);
  });
});

describe('nodeCoreMLHost', () => {
  const c = coremlCases.find((x) => x.id === 'ops/add/same_shape/coreml');
  if (!c) throw new Error('zoo case ops/add/same_shape/coreml is missing');
  const { payload: bytes, namedData } = delegateOf(c);
  const read = readCoreMLPayload(bytes, namedData);
  const model = { identifier: read.identifier, files: read.files, packagePath: read.packagePath };

  test('without an addon on a platform other than macOS: unavailable, saying so', async () => {
    const host = nodeCoreMLHost({ addonPath: join(scratch, 'missing.node'), cacheDir: join(scratch, 'x') });
    const a = await host.isAvailable();
    if (process.platform === 'darwin') {
      expect(a).toEqual({ available: false, reason: expect.stringMatching(/addon/) });
    } else {
      expect(a).toEqual({ available: false, reason: expect.stringMatching(/macOS/) });
    }
  });

  test('the cache folder is used again by a second host (another process, the next launch)', async () => {
    const cacheDir = join(scratch, 'reuse');
    const first = standInAddon();
    const second = standInAddon();
    await nodeCoreMLHost({ addon: first, cacheDir }).compile(model);
    await nodeCoreMLHost({ addon: second, cacheDir }).compile(model);
    expect(first.compiled.length).toBe(1);
    expect(second.compiled.length).toBe(0);
    expect(readdirSync(cacheDir)).toEqual([`${model.identifier}.mlmodelc`]);
  });

  test('names that could leave the cache folder are refused before anything is written', async () => {
    const cacheDir = join(scratch, 'unsafe');
    const host = nodeCoreMLHost({ addon: standInAddon(), cacheDir });
    for (const bad of ['../outside.bin', 'a/../../outside.bin', '/abs/outside.bin', 'a//b', 'a\\b', './a']) {
      const files = new Map([...model.files, [bad, new Uint8Array([1])]]);
      const e = await rejection(() => host.compile({ ...model, identifier: 'executorch_unsafe', files }));
      expect(KindlingError.isInstance(e) && e.code === ErrorCode.InvalidProgram, `${bad}: ${String(e)}`).toBe(true);
    }
    for (const identifier of ['../x', 'a/b', '', '.hidden', 'x'.repeat(200)]) {
      const e = await rejection(() => host.compile({ ...model, identifier }));
      expect(KindlingError.isInstance(e) && e.code === ErrorCode.InvalidProgram, identifier).toBe(true);
    }
    expect(existsSync(join(scratch, 'outside.bin'))).toBe(false);
    expect(existsSync(join(cacheDir, 'executorch_unsafe.mlmodelc'))).toBe(false);
  });

  test('addon failures become KindlingErrors naming what failed; bad outputs are caught', async () => {
    const base = standInAddon();
    const failing: CoreMLNativeAddon = {
      ...base,
      compileModel: () => Promise.reject(new Error('the model has an unsupported op')),
    };
    const e1 = await rejection(() =>
      nodeCoreMLHost({ addon: failing, cacheDir: join(scratch, 'fail1') }).compile(model),
    );
    expect(KindlingError.isInstance(e1) && e1.code === ErrorCode.DelegateInvalidCompatibility).toBe(true);
    expect((e1 as Error).message).toMatch(/unsupported op/);
    expect(readdirSync(join(scratch, 'fail1'))).toEqual([]);

    const short: CoreMLNativeAddon = {
      ...base,
      predict: async () => [{ name: 'out', dataType: 'float32', shape: [2, 3], data: new ArrayBuffer(8) }],
    };
    const host = nodeCoreMLHost({ addon: short, cacheDir: join(scratch, 'fail2') });
    const loaded = await host.load(await host.compile(model), { computeUnits: 'all', functionName: 'main' });
    const e2 = await rejection(() => host.predict(loaded, []));
    expect(KindlingError.isInstance(e2), String(e2)).toBe(true);
    host.release(loaded);
    const e3 = await rejection(() => host.predict(loaded, []));
    expect(KindlingError.isInstance(e3) && e3.code === ErrorCode.InvalidState).toBe(true);
  });
});
