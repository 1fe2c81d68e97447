import { ErrorCode, KindlingError } from '@kindling/core';

/** Default cap on the planned memory of one method: 4 GiB. */
export const DEFAULT_MAX_PLANNED_BYTES = 4 * 1024 ** 3;

/**
 * A method's planned memory: one zero-filled buffer per memory id, as `non_const_buffer_sizes`
 * describes (entry 0 is ExecuTorch's reserved placeholder and gets no buffer). The buffers live as
 * long as the method, which is how mutable state such as KV caches persists across calls.
 */
export class MemoryArena {
  /** `buffers[id]` for memory id `id` (1-based); `buffers[0]` is an empty placeholder. */
  readonly buffers: readonly Uint8Array[];
  /** Total bytes allocated. */
  readonly totalBytes: number;

  private constructor(buffers: Uint8Array[], totalBytes: number) {
    this.buffers = buffers;
    this.totalBytes = totalBytes;
  }

  /**
   * Allocates the buffers for `sizes` (the plan's `non_const_buffer_sizes`). Refuses with
   * `MemoryAllocationFailed` when the total exceeds `maxBytes` or the engine cannot allocate it.
   */
  static allocate(
    sizes: readonly bigint[],
    maxBytes: number = DEFAULT_MAX_PLANNED_BYTES,
    method?: string,
  ): MemoryArena {
    let total = 0n;
    for (let i = 1; i < sizes.length; i++) total += sizes[i] as bigint;
    if (total > BigInt(maxBytes)) {
      throw new KindlingError(
        ErrorCode.MemoryAllocationFailed,
        `method${method ? ` "${method}"` : ''} plans ${total} bytes of memory, more than the limit of ${maxBytes} (raise maxPlannedBytes to allow it)`,
        { context: method ? { method } : {} },
      );
    }
    const buffers: Uint8Array[] = [new Uint8Array(0)];
    try {
      for (let i = 1; i < sizes.length; i++) buffers.push(new Uint8Array(Number(sizes[i])));
    } catch (cause) {
      throw new KindlingError(
        ErrorCode.MemoryAllocationFailed,
        `could not allocate ${total} bytes of planned memory${method ? ` for method "${method}"` : ''}`,
        { cause, context: method ? { method } : {} },
      );
    }
    return new MemoryArena(buffers, Number(total));
  }

  /** `nbytes` bytes at `offset` of buffer `memoryId` (a view). The program validator checked the bounds. */
  view(memoryId: number, offset: number, nbytes: number): Uint8Array {
    const buffer = this.buffers[memoryId];
    if (memoryId < 1 || !buffer || offset < 0 || offset + nbytes > buffer.byteLength) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `planned range ${offset}+${nbytes} of memory id ${memoryId} lies outside the planned buffers`,
      );
    }
    return buffer.subarray(offset, offset + nbytes);
  }
}
