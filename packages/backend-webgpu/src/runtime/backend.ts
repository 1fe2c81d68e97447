import type { Availability, Backend, BackendInitContext, DelegateHandle, EValue } from '@kindling/core';
import { ErrorCode, KindlingError } from '@kindling/core';
import { WEBGPU_CAPABILITIES } from '../capabilities.js';
import { buildPlan, IMPLEMENTED_OPERATORS } from './build-plan.js';
import { GpuGraph, type PipelineCache } from './gpu-graph.js';
import { prepareDelegate } from './prepare.js';

/** The delegate id ExecuTorch writes for Vulkan payloads. */
export const VULKAN_BACKEND_ID = 'VulkanBackend';

/** Options of the WebGPU backend. */
export interface WebGpuOptions {
  /**
   * The WebGPU entry point: `navigator.gpu` by default (browsers, workers); in Node, the object the
   * `webgpu` package's `create()` returns (keep your own reference to it while the backend lives).
   */
  readonly gpu?: GPU;
  /** A device to run on (its adapter and limits are the caller's choice); otherwise one is requested. */
  readonly device?: GPUDevice;
  /** Adapter preference when the backend requests the adapter itself. */
  readonly powerPreference?: GPUPowerPreference;
  /** Most bytes of GPU buffers one delegate may allocate (default 1 GiB); a larger graph fails at init. */
  readonly maxDelegateBytes?: number;
}

const NO_NAVIGATOR = 'no WebGPU: navigator.gpu is absent (pass webgpu({ gpu }) outside browsers)';

function handleOf(handle: DelegateHandle): GpuGraph {
  if (!(handle instanceof GpuGraph)) {
    throw new KindlingError(
      ErrorCode.DelegateInvalidHandle,
      'WebGPU backend: the handle is not one this backend created',
      {
        context: { backend: VULKAN_BACKEND_ID },
      },
    );
  }
  return handle;
}

/**
 * Creates the WebGPU backend: it executes `VulkanBackend` delegates (ExecuTorch's Vulkan payload,
 * `VH00` header + `VK00` VkGraph) with WGSL compute shaders, every tensor in a storage buffer.
 *
 * ```ts
 * const module = await Module.load(bytes, { backends: [webgpu()], kernels: portableKernels });
 * ```
 */
export function webgpu(options: WebGpuOptions = {}): Backend {
  let devicePromise: Promise<GPUDevice | string> | undefined;
  const caches = new WeakMap<GPUDevice, PipelineCache>();
  const maxBytes = options.maxDelegateBytes ?? 2 ** 30;

  const acquire = (): Promise<GPUDevice | string> => {
    devicePromise ??= (async () => {
      if (options.device) return options.device;
      const gpu = options.gpu ?? (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
      if (!gpu) return NO_NAVIGATOR;
      const adapter = await gpu.requestAdapter(
        options.powerPreference ? { powerPreference: options.powerPreference } : undefined,
      );
      if (!adapter) return 'no WebGPU adapter: requestAdapter() returned null';
      const limits = adapter.limits;
      const device = await adapter.requestDevice({
        requiredLimits: {
          maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
          maxBufferSize: limits.maxBufferSize,
          maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
        },
      });
      // A lost device fails the delegates made on it; later loads request a new one.
      void device.lost.then(() => {
        devicePromise = undefined;
      });
      return device;
    })().catch((e: unknown) => `WebGPU device request failed: ${e instanceof Error ? e.message : String(e)}`);
    return devicePromise;
  };

  return {
    specificationVersion: 'v1',
    id: VULKAN_BACKEND_ID,
    name: 'webgpu',
    capabilities: WEBGPU_CAPABILITIES,
    async isAvailable(): Promise<Availability> {
      const d = await acquire();
      return typeof d === 'string' ? { available: false, reason: d } : { available: true };
    },
    async init(context: BackendInitContext, processed: Uint8Array): Promise<DelegateHandle> {
      const { plan, constants, graph } = prepareDelegate(processed, context.namedData);
      const device = await acquire();
      if (typeof device === 'string') {
        throw new KindlingError(ErrorCode.NotSupported, `WebGPU backend: ${device}`, {
          context: { backend: VULKAN_BACKEND_ID },
        });
      }
      let cache = caches.get(device);
      if (!cache) {
        cache = new Map();
        caches.set(device, cache);
      }
      device.pushErrorScope('out-of-memory');
      device.pushErrorScope('validation');
      let graphOnGpu: GpuGraph | undefined;
      let thrown: unknown;
      try {
        graphOnGpu = new GpuGraph(
          device,
          plan,
          (id) => constants.get(id)!,
          cache,
          maxBytes,
          (shapes) => buildPlan(graph, shapes),
        );
      } catch (e) {
        thrown = e;
      }
      const error = [await device.popErrorScope(), await device.popErrorScope()].find((e) => e);
      if (thrown !== undefined && !error) throw thrown;
      if (error || !graphOnGpu) {
        // A shader or pipeline the device refused, or memory it could not give: release the rest.
        graphOnGpu?.dispose();
        throw new KindlingError(
          ErrorCode.Internal,
          `WebGPU backend: the device refused the graph: ${error?.message ?? String(thrown)}`,
          { context: { backend: VULKAN_BACKEND_ID }, ...(thrown === undefined ? {} : { cause: thrown }) },
        );
      }
      return graphOnGpu;
    },
    execute(_context, handle: DelegateHandle, args: EValue[]): Promise<void> {
      return handleOf(handle).execute(args);
    },
    destroy(handle: DelegateHandle): void {
      handleOf(handle).dispose();
    },
  };
}

export { IMPLEMENTED_OPERATORS };
