import { readdirSync } from 'node:fs';
import { seededRandom } from '@kindling/backend-utils';
import { type Backend, KindlingError, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { type MethodInput, Module, Program } from '../src/index.js';
import { engineError, fixture, fixturePath, testKernels } from './helpers.js';

const anyBackend = (id: string): Backend => ({
  specificationVersion: 'v1',
  id,
  isAvailable: () => true,
  init: () => ({}),
  execute: () => undefined,
});

/** Loads every method and runs it on zero inputs; returns how far it got. Any thrown error must be a KindlingError with no engine error (RangeError, TypeError...) in its cause chain. */
async function exercise(bytes: Uint8Array): Promise<string> {
  const backends = ['XnnpackBackend', 'QnnBackend'].map(anyBackend);
  let m: Module;
  try {
    m = await Module.load(bytes, { kernels: testKernels, backends, maxPlannedBytes: 1 << 24 });
  } catch (e) {
    if (engineError(e) !== undefined) throw e;
    return 'load';
  }
  let ran = 0;
  for (const name of m.methodNames) {
    try {
      const meta = m.methodMeta(name);
      const inputs: MethodInput[] = meta.inputs.map((im) => {
        if (im.tag !== Tag.Tensor) return null;
        return im.nbytes <= 1 << 20 ? Tensor.zeros(im.dtype, im.sizes, im.dimOrder) : new Uint8Array(0);
      });
      await m.execute(name, inputs);
      ran++;
    } catch (e) {
      if (engineError(e) !== undefined) throw e;
    }
  }
  return ran > 0 ? 'ran' : 'loaded';
}

describe('robustness', () => {
  const files = readdirSync(fixturePath('upstream')).filter((f) => f.endsWith('.pte') && !f.includes('stories'));

  it.each(files)(
    'mutated %s never throws anything but a KindlingError',
    async (file) => {
      const original = fixture(`upstream/${file}`);
      const random = seededRandom(file.length * 7919);
      const outcomes = new Set<string>();
      for (let round = 0; round < 150; round++) {
        const bytes = original.slice();
        const flips = 1 + Math.floor(random() * 4);
        for (let k = 0; k < flips; k++) {
          const at = Math.floor(random() * Math.min(bytes.length, 2048));
          bytes[at] = Math.floor(random() * 256);
        }
        outcomes.add(await exercise(bytes));
      }
      // Some mutations must get past loading, or the test exercises nothing.
      expect(outcomes.has('ran') || outcomes.has('loaded')).toBe(true);
      // Truncations.
      for (const n of [0, 7, 8, 16, 31, 64, original.length >> 1, original.length - 1])
        await exercise(original.subarray(0, n));
    },
    60_000,
  );

  it('Program.load refuses non-bytes with a KindlingError', () => {
    for (const bad of [null, 42, 'x', {}]) {
      let error: unknown;
      try {
        Program.load(bad as never);
      } catch (e) {
        error = e;
      }
      expect(KindlingError.isInstance(error)).toBe(true);
    }
  });
});
