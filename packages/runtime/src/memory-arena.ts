import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * Default cap on the tensor memory one method allocates (planned buffers plus tensors allocated at
 * run time): 1 GiB. It is what a browser tab can usually allocate in one go, the same as the XNNPACK
 * backend's arena cap, and far above what the conformance programs need (tiny_llama: 70 KB). A
 * program that needs more passes `maxPlannedBytes`.
 */
export const DEFAULT_MAX_PLANNED_BYTES = 2 ** 30;

/**
 * A method's planned memory: one zero-filled buffer per memory id, as `non_const_buffer_sizes`
 * describes (entry 0 is ExecuTorch's reserved placeholder and gets no buffer). The buffers live as
 * long as the method, which is how mutable state such as KV caches persists across calls.
 *
 * A buffer is only as large as the tensors planned into it need (the highest planned
 * `offset + nbytes`): the declared size is an upper bound the file states, and a few bytes of file
 * must not be able to make the runtime allocate gigabytes that no tensor uses.
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
   * Allocates the buffers for `sizes` (the plan's `non_const_buffer_sizes`), each only as large as
   * `used[id]` (the end of the last tensor planned into it; the whole declared size when `used` is
   * not given). Refuses with `MemoryAllocationFailed`, before allocating, when the total exceeds
   * `maxBytes`, and when the engine cannot allocate it.
   */
  static allocate(
    sizes: readonly bigint[],
    maxBytes: number = DEFAULT_MAX_PLANNED_BYTES,
    method?: string,
    used?: readonly number[],
  ): MemoryArena {
    const bytes: number[] = [0];
    let total = 0n;
    for (let i = 1; i < sizes.length; i++) {
      const declared = sizes[i] as bigint;
      const need = used === undefined ? declared : BigInt(used[i] ?? 0) < declared ? BigInt(used[i] ?? 0) : declared;
      total += need;
      if (total > BigInt(maxBytes)) {
        throw new KindlingError(
          ErrorCode.MemoryAllocationFailed,
          `method${method ? ` "${method}"` : ''} plans ${used === undefined ? 'more than ' : ''}${total} bytes of memory${used === undefined ? '' : ' for its tensors'}, more than the limit of ${maxBytes} (raise maxPlannedBytes to allow it)`,
          { context: method ? { method } : {} },
        );
      }
      bytes.push(Number(need));
    }
    const buffers: Uint8Array[] = [new Uint8Array(0)];
    try {
      for (let i = 1; i < bytes.length; i++) buffers.push(new Uint8Array(bytes[i] as number));
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
