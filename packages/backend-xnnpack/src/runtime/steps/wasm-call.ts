/** Helpers of the steps that call the WebAssembly kernels. */
import type { PoolKernel } from '../../threads/pool.js';
import type { KernelHeap } from '../../wasm/kernels.js';
import type { RuntimeValue } from '../runtime-value.js';
import type { StepContext } from './step.js';

/** Multiply-adds below which a kernel runs on the calling thread (waking workers costs more). */
const PARALLEL_MIN_MACS = 1 << 20;

/**
 * Runs `kernel` split across the pool when there is one and the call is large enough; false when
 * the caller should run the whole kernel itself (also below `minMacs` multiply-adds). The result is bit-identical either way. `_taken`
 * is what the step took with `heap.kernels(...)`: the type checker then refuses a `kernel` the step
 * did not take (so the set of exports a graph needs is known when it is built).
 */
export function runParallel<P extends PoolKernel>(
  ctx: StepContext,
  _taken: { readonly [K in P]: unknown },
  kernel: P,
  args: number[],
  macs: number,
  scratchArg = -1,
  minMacs = PARALLEL_MIN_MACS,
): boolean {
  const pool = ctx.pool;
  if (!pool || macs < minMacs) return false;
  pool.run(kernel, args, pool.threads * 4, scratchArg, ctx.scratchStride);
  return true;
}

/** Calls a kernel export with an argument list (the one `runParallel` would have split). */
export function callKernel(kernel: unknown, args: readonly number[]): void {
  (kernel as (...a: number[]) => void)(...args);
}

/**
 * A kernel's argument list, allocated once when the step is built and refilled on every run, so
 * that executing a graph allocates nothing: `set(...)` fills {@link ArgList.values} (what the pool
 * splits); {@link ArgList.whole} is the same list plus part 0 of 1 (the whole call on this thread).
 */
export class ArgList {
  readonly values: number[];
  readonly #whole: number[];
  #n = 0;
  constructor(size: number) {
    this.values = new Array<number>(size).fill(0);
    this.#whole = new Array<number>(size + 2).fill(0);
  }
  /** Starts filling from the first argument. */
  reset(): this {
    this.#n = 0;
    return this;
  }
  /** Sets the next argument. */
  add(v: number): this {
    this.values[this.#n++] = v;
    return this;
  }
  /** The arguments followed by part 0 of 1. */
  whole(): number[] {
    const w = this.#whole;
    const n = this.values.length;
    for (let i = 0; i < n; i++) w[i] = this.values[i] as number;
    w[n] = 0;
    w[n + 1] = 1;
    return w;
  }
}

/** Pointer of a value's elements in the kernels' memory, or -1 when they live elsewhere. */
export function pointerOf(heap: KernelHeap, v: RuntimeValue): number {
  const d = v.data;
  return d && d.buffer === heap.buffer ? d.byteOffset : -1;
}

/**
 * Whether an operand of `shape` repeats over `outShape` as one contiguous block (its dims, without
 * leading 1s, are the trailing dims of the output), so element `i` of the output reads `i % numel`.
 */
export function repeats(shape: readonly number[], outShape: readonly number[]): boolean {
  let s = 0;
  while (s < shape.length && shape[s] === 1) s++;
  const rest = shape.length - s;
  if (rest > outShape.length) return false;
  for (let i = 0; i < rest; i++) if (shape[s + i] !== outShape[outShape.length - rest + i]) return false;
  return true;
}

/**
 * Where a value lives in the kernels' memory at run time: arena values at their view's offset;
 * an fp32 constant is copied there now (at init) when `copyConstant`.
 */
export function wasmLocator(heap: KernelHeap, v: RuntimeValue, copyConstant: boolean): () => number {
  if (v.storage === 'constant') {
    if (!copyConstant || !(v.data instanceof Float32Array)) return () => -1;
    const src = v.data;
    const ptr = heap.alloc(src.length * 4);
    heap.f32(ptr, src.length).set(src);
    return () => ptr;
  }
  return () => pointerOf(heap, v);
}

/** Copies packed fp32 weights into the kernels' memory; returns the pointer. */
export function packInto(heap: KernelHeap, length: number, pack: (out: Float32Array) => void): number {
  const ptr = heap.alloc(length * 4);
  pack(heap.f32(ptr, length));
  return ptr;
}
