/**
 * A generation in progress: an `AsyncIterable` of chunks that also exposes the final result. The
 * work runs as soon as the generation is created, whether or not anyone iterates: chunks not read
 * yet are kept (at most one per generated token).
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { GenerationChunk, GenerationResult } from './types.js';

/** What the generation loop sees of its consumer. */
export interface GenerationSink {
  /** Delivers a chunk. */
  emit(chunk: GenerationChunk): void;
  /** True once the consumer left the iteration early (the loop should end with 'abort'). */
  readonly cancelled: boolean;
}

/**
 * Streams the chunks of one generation; {@link Generation.result} settles with the outcome.
 *
 * ```ts
 * const gen = generator.generate('Once upon a time', { maxNewTokens: 32 });
 * for await (const chunk of gen) process.stdout.write(chunk.text);
 * const { finishReason, usage, timings } = await gen.result;
 * ```
 *
 * Iterate at most once. Leaving the loop early (`break`) stops the generation (`finishReason:
 * 'abort'`). When generation fails, the iteration throws the `KindlingError` and `result` rejects
 * with it.
 */
export class Generation implements AsyncIterable<GenerationChunk> {
  /** The outcome: settles when generation ends, whether or not the chunks were read. */
  readonly result: Promise<GenerationResult>;
  readonly #queue: GenerationChunk[] = [];
  #wake: (() => void) | undefined;
  #ended = false;
  #error: unknown;
  #failed = false;
  #cancelled = false;
  #iterated = false;

  /** @internal Starts `run` at once; it emits chunks through the sink it is given. */
  constructor(run: (sink: GenerationSink) => Promise<GenerationResult>) {
    const self = this;
    const sink: GenerationSink = {
      emit(chunk) {
        self.#queue.push(chunk);
        self.#notify();
      },
      get cancelled() {
        return self.#cancelled;
      },
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
    // The failure reaches whoever iterates or awaits `result`; never an unhandled rejection.
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
        this.#cancelled = true;
        this.#queue.length = 0;
        await this.result.catch(() => undefined);
        return { value: undefined, done: true };
      },
    };
  }
}
