import type {
  Backend,
  BackendExecutionContext,
  BackendInitContext,
  CompileSpec,
  DelegateHandle,
  EValue,
} from '@kindling/core';
import { ErrorCode, KindlingError } from '@kindling/core';
import { decodeXnnPayload } from '../serialization/xnn-graph-reader.js';
import { validateXnnGraph } from '../serialization/xnn-graph-validator.js';
import { CompiledGraph } from './compiled-graph.js';

/** Load options of the XNNPACK backend (`Module.load(..., { backendOptions: { XnnpackBackend: ... } })`). */
export interface XnnpackOptions {
  /**
   * Threads that run the large fp32 kernels (GEMM, convolution), the calling thread included
   * (default 1). Above 1 the kernels' memory is shared with a pool of `threads - 1` workers
   * (`worker_threads` in Node; Workers in cross-origin-isolated browsers); without
   * SharedArrayBuffer the graph runs on the calling thread. Results do not depend on it.
   */
  readonly threads?: number;
}

/** The delegate id ExecuTorch writes for XNNPACK payloads. */
export const XNNPACK_BACKEND_ID = 'XnnpackBackend';

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
export function xnnpack(options: XnnpackOptions = {}): Backend {
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new KindlingError(ErrorCode.InvalidArgument, `xnnpack(): threads must be a positive integer, got ${threads}`);
  }
  return {
    specificationVersion: 'v1',
    id: XNNPACK_BACKEND_ID,
    name: 'xnnpack',
    isAvailable: () => true,
    init(
      context: BackendInitContext,
      processed: Uint8Array,
      _compileSpecs: readonly CompileSpec[],
    ): DelegateHandle | Promise<DelegateHandle> {
      let graph: CompiledGraph;
      try {
        const payload = decodeXnnPayload(processed);
        validateXnnGraph(payload.graph, {
          constantRegionSize: payload.constantRegion.byteLength,
          namedData: context.namedData,
        });
        graph = new CompiledGraph(payload, context.namedData, threads);
      } catch (error) {
        if (KindlingError.isInstance(error)) throw error;
        // Anything else (e.g. a RangeError from an absurd size) means the payload cannot be loaded.
        const detail = error instanceof Error ? error.message : String(error);
        throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `XNNPACK payload cannot be loaded: ${detail}`, {
          cause: error,
          context: { backend: XNNPACK_BACKEND_ID },
        });
      }
      if (threads < 2) return graph;
      return graph.startThreads().then(() => graph);
    },
    execute(_context: BackendExecutionContext, handle: DelegateHandle, args: EValue[]): void {
      const g = handleOf(handle);
      if (args.length < g.graph.numExterns) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `XNNPACK: the delegate call passes ${args.length} arguments, the graph has ${g.graph.numExterns} external values`,
          { context: { backend: XNNPACK_BACKEND_ID } },
        );
      }
      g.execute(args);
    },
    destroy(handle: DelegateHandle): void {
      handleOf(handle).dispose();
    },
  };
}
