import { ThreadPool, threadsAvailable } from '../threads/pool.js';
import { CONTROL_BYTES } from '../threads/protocol.js';
import { KernelHeap, type LoadedModule } from '../wasm/kernels.js';

/**
 * The kernel memory and worker pool that the delegates of one `xnnpack()` instance share (one
 * workspace per thread count), as ExecuTorch's XNNPACK delegate shares one threadpool and one
 * workspace: loading a program with many delegates starts one pool, not one per delegate.
 *
 * The memory holds every delegate's packed weights (allocated once, for the workspace's lifetime)
 * followed by one region for intermediate values and kernel scratch, which the delegates take
 * turns using (a delegate call runs to completion before another starts, and nothing in the region
 * outlives a call). The region sits after the last allocation and is as large as the largest
 * delegate needs; when a new delegate allocates weights the region moves, and each delegate
 * rebinds its views before its next call ({@link XnnWorkspace.generation}). The memory is given
 * back when the last delegate using it is destroyed.
 */
export class XnnWorkspace {
  /** The WebAssembly kernels and their memory (null: TypeScript kernels). */
  readonly heap: KernelHeap | null;
  /** Threads its delegates are planned for: 1 unless the memory is shared. */
  readonly threads: number;
  readonly #control: number;
  #pool: ThreadPool | null = null;
  #starting: Promise<ThreadPool | null> | null = null;
  #users = 0;
  #regionBytes = 0;
  #regionBase = -1;
  #generation = 0;

  /**
   * Runs the kernels of `m` (the loaded build; null: the TypeScript kernels). `threads` > 1 puts the
   * memory in a shared `WebAssembly.Memory` that a worker pool can run `shared` (the shared build)
   * over; where that is impossible the workspace is the single-threaded one.
   */
  constructor(threads = 1, m: LoadedModule | null = null, shared: LoadedModule | null = null) {
    let heap: KernelHeap | null = null;
    let planned = 1;
    let control = -1;
    if (m && threads > 1 && threadsAvailable()) {
      try {
        heap = shared ? new KernelHeap(shared) : null;
      } catch {
        heap = null; // e.g. the engine refuses the shared memory's reservation
      }
      if (heap) {
        planned = threads;
        control = heap.alloc(CONTROL_BYTES);
      }
    }
    if (!heap && m) heap = new KernelHeap(m);
    this.heap = heap;
    this.threads = planned;
    this.#control = control;
  }

  /**
   * Where the shared region starts, once it holds at least `bytes` (it moves past any allocation
   * made since it was last placed; {@link generation} then changes).
   */
  region(bytes: number): number {
    const heap = this.heap;
    if (!heap) return 0;
    const base = heap.top;
    if (base !== this.#regionBase || bytes > this.#regionBytes) {
      this.#regionBytes = Math.max(this.#regionBytes, bytes);
      heap.reserve(base + this.#regionBytes);
      this.#regionBase = base;
      this.#generation++;
    }
    return base;
  }

  /** Changes whenever the region moves or the memory's buffer changes: views must be rebound. */
  get generation(): number {
    return this.#generation;
  }

  /** Counts a delegate that uses the workspace. */
  acquire(): void {
    this.#users++;
  }

  /**
   * Releases a delegate; returns true when it was the last one (the pool is then stopped, and the
   * owner drops the workspace so that its memory is freed).
   */
  release(): boolean {
    this.#users = Math.max(0, this.#users - 1);
    if (this.#users > 0) return false;
    void this.#pool?.close();
    this.#pool = null;
    this.#starting = null;
    return true;
  }

  /** Starts the worker pool (once); null where none can run. */
  startPool(): Promise<ThreadPool | null> {
    const heap = this.heap;
    if (!heap || this.threads < 2 || this.#control < 0) return Promise.resolve(null);
    if (this.#pool && !this.#pool.closed) return Promise.resolve(this.#pool);
    this.#starting ??= ThreadPool.start(heap, this.#control, this.threads).then((pool) => {
      this.#pool = pool;
      return pool;
    });
    return this.#starting;
  }
}
