import { ErrorCode, type EValue, KindlingError, ScalarType, Tag, type Tensor } from '@kindling/core';
import { WGSL } from '../generated/wgsl.js';
import { VkDataType } from '../serialization/vk-graph.js';
import type { Plan, PlanTensor } from './plan.js';

const WORKGROUP = 64;
// Flag values fixed by the WebGPU specification; the GPUBufferUsage and GPUMapMode globals are absent
// where WebGPU comes from an injected object (Node).
const USAGE_MAP_READ = 0x1;
const USAGE_COPY_SRC = 0x4;
const USAGE_COPY_DST = 0x8;
const USAGE_STORAGE = 0x80;
const MAP_READ = 0x1;
const MAX_GROUPS = 65_535;

/** Compiled pipelines of one device, by shader and specialization constants. */
export type PipelineCache = Map<string, GPUComputePipeline>;

function fail(code: ErrorCode, message: string, context: Record<string, unknown> = {}): never {
  const { cause, ...rest } = context;
  throw new KindlingError(code, `WebGPU backend: ${message}`, {
    context: { backend: 'VulkanBackend', ...rest },
    ...(cause === undefined ? {} : { cause }),
  });
}

function bufferSize(t: PlanTensor): number {
  return Math.max(16, Math.ceil((t.numel * 4) / 4) * 4);
}

function pipeline(
  device: GPUDevice,
  cache: PipelineCache,
  shader: keyof typeof WGSL,
  constants: Record<string, number>,
) {
  const key = `${shader}|${Object.entries(constants)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;
  let p = cache.get(key);
  if (!p) {
    const module = device.createShaderModule({ code: WGSL[shader], label: shader });
    p = device.createComputePipeline({
      layout: 'auto',
      compute: { module, entryPoint: 'main', constants },
      label: key,
    });
    cache.set(key, p);
  }
  return p;
}

interface Launch {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  readonly x: number;
  readonly y: number;
}

interface Input {
  readonly id: number;
  readonly buffer: GPUBuffer;
  readonly tensor: PlanTensor;
  /** int32 staging for int64 arguments. */
  readonly narrow: Int32Array<ArrayBuffer>;
  /** Copy of the argument's bytes when they live in a SharedArrayBuffer. */
  readonly staging: Uint8Array<ArrayBuffer>;
}

interface Output {
  readonly source: GPUBuffer;
  readonly readback: GPUBuffer;
  readonly tensor: PlanTensor;
}

/**
 * One delegate on one device: a storage buffer per tensor (views share their input's), weights
 * uploaded at creation, bind groups and pipelines made once; {@link GpuGraph.execute} writes the
 * inputs, records one command buffer, and reads back only the outputs.
 */
export class GpuGraph {
  readonly device: GPUDevice;
  readonly plan: Plan;
  readonly bytes: number;
  #buffers: GPUBuffer[] = [];
  #launches: Launch[] = [];
  #inputs: Input[] = [];
  #outputs: Output[] = [];
  #queue: Promise<void> = Promise.resolve();
  #disposed = false;

  constructor(
    device: GPUDevice,
    plan: Plan,
    constant: (id: number) => Uint8Array,
    cache: PipelineCache,
    maxBytes: number,
  ) {
    this.device = device;
    this.plan = plan;
    // Sizes first: nothing is allocated for a graph that does not fit.
    let total = 0;
    for (const t of plan.tensors.values()) {
      if (t.alias === undefined) total += bufferSize(t);
      if (bufferSize(t) > device.limits.maxStorageBufferBindingSize) {
        fail(ErrorCode.OutOfResources, `tensor ${t.id} needs ${bufferSize(t)} bytes, over the device's binding limit`, {
          value: t.id,
        });
      }
    }
    if (total > maxBytes) fail(ErrorCode.OutOfResources, `the graph needs ${total} bytes of buffers, over ${maxBytes}`);
    this.bytes = total;
    try {
      this.#create(device, plan, constant, cache);
    } catch (error) {
      // e.g. a mapping of a buffer the device could not allocate: release what was made
      this.dispose();
      throw error;
    }
  }

  #create(device: GPUDevice, plan: Plan, constant: (id: number) => Uint8Array, cache: PipelineCache): void {
    const own = new Map<number, GPUBuffer>();
    const usage = USAGE_STORAGE | USAGE_COPY_SRC | USAGE_COPY_DST;
    for (const t of plan.tensors.values()) {
      if (t.alias !== undefined) continue;
      const init = t.constant !== -1 ? constant(t.id) : t.fill ? new Uint8Array(t.fill.buffer) : undefined;
      const buffer = device.createBuffer({ size: bufferSize(t), usage, mappedAtCreation: !!init, label: `v${t.id}` });
      this.#buffers.push(buffer);
      if (init) {
        new Uint8Array(buffer.getMappedRange()).set(init);
        buffer.unmap();
      }
      own.set(t.id, buffer);
    }
    const bufferOf = (id: number): GPUBuffer => {
      const t = plan.tensors.get(id)!;
      return own.get(t.alias ?? id)!;
    };
    const placeholder = device.createBuffer({ size: 16, usage: USAGE_STORAGE, label: 'unused' });
    this.#buffers.push(placeholder);
    for (const d of plan.dispatches) {
      if (d.invocations === 0) continue;
      const pipe = pipeline(device, cache, d.shader, d.constants);
      const params = device.createBuffer({
        size: Math.max(16, d.params.byteLength),
        usage: USAGE_STORAGE,
        mappedAtCreation: true,
        label: `params ${d.op}`,
      });
      this.#buffers.push(params);
      new Uint32Array(params.getMappedRange()).set(d.params);
      params.unmap();
      const entries: GPUBindGroupEntry[] = d.bindings.map((id, binding) => ({
        binding,
        resource: { buffer: id === -1 ? placeholder : bufferOf(id) },
      }));
      entries.push({ binding: d.bindings.length, resource: { buffer: params } });
      const bindGroup = device.createBindGroup({ layout: pipe.getBindGroupLayout(0), entries });
      const groups = Math.ceil(d.invocations / WORKGROUP);
      const x = Math.min(groups, MAX_GROUPS);
      this.#launches.push({ pipeline: pipe, bindGroup, x, y: Math.ceil(groups / x) });
    }
    for (const id of plan.inputs) {
      const t = plan.tensors.get(id)!;
      this.#inputs.push({
        id,
        buffer: bufferOf(id),
        tensor: t,
        narrow: new Int32Array(t.dtype === VkDataType.Float32 ? 0 : t.numel),
        staging: new Uint8Array(t.numel * 4),
      });
    }
    for (const id of plan.outputs) {
      const t = plan.tensors.get(id)!;
      const readback = device.createBuffer({
        size: bufferSize(t),
        usage: USAGE_MAP_READ | USAGE_COPY_DST,
        label: `out v${id}`,
      });
      this.#buffers.push(readback);
      this.#outputs.push({ source: bufferOf(id), readback, tensor: t });
    }
  }

  /** Runs the graph; calls on one delegate run one after another. */
  execute(args: readonly EValue[]): Promise<void> {
    if (this.#disposed) fail(ErrorCode.InvalidState, 'the delegate was destroyed');
    const expected = this.#inputs.length + this.#outputs.length;
    if (args.length !== expected) {
      fail(ErrorCode.InvalidArgument, `the delegate call passes ${args.length} values, the graph has ${expected}`);
    }
    const inputs = this.#inputs.map((input, i) => checkTensor(args[i]!, input.tensor, 'input', i));
    const outputs = this.#outputs.map((output, i) =>
      checkTensor(args[this.#inputs.length + i]!, output.tensor, 'output', i),
    );
    const run = this.#queue.then(() =>
      this.#run(inputs, outputs).catch((error: unknown) => {
        if (KindlingError.isInstance(error)) throw error;
        // e.g. a lost device: mapAsync rejects with a DOMException
        const detail = error instanceof Error ? error.message : String(error);
        fail(ErrorCode.Internal, `the device failed to run the graph: ${detail}`, { cause: error });
      }),
    );
    this.#queue = run.catch(() => {});
    return run;
  }

  async #run(inputs: readonly Tensor[], outputs: readonly Tensor[]): Promise<void> {
    const { device } = this;
    for (const [i, input] of this.#inputs.entries()) {
      const t = inputs[i]!;
      if (input.tensor.numel === 0) continue;
      if (t.dtype === ScalarType.Long) {
        const src = t.data as BigInt64Array;
        for (let k = 0; k < input.narrow.length; k++) {
          const v = src[k]!;
          input.narrow[k] = v > 2147483647n || v < -2147483648n ? -1 : Number(v);
        }
        device.queue.writeBuffer(input.buffer, 0, input.narrow);
      } else if (t.dtype === ScalarType.Bool) {
        const src = t.bytes;
        for (let k = 0; k < input.narrow.length; k++) input.narrow[k] = src[k] ? 1 : 0;
        device.queue.writeBuffer(input.buffer, 0, input.narrow);
      } else if (t.bytes.buffer instanceof ArrayBuffer) {
        device.queue.writeBuffer(input.buffer, 0, t.bytes.buffer, t.bytes.byteOffset, input.staging.byteLength);
      } else {
        // Never hand WebGPU a view of a SharedArrayBuffer: copy first.
        input.staging.set(t.bytes.subarray(0, input.staging.byteLength));
        device.queue.writeBuffer(input.buffer, 0, input.staging);
      }
    }
    const encoder = device.createCommandEncoder();
    if (this.#launches.length > 0) {
      const pass = encoder.beginComputePass();
      for (const l of this.#launches) {
        pass.setPipeline(l.pipeline);
        pass.setBindGroup(0, l.bindGroup);
        pass.dispatchWorkgroups(l.x, l.y);
      }
      pass.end();
    }
    for (const o of this.#outputs) encoder.copyBufferToBuffer(o.source, 0, o.readback, 0, o.readback.size);
    device.pushErrorScope('validation');
    device.queue.submit([encoder.finish()]);
    const error = await device.popErrorScope();
    if (error) fail(ErrorCode.Internal, `the device refused the command buffer: ${error.message}`);
    await Promise.all(this.#outputs.map((o) => o.readback.mapAsync(MAP_READ)));
    for (const [i, o] of this.#outputs.entries()) {
      const t = outputs[i]!;
      const bytes = new Uint8Array(o.readback.getMappedRange(), 0, o.tensor.numel * 4);
      if (t.dtype === ScalarType.Long) {
        const src = new Int32Array(bytes.buffer, 0, o.tensor.numel);
        const dst = t.data as BigInt64Array;
        for (let k = 0; k < src.length; k++) dst[k] = BigInt(src[k]!);
      } else if (t.dtype === ScalarType.Bool) {
        const src = new Uint32Array(bytes.buffer, 0, o.tensor.numel);
        for (let k = 0; k < src.length; k++) t.bytes[k] = src[k] ? 1 : 0;
      } else {
        t.bytes.set(bytes);
      }
      o.readback.unmap();
    }
  }

  /** Releases every buffer (pipelines stay in the backend's cache). */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const b of this.#buffers) b.destroy();
    this.#buffers = [];
    this.#launches = [];
  }
}

/** Checks that a delegate argument is the tensor the graph declares (dtype, shape, layout). */
function checkTensor(v: EValue, t: PlanTensor, what: string, index: number): Tensor {
  if (v.tag !== Tag.Tensor) fail(ErrorCode.InvalidArgument, `${what} ${index} is not a tensor`, { value: t.id });
  const tensor = v.value;
  const ok =
    t.dtype === VkDataType.Float32
      ? tensor.dtype === ScalarType.Float
      : t.dtype === VkDataType.Bool
        ? tensor.dtype === ScalarType.Bool
        : tensor.dtype === ScalarType.Int || tensor.dtype === ScalarType.Long;
  if (!ok) fail(ErrorCode.InvalidType, `${what} ${index} has the wrong element type`, { value: t.id });
  const sizes = tensor.sizes;
  if (sizes.length !== t.dims.length || sizes.some((d, i) => d !== t.dims[i])) {
    fail(ErrorCode.InvalidArgument, `${what} ${index} has shape [${sizes}], the graph declares [${t.dims}]`, {
      value: t.id,
    });
  }
  if (tensor.dimOrder.some((d, i) => d !== i)) {
    fail(ErrorCode.NotSupported, `${what} ${index} is not contiguous (dim order [${tensor.dimOrder}])`, {
      value: t.id,
    });
  }
  return tensor;
}
