import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { KindlingError, Tag, Tensor } from '@kindling/core';
import { readBundledProgram } from '@kindling/ir';
import { type MethodInput, Module, portableKernels, runBundledProgram } from '@kindling/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { xnnpack } from '../src/index.js';

/**
 * The programs of fixtures/robustness (see its README), run the whole way: Module.load with the
 * portable kernels and xnnpack(), every method executed on zero inputs; bundled programs through
 * the bundled reader and runBundledProgram. Each must end in a KindlingError reached by an explicit
 * check (no engine error such as a RangeError anywhere in its cause chain), in under 100 ms after a
 * warm-up, without allocating much more than its size; or, where the program is valid, run and
 * return its declared output shapes.
 *
 * Memory: after a full collection, the growth of `heapUsed + arrayBuffers` across the call must stay
 * under 64 bytes per input byte plus 16 MiB. `arrayBuffers` counts every ArrayBuffer by its length
 * even when the operating system has not committed its pages, so a planned buffer of gigabytes shows
 * here even though it would not show in the resident set size.
 */

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'fixtures/robustness');
/** Valid programs that declare far more planned memory than their tensors use: they must run. */
const VALID = new Set(['bigmem-68fe6f32d7.pte', 'bigmem-91be9a28f0.pte']);
const files = readdirSync(dir).filter((f) => f.endsWith('.pte') || f.endsWith('.bpte'));

/** The first error in `error`'s cause chain that is not a KindlingError (undefined when there is none). */
function engineError(error: unknown): unknown {
  let e: unknown = error;
  for (let depth = 0; depth < 32 && e !== undefined && e !== null; depth++) {
    if (!KindlingError.isInstance(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Loads and runs every method; returns each method's output shapes. */
async function runAll(bytes: Uint8Array): Promise<Record<string, number[][]>> {
  const m = await Module.load(bytes, { kernels: portableKernels, backends: [xnnpack()] });
  const shapes: Record<string, number[][]> = {};
  for (const name of m.methodNames) {
    const meta = m.methodMeta(name);
    const inputs: MethodInput[] = meta.inputs.map((im) =>
      im.tag === Tag.Tensor ? Tensor.zeros(im.dtype, im.sizes, im.dimOrder) : null,
    );
    const outputs = await m.execute(name, inputs);
    shapes[name] = outputs.map((o) => (o instanceof Tensor ? [...o.sizes] : []));
    // Declared shapes: every static output keeps the shape the program states.
    meta.outputs.forEach((om, i) => {
      if (om.tag === Tag.Tensor && om.dynamism === 'static') expect(shapes[name]?.[i]).toEqual([...om.sizes]);
    });
  }
  return shapes;
}

async function runBundled(bytes: Uint8Array): Promise<void> {
  readBundledProgram(bytes);
  const report = await runBundledProgram(bytes, { kernels: portableKernels, backends: [xnnpack()] });
  for (const c of report.cases) if (c.error) throw c.error;
}

describe('fixtures/robustness reproducers', () => {
  beforeAll(async () => {
    // Warm-up: compile the reader, the validator and the backend on a small valid program.
    const warm = readFileSync(join(root, 'packages/conformance-zoo/cases/ops/conv2d/3x3_pad1/xnnpack.pte'));
    await runAll(new Uint8Array(warm));
    await runAll(new Uint8Array(readFileSync(join(dir, 'bigmem-91be9a28f0.pte'))));
  });

  it.each(files)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    gc();
    const before = process.memoryUsage();
    const started = performance.now();
    let error: unknown;
    try {
      if (file.endsWith('.bpte')) await runBundled(bytes);
      else await runAll(bytes);
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    const grown = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);

    if (VALID.has(file)) expect(error).toBeUndefined();
    else {
      expect(KindlingError.isInstance(error), `${file}: ${String(error)}`).toBe(true);
      const engine = engineError(error);
      expect(engine, `${file}: ${String(error)} hides ${String(engine)}`).toBeUndefined();
    }
    expect(ms, `${file} took ${ms.toFixed(1)} ms`).toBeLessThan(100);
    expect(grown, `${file} grew the heap by ${grown} bytes`).toBeLessThan(64 * bytes.byteLength + 16 * 2 ** 20);
  });
});
