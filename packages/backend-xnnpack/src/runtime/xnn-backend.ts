import type {
  Backend,
  BackendExecutionContext,
  BackendInitContext,
  CompileSpec,
  DelegateHandle,
  EValue,
} from '@kindling/core';
import { ErrorCode, KindlingError } from '@kindling/core';
import { XNNPACK_CAPABILITIES } from '../capabilities.js';
import { nodeTypeName } from '../serialization/xnn-graph.js';
import { decodeXnnPayload } from '../serialization/xnn-graph-reader.js';
import { validateXnnGraph } from '../serialization/xnn-graph-validator.js';
import { threadsAvailable, threadsUnavailableReason } from '../threads/pool.js';
import { type KernelWasmOption, type LoadedModule, loadKernels } from '../wasm/kernels.js';
import { CompiledGraph } from './compiled-graph.js';
import { XnnWorkspace } from './workspace.js';

/**
 * Options of the XNNPACK backend: given to the factory (`xnnpack({ threads: 2 })`), or per program
 * at load time (`Module.load(bytes, { backendOptions: { XnnpackBackend: { threads: 2 } } })`),
 * which overrides the factory's for that program's delegates.
 */
export interface XnnpackOptions {
  /**
   * Threads that run the large fp32 kernels (GEMM, convolution), the calling thread included
   * (default 1), at most as many as the hardware runs at once (`os.availableParallelism()` in
   * Node, `navigator.hardwareConcurrency` in browsers). Above 1 the kernels' memory is shared with
   * a pool of `threads - 1` workers (`worker_threads` in Node; Workers in cross-origin-isolated
   * browsers), one pool for all delegates of the backend instance; without SharedArrayBuffer the
   * graph runs on the calling thread. Results do not depend on it.
   *
   * If a worker fails (its kernel throws, it exits or is terminated, or it holds a part of a job
   * for 500 ms after the last other part finished, or four times as long as the calling thread
   * took for its own parts if that is longer), the call that meets the failure rejects with a
   * `KindlingError` (`Internal`) within that time instead of waiting forever, the delegate's pool
   * is stopped, and later calls of the delegate run on the calling thread (same results, slower).
   */
  readonly threads?: number;
  /**
   * Called once per XNNPACK delegate when it is ready to run (after its worker pool started, if
   * any), with what it runs on: threads actually used, the kernel build, its arena. Use it to check
   * that threads really started (cross-origin isolation in browsers) or which SIMD build was chosen.
   */
  readonly onDelegateReady?: (info: XnnpackDelegateInfo) => void;
}

/** Options of the {@link xnnpack} factory: the per-load {@link XnnpackOptions} and where the kernels come from. */
export interface XnnpackFactoryOptions extends XnnpackOptions {
  /**
   * The kernels' WebAssembly. By default the delegate fetches the build the engine runs best, one
   * of the `.wasm` files shipped beside this package's code (`new URL('./generated/kernels-…wasm',
   * import.meta.url)`, which Vite, webpack 5, Rollup and Parcel emit as assets; read from disk in
   * Node, Deno and Bun), once per process, when the first delegate loads. Give:
   *
   * - a URL (or string) of a file you serve, a fetch `Response`, its bytes or a compiled
   *   `WebAssembly.Module`: that build, whatever the engine supports (e.g. the pruned build
   *   `kindling select --wasm` writes);
   * - a function of the build wanted (`{ variant, shared, name }`) returning one of those (or null:
   *   none; a missing shared build runs the delegate on one thread), e.g.
   *   `({ name }) => new URL(\`/wasm/kernels-${name}.wasm\`, location.href)`;
   * - `embeddedKernels` from `@kindling/backend-xnnpack/embedded`: the builds inside the JavaScript
   *   (single-file apps; about 4 x 39 KB of base64 more).
   *
   * A file that cannot be fetched or is not such a build fails the load with a `KindlingError`
   * (`AccessFailed`, `InvalidArgument`, `NotSupported`); a build lacking a kernel a graph needs
   * fails it with `OperatorMissing`, naming the node.
   */
  readonly wasm?: KernelWasmOption;
}

/** What one loaded XNNPACK delegate runs on (see {@link XnnpackOptions.onDelegateReady}). */
export interface XnnpackDelegateInfo {
  /** Threads that run its kernels, the calling thread included (1 without a worker pool). */
  readonly threads: number;
  /**
   * The kernel build: `'relaxed-simd'` (WebAssembly relaxed SIMD, fused multiply-add), `'simd'`
   * (WebAssembly SIMD128) or `'ts'` (TypeScript, where the engine has no WebAssembly SIMD).
   */
  readonly kernels: 'relaxed-simd' | 'simd' | 'ts';
  /** Bytes of the delegate's planned arena (its intermediate values). */
  readonly arenaBytes: number;
  /** Node types of the graph in execution order, as names (e.g. `'Conv2d'`). */
  readonly nodes: readonly string[];
  /** The threads asked for (`threads` of the options). */
  readonly threadsRequested: number;
  /**
   * Why the delegate runs on one thread although more were asked for (e.g. a page that is not
   * cross-origin isolated); absent otherwise. The first such fallback in a process is also
   * reported once with `console.warn`.
   */
  readonly singleThreadReason?: string;
}

/** Whether the one-thread fallback was already reported with `console.warn` (once per process). */
let fallbackWarned = false;

function singleThreadReason(
  requested: number,
  running: number,
  workspace: XnnWorkspace | undefined,
): string | undefined {
  if (requested < 2 || running > 1) return undefined;
  const reason =
    threadsUnavailableReason() ??
    (workspace === undefined || workspace.threads > 1
      ? 'the worker pool did not start'
      : workspace.heap === null
        ? 'without WebAssembly SIMD the TypeScript kernels run on one thread'
        : 'the shared-memory kernel build could not be loaded');
  if (!fallbackWarned) {
    fallbackWarned = true;
    (globalThis as { console?: { warn?: (message: string) => void } }).console?.warn?.(
      `[kindling] ${XNNPACK_BACKEND_ID}: running on 1 thread instead of ${requested}: ${reason}.`,
    );
  }
  return reason;
}

/** The delegate id ExecuTorch writes for XNNPACK payloads. */
export const XNNPACK_BACKEND_ID = 'XnnpackBackend';

function checkThreads(threads: unknown, where: string): number {
  if (!Number.isInteger(threads) || (threads as number) < 1) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${where}: threads must be a positive integer, got ${String(threads)}`,
      {
        context: { backend: XNNPACK_BACKEND_ID },
      },
    );
  }
  return threads as number;
}

function handleOf(handle: DelegateHandle): CompiledGraph {
  if (!(handle instanceof CompiledGraph)) {
    throw new KindlingError(
      ErrorCode.DelegateInvalidHandle,
      'XNNPACK: the delegate handle is not one this backend created',
      {
        context: { backend: XNNPACK_BACKEND_ID },
      },
    );
  }
  return handle;
}

/**
 * Creates the XNNPACK backend: it executes `XnnpackBackend` delegates (ExecuTorch's XNNPACK
 * payload: `XH00` header + `XNNGraph` flatbuffer, weights in the program's named data).
 *
 * ```ts
 * const module = await Module.load(bytes, { backends: [xnnpack()], kernels: portableKernels });
 * ```
 */
export function xnnpack(options: XnnpackFactoryOptions = {}): Backend {
  const defaultThreads = checkThreads(options.threads ?? 1, 'xnnpack()');
  const wasm = options.wasm;
  /** The builds a workspace of `threads` runs: the ordinary one and, for threads, the shared one. */
  const kernelsFor = async (threads: number): Promise<[LoadedModule | null, LoadedModule | null]> => {
    const base = await loadKernels(wasm, false);
    return [base, base && threads > 1 && threadsAvailable() ? await loadKernels(wasm, true) : null];
  };
  // One kernel memory and one worker pool per thread count, shared by all delegates of this
  // instance (dropped when its last delegate is destroyed).
  const workspaces = new Map<number, XnnWorkspace>();
  const owner = new Map<CompiledGraph, number>();
  return {
    specificationVersion: 'v1',
    id: XNNPACK_BACKEND_ID,
    name: 'xnnpack',
    capabilities: XNNPACK_CAPABILITIES,
    isAvailable: () => {
      // Starts fetching and compiling the kernels while the program loads; `init` awaits them
      // (and reports a failure). Without WebAssembly SIMD the TypeScript kernels run.
      loadKernels(wasm, false).catch(() => {});
      return true;
    },
    async init(
      context: BackendInitContext,
      processed: Uint8Array,
      _compileSpecs: readonly CompileSpec[],
    ): Promise<DelegateHandle> {
      // Load options (`backendOptions: { XnnpackBackend: { ... } }`) override the factory's.
      const load = context.options as XnnpackOptions;
      const threads =
        load.threads === undefined ? defaultThreads : checkThreads(load.threads, 'backendOptions.XnnpackBackend');
      const onReady = load.onDelegateReady ?? options.onDelegateReady;
      const [base, shared] = workspaces.has(threads) ? [null, null] : await kernelsFor(threads);
      let graph: CompiledGraph;
      try {
        const payload = decodeXnnPayload(processed);
        validateXnnGraph(payload.graph, {
          constantRegionSize: payload.constantRegion.byteLength,
          namedData: context.namedData,
        });
        let workspace = workspaces.get(threads);
        if (!workspace) {
          workspace = new XnnWorkspace(threads, base, shared);
          workspaces.set(threads, workspace);
        }
        graph = new CompiledGraph(payload, context.namedData, workspace);
        owner.set(graph, threads);
      } catch (error) {
        if (KindlingError.isInstance(error)) throw error;
        // Anything else (e.g. a RangeError from an absurd size) means the payload cannot be loaded.
        const detail = error instanceof Error ? error.message : String(error);
        throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `XNNPACK payload cannot be loaded: ${detail}`, {
          cause: error,
          context: { backend: XNNPACK_BACKEND_ID },
        });
      }
      const ready = (): CompiledGraph => {
        const reason = singleThreadReason(threads, graph.threads, workspaces.get(threads));
        onReady?.({
          threads: graph.threads,
          kernels: graph.kernels as XnnpackDelegateInfo['kernels'],
          arenaBytes: graph.arenaBytes,
          nodes: graph.graph.nodes.map((n) => nodeTypeName(n.type)),
          threadsRequested: threads,
          ...(reason === undefined ? {} : { singleThreadReason: reason }),
        });
        return graph;
      };
      if (threads < 2) return ready();
      return graph.startThreads().then(ready);
    },
    execute(_context: BackendExecutionContext, handle: DelegateHandle, args: EValue[]): void | Promise<void> {
      const g = handleOf(handle);
      if (args.length < g.graph.numExterns) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `XNNPACK: the delegate call passes ${args.length} arguments, the graph has ${g.graph.numExterns} external values`,
          { context: { backend: XNNPACK_BACKEND_ID } },
        );
      }
      return g.execute(args);
    },
    destroy(handle: DelegateHandle): void {
      const graph = handleOf(handle);
      const threads = owner.get(graph);
      owner.delete(graph);
      if (graph.dispose() && threads !== undefined) workspaces.delete(threads);
    },
  };
}
