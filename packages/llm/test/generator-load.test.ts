import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledZooDir } from '@kindling/conformance-zoo';
import { ErrorCode, KindlingError } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, it } from 'vitest';
import { readMetadata, TextGenerator } from '../src/index.js';
import { TestTokenizer } from './generator-test-tokenizer.js';

// A program with no metadata methods and another signature: `add(x, y)` from the conformance zoo.
const ADD = join(bundledZooDir(), 'ops/add/same_shape/portable.pte');

describe('TextGenerator.load on other programs', () => {
  it('absent metadata methods take the runner defaults', async () => {
    const module = await Module.load(new Uint8Array(readFileSync(ADD)), { kernels: portableKernels });
    const meta = await readMetadata(module);
    expect(meta).toEqual({
      maxSeqLen: 128,
      maxContextLen: 128,
      bosId: undefined,
      eosIds: [],
      vocabSize: undefined,
      nLayers: undefined,
      useKvCache: true,
      useSdpaWithKvCache: false,
      enableDynamicShape: false,
      present: [],
    });
  });

  it('a program without the forward(tokens, input_pos) -> logits signature is NotSupported', async () => {
    const err = await TextGenerator.load(ADD, { tokenizer: new TestTokenizer(), kernels: portableKernels }).catch(
      (e: unknown) => e,
    );
    expect(KindlingError.isInstance(err)).toBe(true);
    expect((err as KindlingError).code).toBe(ErrorCode.NotSupported);
    expect((err as KindlingError).context.method).toBe('forward');
  });

  it('a missing method is NotFound; a missing tokenizer is InvalidArgument', async () => {
    await expect(
      TextGenerator.load(ADD, { tokenizer: new TestTokenizer(), kernels: portableKernels, method: 'decode' }),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    await expect(
      TextGenerator.load(ADD, { kernels: portableKernels } as unknown as Parameters<typeof TextGenerator.load>[1]),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });
});
