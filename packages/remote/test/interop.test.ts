// The remote clients have the shapes of the on-device ones: a `Module` and a `RemoteModule` are both
// tensor models to `hybrid()`, a `TextGenerator` and a `RemoteGenerator` both generators, and the
// remote generation's chunks and result are `@kindling/llm`'s types.

import type { GenerationChunk as LlmChunk, GenerationResult as LlmResult, TextGenerator } from '@kindling/llm';
import type { Module } from '@kindling/runtime';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  GenerationChunk,
  GenerationResult,
  GeneratorLike,
  RemoteGenerator,
  RemoteModule,
  TensorModelLike,
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
