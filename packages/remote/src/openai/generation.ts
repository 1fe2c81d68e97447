/**
 * A generation in progress, with `@kindling/llm`'s `Generation` behaviour: the work starts at once;
 * chunks not read yet are kept; iterate at most once; leaving the loop early stops the generation
 * (`finishReason: 'abort'`); a failure throws from the iteration and rejects `result`.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { GenerationChunk, GenerationLike, GenerationResult } from './types.js';

/** What the generation loop sees of its consumer. */
export interface ChunkSink {
  emit(chunk: GenerationChunk): void;
  /** Aborted when the consumer leaves the iteration early. */
  readonly cancelled: AbortSignal;
}

/** Streams the chunks of one remote generation; {@link RemoteGeneration.result} settles with the outcome. */
export class RemoteGeneration implements GenerationLike {
  /** The outcome: settles when generation ends, whether or not the chunks were read. */
  readonly result: Promise<GenerationResult>;
  readonly #queue: GenerationChunk[] = [];
  readonly #cancel = new AbortController();
  #wake: (() => void) | undefined;
  #ended = false;
  #failed = false;
  #error: unknown;
  #iterated = false;

  /** @internal Starts `run` at once. */
  constructor(run: (sink: ChunkSink) => Promise<GenerationResult>) {
    const sink: ChunkSink = {
      emit: (chunk) => {
        this.#queue.push(chunk);
        this.#notify();
      },
      cancelled: this.#cancel.signal,
    };
    this.result = Promise.resolve()
      .then(() => run(sink))
      .then(
        (r) => {
          this.#ended = true;
          this.#notify();
          return r;
        },
        (e: unknown) => {
          this.#ended = true;
          this.#failed = true;
          this.#error = e;
          this.#notify();
          throw e;
        },
      );
    this.result.catch(() => undefined);
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<GenerationChunk> {
    if (this.#iterated)
      throw new KindlingError(ErrorCode.InvalidState, 'a generation can be iterated only once', {
        context: { reason: 'iterated' },
      });
    this.#iterated = true;
    return {
      next: async (): Promise<IteratorResult<GenerationChunk>> => {
        for (;;) {
          const chunk = this.#queue.shift();
          if (chunk) return { value: chunk, done: false };
          if (this.#ended) {
            if (this.#failed) throw this.#error;
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => {
            this.#wake = resolve;
          });
        }
      },
      return: async (): Promise<IteratorResult<GenerationChunk>> => {
        this.#cancel.abort(new Error('the iteration was left early'));
        this.#queue.length = 0;
        await this.result.catch(() => undefined);
        return { value: undefined, done: true };
      },
    };
  }
}
