import { ErrorCode, type EValue, EValues, KindlingError, ScalarType, Tag, type Tensor } from '@kindling/core';
import { WGSL } from '../generated/wgsl.js';
import { VkDataType } from '../serialization/vk-graph.js';
import { type BufferSharing, checkSharing, planSharing } from './memory.js';
import type { CallShapes, Plan, PlanTensor } from './plan.js';

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
  // UINT8 constants (packed weights) keep their bytes; every other element takes a 32-bit word
  return Math.max(16, t.dtype === VkDataType.UInt8 ? Math.ceil(t.capacity / 4) * 4 : t.capacity * 4);
}

/** Most input-shape variants of one delegate kept ready (launches and parameters); the oldest goes. */
const MAX_VARIANTS = 64;

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

/** One recorded kernel launch: made once, replayed by every call. */
export interface Launch {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  readonly x: number;
  readonly y: number;
  /** The operator and shader (for profiles). */
  readonly label: string;
}

/**
 * The launches of one plan (the payload's shapes or those of a call), with their parameter buffers
 * and everything a call needs to read from the plan, worked out once so a call allocates nothing.
 */
interface Variant {
  readonly plan: Plan;
  readonly launches: Launch[];
  readonly params: GPUBuffer[];
  /** Dimensions of each tensor input (in {@link GpuGraph}'s input order) in this plan. */
  readonly inputDims: (readonly number[])[];
  /** Elements of each tensor input. */
  readonly inputNumel: number[];
  /** Value of each symbolic-integer input. */
  readonly symValues: (number | undefined)[];
  /** The planned tensor of each output. */
  readonly outputTensors: PlanTensor[];
  /** The value of each symbolic-integer output, as the call's argument. */
  readonly symOutputs: EValue[];
  /** Whether the device has validated a command buffer of these launches (later ones skip the check). */
  validated: boolean;
}

interface Input {
  readonly id: number;
  /** Index among the call's arguments. */
  readonly arg: number;
  readonly buffer: GPUBuffer;
  readonly tensor: PlanTensor;
  /** int32 staging for int64 arguments. */
  readonly narrow: Int32Array<ArrayBuffer>;
  /** Copy of the argument's bytes when they live in a SharedArrayBuffer. */
  readonly staging: Uint8Array<ArrayBuffer>;
}

interface Output {
  readonly id: number;
  readonly arg: number;
  readonly source: GPUBuffer;
  readonly readback: GPUBuffer;
  readonly tensor: PlanTensor;
}

/**
 * One delegate on one device: a storage buffer per tensor (views share their input's, tensors of
 * one memory object with disjoint lifetimes share one), weights
 * uploaded at creation, bind groups and pipelines made once; {@link GpuGraph.execute} writes the
 * inputs, records one command buffer, and reads back only the outputs.
 */
export class GpuGraph {
  readonly device: GPUDevice;
  readonly plan: Plan;
  readonly bytes: number;
  #buffers: GPUBuffer[] = [];
  #own = new Map<number, GPUBuffer>();
  /** Tensors that share a buffer (the payload's memory objects, where lifetimes allow). */
  #sharing: BufferSharing;
  #placeholder: GPUBuffer | undefined;
  #cache: PipelineCache;
  /** Plans the graph for a call's shapes (dynamic shapes); absent: only the payload's shapes run. */
  #replan: ((shapes: CallShapes) => Plan) | undefined;
  /** Launches by input-shape signature, oldest first. */
  #variants = new Map<string, Variant>();
  #inputs: Input[] = [];
  /** Symbolic-integer inputs (an Int argument of the call), by argument index and value id. */
  #symInputs: { readonly arg: number; readonly id: number }[] = [];
  #outputs: Output[] = [];
  #symOutputs: { readonly arg: number; readonly id: number }[] = [];
  #arity: number;
  /** Calls started and not yet settled; a call made while one runs waits for {@link #tail}. */
  #pending = 0;
  #tail: Promise<void> = Promise.resolve();
  /** The variant of the last call: a call with the same shapes reuses it without a lookup. */
  #current: Variant | undefined;
  /** The command buffer of a call (reused array: `submit` takes a sequence). */
  readonly #submission: GPUCommandBuffer[] = [];
  /** Mappings of the outputs' readback buffers in flight (reused array). */
  readonly #mappings: Promise<undefined>[] = [];
  #disposed = false;

  constructor(
    device: GPUDevice,
    plan: Plan,
    constant: (id: number) => Uint8Array,
    cache: PipelineCache,
    maxBytes: number,
    replan?: (shapes: CallShapes) => Plan,
  ) {
    this.device = device;
    this.plan = plan;
    this.#cache = cache;
    this.#replan = replan;
    this.#arity = plan.inputs.length + plan.outputs.length;
    this.#sharing = planSharing(plan, bufferSize);
    checkSharing(plan, this.#sharing);
    // Sizes first: nothing is allocated for a graph that does not fit.
    let total = 0;
    for (const t of plan.tensors.values()) {
      if (t.alias === undefined) total += this.#allocation(t);
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

  /** Bytes allocated for tensor `t` (not a view): its buffer, the shared one, or 0 when it uses another's. */
  #allocation(t: PlanTensor): number {
    const owner = this.#sharing.owner.get(t.id);
    if (owner === undefined) return bufferSize(t);
    return owner === t.id ? this.#sharing.size.get(owner)! : 0;
  }

  #create(device: GPUDevice, plan: Plan, constant: (id: number) => Uint8Array, cache: PipelineCache): void {
    const own = new Map<number, GPUBuffer>();
    const usage = USAGE_STORAGE | USAGE_COPY_SRC | USAGE_COPY_DST;
    for (const t of plan.tensors.values()) {
      const size = this.#allocation(t);
      if (t.alias !== undefined || size === 0) continue;
      const init = t.constant !== -1 ? constant(t.id) : t.fill ? new Uint8Array(t.fill.buffer) : undefined;
      const buffer = device.createBuffer({ size, usage, mappedAtCreation: !!init, label: `v${t.id}` });
      this.#buffers.push(buffer);
      if (init) {
        new Uint8Array(buffer.getMappedRange()).set(init);
        buffer.unmap();
      }
      own.set(t.id, buffer);
    }
    for (const [id, owner] of this.#sharing.owner) if (owner !== id) own.set(id, own.get(owner)!);
    this.#own = own;
    const bufferOf = (id: number): GPUBuffer => this.#bufferOf(plan, id);
    this.#placeholder = device.createBuffer({ size: 16, usage: USAGE_STORAGE, label: 'unused' });
    this.#buffers.push(this.#placeholder);
    const symbolicInputs = plan.inputs.some((id) => !plan.tensors.has(id));
    if (symbolicInputs) {
      // the payload's shapes are not a call's shapes here: compile the pipelines now, launch per call
      for (const d of plan.dispatches) if (d.invocations > 0) pipeline(device, cache, d.shader, d.constants);
    }
    for (const [arg, id] of plan.inputs.entries()) {
      const t = plan.tensors.get(id);
      if (!t) {
        this.#symInputs.push({ arg, id });
        continue;
      }
      this.#inputs.push({
        id,
        arg,
        buffer: bufferOf(id),
        tensor: t,
        narrow: new Int32Array(t.dtype === VkDataType.Float32 ? 0 : t.capacity),
        staging: new Uint8Array(t.capacity * 4),
      });
    }
    for (const [i, id] of plan.outputs.entries()) {
      const arg = plan.inputs.length + i;
      const t = plan.tensors.get(id);
      if (!t) {
        this.#symOutputs.push({ arg, id });
        continue;
      }
      const readback = device.createBuffer({
        size: bufferSize(t),
        usage: USAGE_MAP_READ | USAGE_COPY_DST,
        label: `out v${id}`,
      });
      this.#buffers.push(readback);
      this.#outputs.push({ id, arg, source: bufferOf(id), readback, tensor: t });
    }
    if (!symbolicInputs) this.#variants.set(this.#signatureOf(plan), this.#variant(plan));
  }

  /** The launches of the payload's shapes (profiling: each can be timed alone). */
  launchesForProfiling(): readonly Launch[] {
    return [...this.#variants.values()][0]?.launches ?? [];
  }

  /** The buffer of tensor `id` in `plan` (views share their source's buffer). */
  #bufferOf(plan: Plan, id: number): GPUBuffer {
    const t = plan.tensors.get(id);
    const buffer = t && this.#own.get(t.alias ?? id);
    if (!buffer) fail(ErrorCode.Internal, `tensor ${id} has no buffer in this graph`, { value: id });
    return buffer;
  }

  /** The key of a plan's (or a call's) input shapes: tensor dims and symbolic-integer values. */
  #signatureOf(plan: Plan): string {
    return plan.inputs
      .map((id) => {
        const t = plan.tensors.get(id);
        return t ? t.dims.join('x') : `s${plan.symInts.get(id) ?? '?'}`;
      })
      .join(',');
  }

  /** Records the launches of `plan`: a parameter buffer and a bind group per dispatch. */
  #variant(plan: Plan): Variant {
    const { device } = this;
    const launches: Launch[] = [];
    const buffers: GPUBuffer[] = [];
    for (const d of plan.dispatches) {
      if (d.invocations === 0) continue;
      const pipe = pipeline(device, this.#cache, d.shader, d.constants);
      const params = device.createBuffer({
        size: Math.max(16, d.params.byteLength),
        usage: USAGE_STORAGE,
        mappedAtCreation: true,
        label: `params ${d.op}`,
      });
      buffers.push(params);
      new Uint32Array(params.getMappedRange()).set(d.params);
      params.unmap();
      const entries: GPUBindGroupEntry[] = d.bindings.map((id, binding) => ({
        binding,
        resource: { buffer: id === -1 ? this.#placeholder! : this.#bufferOf(plan, id) },
      }));
      entries.push({ binding: d.bindings.length, resource: { buffer: params } });
      const bindGroup = device.createBindGroup({ layout: pipe.getBindGroupLayout(0), entries });
      const groups = Math.ceil(d.invocations / WORKGROUP);
      const x = Math.min(groups, MAX_GROUPS);
      launches.push({ pipeline: pipe, bindGroup, x, y: Math.ceil(groups / x), label: `${d.op} ${d.shader}` });
    }
    const tensor = (id: number) => plan.tensors.get(id)!;
    return {
      plan,
      launches,
      params: buffers,
      inputDims: this.#inputs.map((i) => tensor(i.id).dims),
      inputNumel: this.#inputs.map((i) => tensor(i.id).numel),
      symValues: this.#symInputs.map((s) => plan.symInts.get(s.id)),
      outputTensors: this.#outputs.map((o) => tensor(o.id)),
      symOutputs: this.#symOutputs.map((s) => {
        const value = plan.symInts.get(s.id);
        if (value === undefined) fail(ErrorCode.Internal, `SymInt output ${s.id} has no value`, { value: s.id });
        return EValues.int(value);
      }),
      validated: false,
    };
  }

  /** Whether the call's input shapes and symbolic integers are those `variant` was planned for. */
  #fits(variant: Variant | undefined, args: readonly EValue[]): variant is Variant {
    if (!variant) return false;
    for (let i = 0; i < this.#inputs.length; i++) {
      const sizes = (args[this.#inputs[i]!.arg] as { value: Tensor }).value.sizes;
      if (!sameDims(sizes, variant.inputDims[i]!)) return false;
    }
    for (let i = 0; i < this.#symInputs.length; i++) {
      if ((args[this.#symInputs[i]!.arg] as { value: number }).value !== variant.symValues[i]) return false;
    }
    return true;
  }

  /** The launches for a call's input shapes: planned (and kept) the first time they are seen. */
  async #variantFor(args: readonly EValue[]): Promise<Variant> {
    const dims = new Map<number, readonly number[]>();
    const symInts = new Map<number, number>();
    const parts = this.plan.inputs.map(() => '');
    for (const input of this.#inputs) {
      const sizes = (args[input.arg] as { value: Tensor }).value.sizes;
      dims.set(input.id, sizes);
      parts[input.arg] = sizes.join('x');
    }
    for (const s of this.#symInputs) {
      const value = (args[s.arg] as { value: number }).value;
      symInts.set(s.id, value);
      parts[s.arg] = `s${value}`;
    }
    const key = parts.join(',');
    const known = this.#variants.get(key);
    if (known) return known;
    if (!this.#replan) {
      fail(ErrorCode.InvalidArgument, `the call's input shapes (${key}) are not the graph's`);
    }
    const plan = this.#replan({ dims, symInts });
    checkSharing(plan, this.#sharing);
    this.device.pushErrorScope('validation');
    let variant: Variant | undefined;
    try {
      variant = this.#variant(plan);
    } finally {
      const error = await this.device.popErrorScope();
      if (error) {
        for (const b of variant?.params ?? []) b.destroy();
        fail(ErrorCode.Internal, `the device refused the graph for shapes ${key}: ${error.message}`);
      }
    }
    if (this.#variants.size >= MAX_VARIANTS) {
      const [oldest, old] = this.#variants.entries().next().value!;
      this.#variants.delete(oldest);
      if (this.#current === old) this.#current = undefined;
      for (const b of old.params) b.destroy();
    }
    this.#variants.set(key, variant);
    return variant;
  }

  /**
   * Runs the graph; calls on one delegate run one after another. In steady state (the shapes of the
   * previous call) a call makes no GPU object but the command encoder WebGPU requires per submission,
   * and no JavaScript arrays, closures or descriptors of its own.
   */
  execute(args: EValue[]): Promise<void> {
    if (this.#disposed) fail(ErrorCode.InvalidState, 'the delegate was destroyed');
    if (args.length !== this.#arity) {
      fail(ErrorCode.InvalidArgument, `the delegate call passes ${args.length} values, the graph has ${this.#arity}`);
    }
    for (let i = 0; i < this.#inputs.length; i++) {
      const input = this.#inputs[i]!;
      checkTensor(args[input.arg]!, input.tensor, 'input', input.arg);
    }
    for (let i = 0; i < this.#symInputs.length; i++) {
      const s = this.#symInputs[i]!;
      if (args[s.arg]!.tag !== Tag.Int)
        fail(ErrorCode.InvalidArgument, `input ${s.arg} is not an Int`, { value: s.id });
    }
    for (let i = 0; i < this.#outputs.length; i++) {
      const output = this.#outputs[i]!;
      checkTensor(args[output.arg]!, output.tensor, 'output', output.arg);
    }
    const idle = this.#pending++ === 0;
    const run = idle ? this.#guarded(args) : this.#after(this.#tail, args);
    this.#tail = run;
    return run;
  }

  /** A call made while another runs: after it, whatever its outcome. */
  async #after(previous: Promise<void>, args: EValue[]): Promise<void> {
    try {
      await previous;
    } catch {
      // the earlier call's caller has its error
    }
    return this.#guarded(args);
  }

  async #guarded(args: EValue[]): Promise<void> {
    try {
      await this.#run(args);
    } catch (error) {
      if (KindlingError.isInstance(error)) throw error;
      // e.g. a lost device: mapAsync rejects with a DOMException
      const detail = error instanceof Error ? error.message : String(error);
      fail(ErrorCode.Internal, `the device failed to run the graph: ${detail}`, { cause: error });
    } finally {
      this.#pending--;
    }
  }

  async #run(args: EValue[]): Promise<void> {
    const { device } = this;
    if (this.#disposed) fail(ErrorCode.InvalidState, 'the delegate was destroyed');
    const variant = this.#fits(this.#current, args) ? this.#current : await this.#variantFor(args);
    this.#current = variant;
    for (let i = 0; i < this.#inputs.length; i++) {
      const input = this.#inputs[i]!;
      const t = (args[input.arg] as { value: Tensor }).value;
      const numel = variant.inputNumel[i]!;
      if (numel === 0) continue;
      if (t.dtype === ScalarType.Long) {
        const src = t.data as BigInt64Array;
        for (let k = 0; k < numel; k++) {
          const v = src[k]!;
          input.narrow[k] = v > 2147483647n || v < -2147483648n ? -1 : Number(v);
        }
        device.queue.writeBuffer(input.buffer, 0, input.narrow, 0, numel);
      } else if (t.dtype === ScalarType.Bool) {
        const src = t.bytes;
        for (let k = 0; k < numel; k++) input.narrow[k] = src[k] ? 1 : 0;
        device.queue.writeBuffer(input.buffer, 0, input.narrow, 0, numel);
      } else if (t.bytes.buffer instanceof ArrayBuffer) {
        device.queue.writeBuffer(input.buffer, 0, t.bytes.buffer, t.bytes.byteOffset, numel * 4);
      } else {
        // Never hand WebGPU a view of a SharedArrayBuffer: copy first.
        const src = t.bytes;
        input.staging.set(src.byteLength === numel * 4 ? src : src.subarray(0, numel * 4));
        device.queue.writeBuffer(input.buffer, 0, input.staging, 0, numel * 4);
      }
    }
    const encoder = device.createCommandEncoder();
    const { launches } = variant;
    if (launches.length > 0) {
      const pass = encoder.beginComputePass();
      for (let i = 0; i < launches.length; i++) {
        const l = launches[i]!;
        pass.setPipeline(l.pipeline);
        pass.setBindGroup(0, l.bindGroup);
        pass.dispatchWorkgroups(l.x, l.y);
      }
      pass.end();
    }
    for (let i = 0; i < this.#outputs.length; i++) {
      const o = this.#outputs[i]!;
      const bytes = variant.outputTensors[i]!.numel * 4;
      if (bytes > 0) encoder.copyBufferToBuffer(o.source, 0, o.readback, 0, bytes);
    }
    this.#submission[0] = encoder.finish();
    if (variant.validated) {
      device.queue.submit(this.#submission);
    } else {
      // the first command buffer of these launches is checked; the same launches stay valid
      device.pushErrorScope('validation');
      device.queue.submit(this.#submission);
      const error = await device.popErrorScope();
      if (error) fail(ErrorCode.Internal, `the device refused the command buffer: ${error.message}`);
      variant.validated = true;
    }
    const mappings = this.#mappings;
    for (let i = 0; i < this.#outputs.length; i++) mappings[i] = this.#outputs[i]!.readback.mapAsync(MAP_READ);
    for (let i = 0; i < this.#outputs.length; i++) await mappings[i];
    for (let i = 0; i < this.#outputs.length; i++) {
      const o = this.#outputs[i]!;
      const t = (args[o.arg] as { value: Tensor }).value;
      const planned = variant.outputTensors[i]!;
      if (!sameDims(planned.dims, t.sizes)) t.resize(planned.dims);
      const range = o.readback.getMappedRange();
      const numel = planned.numel;
      if (t.dtype === ScalarType.Long) {
        const src = new Int32Array(range, 0, numel);
        const dst = t.data as BigInt64Array;
        for (let k = 0; k < numel; k++) dst[k] = BigInt(src[k]!);
      } else if (t.dtype === ScalarType.Bool) {
        const src = new Uint32Array(range, 0, numel);
        for (let k = 0; k < numel; k++) t.bytes[k] = src[k] ? 1 : 0;
      } else {
        t.bytes.set(new Uint8Array(range, 0, numel * 4));
      }
      o.readback.unmap();
    }
    for (let i = 0; i < this.#symOutputs.length; i++) args[this.#symOutputs[i]!.arg] = variant.symOutputs[i]!;
  }

  /** Releases every buffer (pipelines stay in the backend's cache). */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const b of this.#buffers) b.destroy();
    for (const v of this.#variants.values()) for (const b of v.params) b.destroy();
    this.#buffers = [];
    this.#variants.clear();
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
  // a dynamic shape: any sizes of the graph's rank within its buffer (the plan checks the rest)
  const sizes = tensor.sizes;
  if (sizes.length !== t.dims.length || !(tensor.numel <= t.capacity)) {
    fail(ErrorCode.InvalidArgument, `${what} ${index} has shape [${sizes}], the graph declares [${t.dims}]`, {
      value: t.id,
    });
  }
  if (!isContiguous(tensor.dimOrder)) {
    fail(ErrorCode.NotSupported, `${what} ${index} is not contiguous (dim order [${tensor.dimOrder}])`, {
      value: t.id,
    });
  }
  return tensor;
}

function isContiguous(dimOrder: readonly number[]): boolean {
  for (let i = 0; i < dimOrder.length; i++) if (dimOrder[i] !== i) return false;
  return true;
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
