// The remote clients have the shapes of the on-device ones: a `Module` and a `RemoteModule` are both
// tensor models to `hybrid()`, a `TextGenerator` and a `RemoteGenerator` both generators, and the
// remote generation's chunks and result are `@kindling/llm`'s types.

import type { GenerationChunk as LlmChunk, GenerationResult as LlmResult, TextGenerator } from '@kindling/llm';
import type { Module } from '@kindling/runtime';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type GenerationChunk,
  type GenerationResult,
  type GeneratorLike,
  hybrid,
  type RemoteGenerator,
  type RemoteModule,
  type TensorModelLike,
} from '../src/index.js';

describe('shapes shared with the on-device API', () => {
  it('tensor models', () => {
    // Compile-time checks: each side is assignable where hybrid() takes a tensor model of tensors.
    const asTensorModel = (m: Module | RemoteModule): TensorModelLike => m;
    expectTypeOf(asTensorModel).toBeFunction();
  });

  it('text generators, their chunks and results', () => {
    expectTypeOf<TextGenerator>().toMatchTypeOf<GeneratorLike>();
    expectTypeOf<RemoteGenerator>().toMatchTypeOf<GeneratorLike>();
    expectTypeOf<GenerationChunk>().toEqualTypeOf<LlmChunk>();
    expectTypeOf<GenerationResult>().toMatchTypeOf<LlmResult>();
    expectTypeOf<LlmResult>().toMatchTypeOf<GenerationResult>();
  });
});

describe('hybrid() over on-device and remote sides', () => {
  it('accepts a TextGenerator with a RemoteGenerator, and a Module with a RemoteModule', () => {
    const generators = (local: TextGenerator, remote: RemoteGenerator) => hybrid({ local, remote });
    const models = (local: Module, remote: RemoteModule) => hybrid({ local: async () => local, remote });
    expectTypeOf(generators).returns.toHaveProperty('generate');
    expectTypeOf(models).returns.toHaveProperty('forward');
  });
});
