import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '@kindling/backend-utils';
import { KindlingError, type NamedDataMap } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { describe, expect, test } from 'vitest';
import { xnnpack } from '../src/index.js';

const root = join(import.meta.dirname, '../../..');
const FILES = [
  'fixtures/upstream/numpyrt__xnnpack_add.pte',
  'packages/conformance-zoo/cases/ops/conv2d/3x3_pad1/xnnpack.pte',
  'packages/conformance-zoo/cases/ops/linear/bias_2d/xnnpack-int8.pte',
  'packages/conformance-zoo/cases/ops/linear/bias_2d/xnnpack-dq.pte',
  'packages/conformance-zoo/cases/ops/linear/int4_groups/xnnpack-8da4w.pte',
  'packages/conformance-zoo/cases/ops/linear/int4_groups/xnnpack-8da4w-pc.pte',
  'packages/conformance-zoo/cases/ops/cat/dim1/xnnpack.pte',
];

/** The first error in `error`'s cause chain that is not a KindlingError (undefined when there is none). */
function engineError(error: unknown): unknown {
  let e: unknown = error;
  for (let depth = 0; depth < 32 && e !== undefined && e !== null; depth++) {
    if (!KindlingError.isInstance(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Describes an engine error reached through a KindlingError's cause chain. */
const describeEngine = (e: unknown): string => {
  const inner = engineError(e);
  return inner instanceof Error ? `${inner.name}: ${inner.message} (in ${String(e)})` : String(e);
};

async function initOnly(payload: Uint8Array, namedData: NamedDataMap): Promise<unknown> {
  try {
    await xnnpack().init({ methodName: 'forward', delegateIndex: 0, namedData, options: {} }, payload, []);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('payload fuzzing: truncations and bit flips give KindlingError or succeed, nothing else', () => {
  for (const f of FILES) {
    test(f, async () => {
      const file = PteFile.read(new Uint8Array(readFileSync(join(root, f))));
      const plan = file.plan(file.methodNames[0] as string);
      const payload = file.delegatePayload(plan.delegates[0]!).slice();
      const namedData = file.namedData();
      expect(await initOnly(payload, namedData)).toBeUndefined();
      const step = Math.max(1, Math.floor(payload.length / 200));
      for (let n = 0; n < payload.length; n += step) {
        const e = await initOnly(payload.slice(0, n), namedData);
        expect(engineError(e), `truncated to ${n}: ${describeEngine(e)}`).toBeUndefined();
      }
      const random = seededRandom(payload.length);
      for (let trial = 0; trial < 600; trial++) {
        const mutated = payload.slice();
        const flips = 1 + Math.floor(random() * 4);
        for (let i = 0; i < flips; i++) {
          const at = Math.floor(random() * mutated.length);
          mutated[at] = (mutated[at] as number) ^ (1 << Math.floor(random() * 8));
        }
        const started = performance.now();
        const e = await initOnly(mutated, namedData);
        expect(performance.now() - started, `trial ${trial} took too long`).toBeLessThan(2000);
        expect(engineError(e), `trial ${trial}: ${describeEngine(e)}`).toBeUndefined();
      }
    });
  }
});
