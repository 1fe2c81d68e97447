import {
  type Availability,
  type Backend,
  type BackendExecutionContext,
  type BackendInitContext,
  type BackendOptions,
  type CompileSpec,
  type DelegateHandle,
  dtypeName,
  ErrorCode,
  type ErrorContext,
  type EValue,
  type EventTracer,
  elementSize,
  type KernelContext,
  type KernelDescriptor,
  KindlingError,
  numelOf,
  ScalarType,
  scalarTypeName,
  Tag,
  Tensor,
  tagName,
  toAvailability,
  typedArrayConstructor,
} from '@kindling/core';
import {
  type EValueData,
  type ExecutionPlanData,
  type OperatorData,
  plannedOffset,
  type TensorData,
  TensorDataLocation,
  TensorShapeDynamism,
} from '@kindling/ir';
import { asKindlingError } from './errors.js';
import { describeDtypes, type KernelRegistry, toKernelRegistry } from './kernel-registry.js';
import { DEFAULT_MAX_PLANNED_BYTES, MemoryArena } from './memory-arena.js';
import { type MethodMeta, methodMetaOf, TAG_OF } from './method-meta.js';
import type { Program } from './program.js';
import { ValueTable } from './value-table.js';

/**
 * Default of {@link ExecuteLimits.maxInstructions}: most instructions one `execute` may run before it
 * is stopped (a guard against jump loops).
 */
export const MAX_INSTRUCTIONS_PER_EXECUTE = 10_000_000;

/**
 * Default wall-clock budget, in milliseconds, of an `execute` that loops: counted from its first
 * backward jump (see {@link ExecuteLimits.maxExecuteMs}).
 */
export const DEFAULT_LOOP_BUDGET_MS = 1000;

// `Symbol.dispose` where the engine has it, else the key TypeScript's `using` falls back to.
const disposeKey: typeof Symbol.dispose = Symbol.dispose ?? (Symbol.for('Symbol.dispose') as typeof Symbol.dispose);

/** Instructions between two reads of the clock (and of an abort signal) in the interpreter loop. */
const CHECK_EVERY = 16;
/** With an abort signal, the longest stretch (ms) an execute runs before it yields to the event loop. */
const YIELD_EVERY_MS = 50;

/**
 * Bounds on one `execute`. Both are checked between instructions: a single kernel or delegate call
 * is never interrupted, so an execute can overrun `maxExecuteMs` by the duration of one instruction
 * (the clock is read every few instructions and after every asynchronous delegate call).
 */
export interface ExecuteLimits {
  /**
   * Most instructions one execute may run (jumps, moves and frees included); above it the execute
   * fails with `InvalidProgram`. A positive integer or `Infinity`; default
   * {@link MAX_INSTRUCTIONS_PER_EXECUTE} (10,000,000).
   */
  maxInstructions?: number;
  /**
   * Wall-clock budget of one execute in milliseconds, counted from its start; past it the execute
   * fails with `OutOfResources`. A positive number or `Infinity` (no time limit).
   *
   * Default: no limit for straight-line code (each instruction runs at most once, so such an
   * execute ends on its own), but once an execute jumps backwards (a loop) it may run for at most
   * {@link DEFAULT_LOOP_BUDGET_MS} (1 s) more. A program with a legitimately long loop sets this.
   */
  maxExecuteMs?: number;
}

/** Options of one {@link Method.execute} call: limits that override the load-time ones, a signal. */
export interface MethodExecuteOptions extends ExecuteLimits {
  /**
   * Stops the execute: an aborted signal makes it reject with a `KindlingError` (`InvalidState`,
   * `context.aborted: true`) whose `cause` is `signal.reason`. An already-aborted signal rejects
   * before anything runs. Execution is synchronous between asynchronous delegate calls, so abort is
   * observed between instructions: after every asynchronous delegate call, and every few
   * instructions, where the execute also yields to the event loop at least every 50 ms (only when
   * a signal is given) so that a timer or an event can abort it. A running kernel or delegate call
   * is never interrupted.
   */
  signal?: AbortSignal;
}

/** Which Kindling package provides the backend for a delegate id written by ExecuTorch's tools. */
export const BACKEND_PACKAGES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  XnnpackBackend: '@kindling/backend-xnnpack',
  VulkanBackend: '@kindling/backend-webgpu',
  CoreMLBackend: '@kindling/backend-coreml',
  QnnBackend: '@kindling/backend-qnn',
});

/** Options for loading a method; the {@link ExecuteLimits} apply to every execute of it. */
export interface MethodLoadOptions extends ExecuteLimits {
  /** Kernels for the method's operators: a registry or a list of kernels. */
  kernels?: KernelRegistry | Iterable<KernelDescriptor>;
  /** Backends for the method's delegates, matched by exact id. */
  backends?: readonly Backend[];
  /** Load-time options per backend id, passed to `Backend.init` as `context.options`. */
  backendOptions?: BackendOptions;
  /** Receives per-instruction and per-delegate timings. */
  eventTracer?: EventTracer;
  /**
   * Cap on the method's planned plus run-time-allocated tensor memory, in bytes (default
   * {@link DEFAULT_MAX_PLANNED_BYTES}, 1 GiB). Planned buffers count for what their tensors use.
   */
  maxPlannedBytes?: number;
}

/**
 * For each memory id, the end of the last tensor planned into it (`offset + nbytes`); the validator
 * has checked that each lies inside the declared buffer size.
 */
function plannedExtents(plan: ExecutionPlanData): number[] {
  const used = new Array<number>(plan.nonConstBufferSizes.length).fill(0);
  for (const v of plan.values) {
    if (v.type !== 'Tensor' || !v.tensor.allocationInfo) continue;
    const t = v.tensor;
    const id = v.tensor.allocationInfo.memoryId;
    if (!(id >= 1 && id < used.length)) continue;
    const end = plannedOffset(t) + numelOf(t.sizes) * elementSize(t.scalarType as ScalarType);
    if (end > (used[id] as number)) used[id] = end;
  }
  return used;
}

/** How a static tensor is named when a kernel or delegate tries to change its shape. */
const staticLabel = (index: number, method: string): string => `tensor value ${index} of method "${method}"`;

/** How a tensor value gets its storage. */
type Storage = 'planned' | 'constant' | 'external' | 'runtime';

interface TensorSlot {
  readonly index: number;
  readonly data: TensorData;
  readonly storage: Storage;
  /** Elements the storage can hold (the serialized sizes' numel). */
  readonly capacity: number;
}

/** A kernel call or a delegate call, prepared for one instruction. */
interface Call {
  readonly type: 'call';
  /** Runs the kernel (returns nothing) or the delegate (may return a promise) on the arguments. */
  readonly run: (args: EValue[]) => unknown;
  readonly args: readonly number[];
  /** Reused for every call: the argument values handed to the callee, and a copy of them. */
  readonly values: EValue[];
  readonly before: EValue[];
  /** What the tracer records: the operator name or the backend id, and the event kind. */
  readonly name: string;
  readonly kind: 'instruction' | 'delegate';
  /** Tracer data beyond method, instruction and chain (the delegate index). */
  readonly trace: Readonly<Record<string, unknown>>;
  /** Error context beyond method, instruction and chain: the operator, or the backend and delegate. */
  readonly context: ErrorContext;
  /** Names the callee in error messages: the operator, or e.g. `XnnpackBackend delegate 0`. */
  readonly label: string;
}

type Prepared =
  | Call
  | { readonly type: 'move'; readonly from: number; readonly to: number }
  | { readonly type: 'jump'; readonly cond: number; readonly destination: number }
  | { readonly type: 'free'; readonly index: number };

interface LoadedDelegate {
  readonly id: string;
  readonly backend: Backend;
  readonly handle: DelegateHandle;
}

/**
 * Fills an instruction's reused argument arrays with the current values of `indices` (and a copy in
 * `before`, to see what the kernel replaced); no allocation once the arrays have their length.
 */
function gather(table: ValueTable, indices: readonly number[], values: EValue[], before: EValue[]): EValue[] {
  const n = indices.length;
  if (values.length !== n) values.length = n;
  if (before.length !== n) before.length = n;
  for (let i = 0; i < n; i++) {
    const v = table.argument(indices[i] as number);
    values[i] = v;
    before[i] = v;
  }
  return values;
}

function programError(message: string, method: string, extra: Record<string, unknown> = {}): KindlingError {
  return new KindlingError(ErrorCode.InvalidProgram, message, { context: { method, ...extra } });
}

function describeTensor(dtype: ScalarType, sizes: readonly number[]): string {
  return `${dtypeName(dtype)}[${sizes.join(', ')}]`;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function isEValue(value: unknown): value is EValue {
  return typeof value === 'object' && value !== null && typeof (value as { tag?: unknown }).tag === 'number';
}

/** Throws `InvalidArgument` unless the given limits are well formed. */
function checkLimits(limits: ExecuteLimits): void {
  const { maxInstructions: n, maxExecuteMs: ms } = limits;
  if (n !== undefined && !((Number.isSafeInteger(n) && n > 0) || n === Number.POSITIVE_INFINITY)) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `maxInstructions must be a positive integer or Infinity, got ${n}`,
    );
  }
  if (ms !== undefined && !(typeof ms === 'number' && ms > 0)) {
    throw new KindlingError(ErrorCode.InvalidArgument, `maxExecuteMs must be a positive number or Infinity, got ${ms}`);
  }
}

/** `InvalidState` for an execute of `method` stopped by `signal` (its reason as the cause). */
export function abortError(method: string, signal: AbortSignal, where: string): KindlingError {
  return new KindlingError(ErrorCode.InvalidState, `method "${method}" was aborted ${where}`, {
    context: { method, aborted: true },
    cause: signal.reason,
  });
}

/** Lets timers and events run (an abort from a timer cannot be seen otherwise while executing). */
function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    const setImmediate = g.setImmediate;
    return new Promise((resolve) => setImmediate(resolve));
  }
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function backendHint(id: string): string {
  const pkg = BACKEND_PACKAGES[id];
  return pkg
    ? `it is provided by ${pkg}`
    : `pass a Backend whose id is "${id}" (no Kindling package is known to provide it)`;
}

/**
 * A loaded method: its planned memory, bound tensors, resolved kernels and initialised delegates,
 * ready to execute. Planned memory persists across calls (mutable buffers such as KV caches keep
 * their state). Load with {@link Program.loadMethod}; release delegates with {@link Method.dispose}.
 */
export class Method {
  /** The method's name. */
  readonly name: string;
  /** The method's metadata. */
  readonly meta: MethodMeta;
  readonly #plan: ExecutionPlanData;
  readonly #values: ValueTable;
  readonly #arena: MemoryArena;
  readonly #slots: ReadonlyMap<number, TensorSlot>;
  readonly #runtimeOutputs: readonly TensorSlot[];
  readonly #chains: readonly (readonly Prepared[])[];
  readonly #delegates: LoadedDelegate[];
  readonly #inputSet: boolean[];
  readonly #tracer: EventTracer | undefined;
  readonly #limits: ExecuteLimits;
  /** Method-owned storage of inputs without planned memory (by input index), made on first use. */
  readonly #inputBytes: (Uint8Array | undefined)[] = [];
  #running = false;
  #disposed = false;

  private constructor(init: {
    plan: ExecutionPlanData;
    values: ValueTable;
    arena: MemoryArena;
    slots: Map<number, TensorSlot>;
    chains: Prepared[][];
    delegates: LoadedDelegate[];
    tracer: EventTracer | undefined;
    limits: ExecuteLimits;
  }) {
    this.name = init.plan.name;
    this.meta = methodMetaOf(init.plan);
    this.#plan = init.plan;
    this.#values = init.values;
    this.#arena = init.arena;
    this.#slots = init.slots;
    const inputs = new Set(init.plan.inputs);
    this.#runtimeOutputs = [...init.slots.values()].filter((s) => s.storage === 'runtime' && !inputs.has(s.index));
    this.#chains = init.chains;
    this.#delegates = init.delegates;
    this.#tracer = init.tracer;
    this.#limits = init.limits;
    // Inputs that are not tensors are baked into the program; they count as set.
    this.#inputSet = init.plan.inputs.map((i) => init.plan.values[i]?.type !== 'Tensor');
  }

  /**
   * Loads method `name` of `program`. Order: bind values (planned memory, constants, external data,
   * initial mutable state), check that every delegate's backend is present, resolve every kernel
   * (all missing ones are reported together), then initialise delegates in index order.
   */
  static async load(program: Program, name: string, options: MethodLoadOptions = {}): Promise<Method> {
    const plan = program.plan(name);
    const method = plan.name;
    const maxBytes = options.maxPlannedBytes ?? DEFAULT_MAX_PLANNED_BYTES;
    if (!(Number.isSafeInteger(maxBytes) && maxBytes >= 0)) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `maxPlannedBytes must be a non-negative integer, got ${maxBytes}`,
      );
    }
    checkLimits(options);
    const limits: ExecuteLimits = {
      ...(options.maxInstructions !== undefined ? { maxInstructions: options.maxInstructions } : {}),
      ...(options.maxExecuteMs !== undefined ? { maxExecuteMs: options.maxExecuteMs } : {}),
    };
    const registry = toKernelRegistry(options.kernels);
    const backends = options.backends ?? [];
    if (!Array.isArray(backends))
      throw new KindlingError(ErrorCode.InvalidArgument, '`backends` must be an array of Backend values');

    // 1. Values.
    const arena = MemoryArena.allocate(plan.nonConstBufferSizes, maxBytes, method, plannedExtents(plan));
    const values = new ValueTable(plan.values.length);
    const slots = new Map<number, TensorSlot>();
    let runtimeBytes = 0;
    plan.values.forEach((v, index) => {
      const slot = Method.#bindValue(program, plan, arena, values, v, index);
      if (slot) {
        slots.set(index, slot);
        if (slot.storage === 'runtime') runtimeBytes += slot.capacity * elementSize(slot.data.scalarType as ScalarType);
      }
    });
    if (arena.totalBytes + runtimeBytes > maxBytes) {
      throw new KindlingError(
        ErrorCode.MemoryAllocationFailed,
        `method "${method}" needs ${arena.totalBytes + runtimeBytes} bytes of tensor memory, more than the limit of ${maxBytes}`,
        { context: { method } },
      );
    }

    // 2. Backends present?
    const chosen: Backend[] = [];
    for (const [i, d] of plan.delegates.entries()) {
      const backend = backends.find((b) => b && b.id === d.id);
      let availability: Availability | undefined;
      if (backend) {
        if (backend.specificationVersion !== 'v1') {
          throw new KindlingError(
            ErrorCode.NotSupported,
            `backend "${d.id}" implements interface ${String(backend.specificationVersion)}; this runtime supports v1`,
            { context: { method, backend: d.id } },
          );
        }
        try {
          availability = toAvailability(backend, await backend.isAvailable());
        } catch (e) {
          throw asKindlingError(
            e,
            ErrorCode.Internal,
            { method, backend: d.id },
            `backend "${d.id}" isAvailable() failed`,
          );
        }
      }
      if (!backend || !availability?.available) {
        const why =
          availability && !availability.available
            ? `backend "${d.id}" was passed but is not available here: ${availability.reason}`
            : `no backend "${d.id}" was passed in \`backends\``;
        throw new KindlingError(
          ErrorCode.NotFound,
          `method "${method}" delegates to ${d.id} (delegate ${i}), but ${why}; ${backendHint(d.id)}`,
          { context: { method, backend: d.id, delegate: i } },
        );
      }
      chosen.push(backend);
    }

    // 3. Kernels and instructions. Delegate calls reach their delegates once step 4 has loaded them.
    const delegates: LoadedDelegate[] = [];
    const executionContext: BackendExecutionContext = Object.freeze({
      methodName: method,
      ...(options.eventTracer ? { eventTracer: options.eventTracer } : {}),
    });
    const missing = new Map<string, string>();
    const chains = plan.chains.map((chain) =>
      chain.instructions.map((ins): Prepared => {
        switch (ins.type) {
          case 'KernelCall': {
            // validateProgram checked every index: the operator exists.
            const op = plan.operators[ins.opIndex] as OperatorData;
            const opName = op.overload ? `${op.name}.${op.overload}` : op.name;
            const dtypes = Method.#tensorDtypes(plan, ins.args);
            const kernel = registry.lookup(opName, dtypes);
            if (!kernel && !missing.has(opName)) {
              const others = registry.kernelsFor(opName);
              missing.set(
                opName,
                others.length === 0
                  ? opName
                  : `${opName} (no kernel for ${describeDtypes(dtypes)}; the given ones accept ${others
                      .map((k) => (k.dtypes === 'any' ? 'any' : describeDtypes(k.dtypes)))
                      .join(' / ')})`,
              );
            }
            const context: KernelContext = Object.freeze({ methodName: method, operator: opName });
            return {
              type: 'call',
              run: (args) => {
                (kernel as KernelDescriptor).run(context, args);
              },
              args: Object.freeze([...ins.args]),
              values: [],
              before: [],
              name: opName,
              kind: 'instruction',
              trace: {},
              context: { operator: opName },
              label: opName,
            };
          }
          case 'DelegateCall': {
            const i = ins.delegateIndex;
            // validateProgram checked the index.
            const id = (plan.delegates[i] as { id: string }).id;
            return {
              type: 'call',
              run: (args) => {
                const d = delegates[i] as LoadedDelegate;
                return d.backend.execute(executionContext, d.handle, args);
              },
              args: Object.freeze([...ins.args]),
              values: [],
              before: [],
              name: id,
              kind: 'delegate',
              trace: { delegate: i },
              context: { backend: id, delegate: i },
              label: `${id} delegate ${i}`,
            };
          }
          case 'MoveCall':
            return { type: 'move', from: ins.moveFrom, to: ins.moveTo };
          case 'JumpFalseCall':
            return { type: 'jump', cond: ins.condValueIndex, destination: ins.destinationInstruction };
          default:
            // FreeCall, the last of the instruction types the reader produces.
            return { type: 'free', index: ins.valueIndex };
        }
      }),
    );
    Method.#refuseEndlessLoops(plan, chains, method);
    if (missing.size > 0) {
      const ops = [...missing.keys()];
      throw new KindlingError(
        ErrorCode.OperatorMissing,
        `method "${method}" needs ${missing.size === 1 ? 'a kernel' : `${missing.size} kernels`} that ${missing.size === 1 ? 'was' : 'were'} not provided: ${[...missing.values()].join(', ')}. Pass a kernel for each via \`kernels\` (e.g. kernels: [...portableKernels, myKernel])`,
        { context: { method, operator: ops[0], operators: ops } },
      );
    }

    // 4. Delegates, in index order; on failure destroy the ones already initialised.
    for (const [i, d] of plan.delegates.entries()) {
      const backend = chosen[i] as Backend;
      const context: BackendInitContext = Object.freeze({
        methodName: method,
        delegateIndex: i,
        namedData: program.namedData,
        options: Object.freeze({ ...(options.backendOptions?.[d.id] ?? {}) }),
        ...(options.eventTracer ? { eventTracer: options.eventTracer } : {}),
      });
      const specs: CompileSpec[] = d.compileSpecs.map((s) => Object.freeze({ key: s.key, value: s.value }));
      const token = options.eventTracer?.begin(d.id, 'init', { method, delegate: i });
      try {
        const payload = program.file.delegatePayload(d);
        const handle = await backend.init(context, payload, Object.freeze(specs));
        delegates.push({ id: d.id, backend, handle });
      } catch (e) {
        Method.#destroyAll(delegates);
        throw asKindlingError(
          e,
          ErrorCode.Internal,
          { method, backend: d.id, delegate: i },
          `backend "${d.id}" failed to initialise delegate ${i} of method "${method}"`,
        );
      } finally {
        if (token !== undefined) options.eventTracer?.end(token);
      }
    }

    return new Method({ plan, values, arena, slots, chains, delegates, tracer: options.eventTracer, limits });
  }

  /** Dtypes of the tensor arguments of a kernel call (empty Byte placeholders for None are skipped). */
  /**
   * Refuses a backward jump that can never stop: its condition is a Bool value holding `false` that
   * no instruction can change (it is not a method input, no kernel or delegate call takes it as an
   * argument, no move writes it). Such a program would only end at the execute limits.
   */
  static #refuseEndlessLoops(plan: ExecutionPlanData, chains: readonly (readonly Prepared[])[], method: string): void {
    const written = new Set<number>(plan.inputs);
    for (const chain of chains) {
      for (const ins of chain) {
        if (ins.type === 'call') for (const a of ins.args) written.add(a);
        else if (ins.type === 'move') written.add(ins.to);
      }
    }
    for (const [c, chain] of chains.entries()) {
      for (const [n, ins] of chain.entries()) {
        if (ins.type !== 'jump' || ins.destination > n || written.has(ins.cond)) continue;
        const cond = plan.values[ins.cond];
        if (cond?.type === 'Bool' && cond.value === false) {
          throw programError(
            `instruction ${n} jumps back to instruction ${ins.destination} on condition value ${ins.cond}, which is always false (nothing writes it): the method would never end`,
            method,
            { instruction: n, chain: c, value: ins.cond },
          );
        }
      }
    }
  }

  static #tensorDtypes(plan: ExecutionPlanData, args: readonly number[]): ScalarType[] {
    const out: ScalarType[] = [];
    for (const a of args) {
      const v = plan.values[a];
      if (v?.type !== 'Tensor') continue;
      const t = v.tensor;
      if (t.scalarType === 0 && t.sizes.length === 1 && t.sizes[0] === 0) continue;
      out.push(t.scalarType as ScalarType);
    }
    return out;
  }

  static #bindValue(
    program: Program,
    plan: ExecutionPlanData,
    arena: MemoryArena,
    values: ValueTable,
    v: EValueData,
    index: number,
  ): TensorSlot | undefined {
    switch (v.type) {
      case 'Null':
        values.set(index, { tag: Tag.None });
        return undefined;
      case 'Int':
        values.set(index, { tag: Tag.Int, value: Number(v.value) });
        return undefined;
      case 'Bool':
      case 'Double':
      case 'String':
        values.set(index, { tag: TAG_OF[v.type], value: v.value } as EValue);
        return undefined;
      case 'BoolList':
      case 'DoubleList':
        values.set(index, { tag: TAG_OF[v.type], value: Object.freeze([...v.items]) } as EValue);
        return undefined;
      case 'IntList':
      case 'TensorList':
      case 'OptionalTensorList':
        values.setList(index, TAG_OF[v.type] as Tag.ListInt | Tag.ListTensor | Tag.ListOptionalTensor, v.items);
        return undefined;
      case 'Tensor':
        return Method.#bindTensor(program, arena, values, v.tensor, index, plan.name);
    }
  }

  static #bindTensor(
    program: Program,
    arena: MemoryArena,
    values: ValueTable,
    t: TensorData,
    index: number,
    method: string,
  ): TensorSlot {
    const ctx = { method, value: index };
    const dtype = t.scalarType as ScalarType;
    const desc = describeTensor(dtype, t.sizes);
    if (t.storageOffset !== 0) {
      throw new KindlingError(
        ErrorCode.NotSupported,
        `tensor value ${index} has storage offset ${t.storageOffset}; only 0 is supported`,
        { context: ctx },
      );
    }
    if (t.shapeDynamism === TensorShapeDynamism.DYNAMIC_UNBOUND) {
      throw new KindlingError(
        ErrorCode.NotSupported,
        `tensor value ${index} (${desc}) has an unbounded dynamic shape, which is not supported`,
        { context: ctx },
      );
    }
    const capacity = numelOf(t.sizes);
    const nbytes = capacity * elementSize(dtype);
    const external = t.extraTensorInfo?.location === TensorDataLocation.EXTERNAL;
    const fixed = t.shapeDynamism === TensorShapeDynamism.STATIC;
    const make = (bytes: Uint8Array | undefined): Tensor => {
      const tensor = new Tensor({ dtype, sizes: t.sizes, dimOrder: t.dimOrder, ...(bytes ? { bytes } : {}) });
      return fixed ? tensor.fixShape(staticLabel(index, method)) : tensor;
    };

    if (t.allocationInfo) {
      const a = t.allocationInfo;
      const offset = plannedOffset(t);
      if (offset % typedArrayConstructor(dtype).BYTES_PER_ELEMENT !== 0) {
        throw programError(
          `tensor value ${index} (${desc}) is planned at offset ${offset}, misaligned for its element type`,
          method,
          { value: index },
        );
      }
      const view = arena.view(a.memoryId, offset, nbytes);
      if (external) {
        view.set(Method.#externalBytes(program, t, index, method, nbytes));
      } else if (t.dataBufferIdx > 0) {
        view.set(program.file.mutableInitialBytes(t));
      }
      values.set(index, { tag: Tag.Tensor, value: make(view) });
      return { index, data: t, storage: 'planned', capacity };
    }
    if (external) {
      values.set(index, { tag: Tag.Tensor, value: make(Method.#externalBytes(program, t, index, method, nbytes)) });
      return { index, data: t, storage: 'external', capacity };
    }
    if (t.dataBufferIdx > 0) {
      const bytes = program.file.constantBytes(t);
      values.set(index, { tag: Tag.Tensor, value: make(bytes) });
      return { index, data: t, storage: 'constant', capacity };
    }
    // No memory: supplied at run time (inputs) or allocated per execute (outputs, delegate results).
    values.set(index, { tag: Tag.None });
    return { index, data: t, storage: 'runtime', capacity };
  }

  static #externalBytes(program: Program, t: TensorData, index: number, method: string, nbytes: number): Uint8Array {
    const key = t.extraTensorInfo?.fullyQualifiedName ?? '';
    const ctx = { method, value: index, key };
    const data = program.namedData;
    if (!data.has(key)) {
      const hint =
        program.dataFileCount === 0
          ? 'no external data file was given; this program needs the .ptd file that holds its weights (pass it via `dataFiles`)'
          : `none of the ${program.dataFileCount} data file(s) given holds it; pass the .ptd file this program was exported with`;
      throw new KindlingError(
        ErrorCode.NotFound,
        `tensor "${key}" (value ${index}) of method "${method}" is stored outside the program, but ${hint}`,
        {
          context: ctx,
        },
      );
    }
    const layout = data.layout(key);
    const dtype = t.scalarType as ScalarType;
    if (layout) {
      if (layout.scalarType !== dtype || !sameList(layout.sizes, t.sizes) || !sameList(layout.dimOrder, t.dimOrder)) {
        throw new KindlingError(
          ErrorCode.InvalidExternalData,
          `external tensor "${key}" is ${describeTensor(layout.scalarType, layout.sizes)} with dim order [${layout.dimOrder.join(', ')}] in the data file, but the program expects ${describeTensor(dtype, t.sizes)} with dim order [${t.dimOrder.join(', ')}]`,
          { context: ctx },
        );
      }
    }
    const bytes = data.get(key);
    if (bytes.byteLength < nbytes) {
      throw new KindlingError(
        ErrorCode.InvalidExternalData,
        `external tensor "${key}" holds ${bytes.byteLength} bytes, but ${describeTensor(dtype, t.sizes)} needs ${nbytes}`,
        { context: ctx },
      );
    }
    return bytes.subarray(0, nbytes);
  }

  static #destroyAll(delegates: readonly LoadedDelegate[]): unknown[] {
    const errors: unknown[] = [];
    for (const d of delegates) {
      try {
        d.backend.destroy?.(d.handle);
      } catch (e) {
        errors.push(e);
      }
    }
    return errors;
  }

  /** Bytes of planned memory this method holds. */
  get plannedBytes(): number {
    return this.#arena.totalBytes;
  }

  /** Number of inputs. */
  get inputCount(): number {
    return this.#plan.inputs.length;
  }

  /** Number of outputs. */
  get outputCount(): number {
    return this.#plan.outputs.length;
  }

  #checkUsable(what: string): void {
    if (this.#disposed) {
      throw new KindlingError(ErrorCode.InvalidState, `method "${this.name}" was disposed; load it again to ${what}`, {
        context: { method: this.name },
      });
    }
    if (this.#running) {
      throw new KindlingError(
        ErrorCode.InvalidState,
        `method "${this.name}" is executing; wait for it to finish before you ${what}`,
        {
          context: { method: this.name },
        },
      );
    }
  }

  /**
   * Sets input `i`. Tensors must have the method's dtype and dim order; a static input must have
   * exactly its sizes, a dynamically bounded one the same rank and no more elements than its bound.
   * Tensors are copied (into planned memory, or into memory the method keeps for an input without
   * planned memory), so the caller's array is never read by a later execute nor written by the
   * program. Non-tensor inputs are baked into the program and must equal the traced value.
   */
  setInput(i: number, value: EValue): void {
    this.#checkUsable('set an input');
    const method = this.name;
    const index = this.#plan.inputs[i];
    if (!Number.isInteger(i) || index === undefined) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `method "${method}" has ${this.inputCount} inputs; there is no input ${i}`,
        { context: { method } },
      );
    }
    if (!isEValue(value)) this.#badInput(i, index, 'expected an EValue');
    const data = this.#plan.values[index] as EValueData;
    if (data.type === 'Tensor') {
      if (value.tag !== Tag.Tensor) this.#badInput(i, index, `expected a Tensor, got ${tagName(value.tag)}`);
      const input = (value as { value: Tensor }).value;
      const slot = this.#slots.get(index) as TensorSlot;
      const t = slot.data;
      const dtype = t.scalarType as ScalarType;
      if (input.dtype !== dtype)
        this.#badInput(i, index, `expected dtype ${dtypeName(dtype)}, got ${dtypeName(input.dtype)}`);
      if (!sameList(input.dimOrder, t.dimOrder))
        this.#badInput(i, index, `expected dim order [${t.dimOrder.join(', ')}], got [${input.dimOrder.join(', ')}]`);
      const sizes = input.sizes;
      if (t.shapeDynamism === TensorShapeDynamism.STATIC) {
        if (!sameList(sizes, t.sizes))
          this.#badInput(i, index, `expected shape [${t.sizes.join(', ')}], got [${sizes.join(', ')}]`);
      } else {
        if (sizes.length !== t.sizes.length)
          this.#badInput(
            i,
            index,
            `expected rank ${t.sizes.length} (shape up to [${t.sizes.join(', ')}]), got shape [${sizes.join(', ')}]`,
          );
        if (numelOf(sizes) > slot.capacity) {
          this.#badInput(
            i,
            index,
            `shape [${sizes.join(', ')}] has ${numelOf(sizes)} elements, more than the bound [${t.sizes.join(', ')}] allows (${slot.capacity})`,
          );
        }
      }
      if (slot.storage === 'runtime') {
        // Copied, never shared: a program may write into its inputs, and a failed execute must not
        // leave the caller's memory changed.
        let own = this.#inputBytes[i];
        if (!own) {
          own = new Uint8Array(slot.capacity * elementSize(dtype));
          this.#inputBytes[i] = own;
        }
        own.set(input.bytes.subarray(0, input.nbytes));
        const copy = new Tensor({ dtype, sizes, dimOrder: t.dimOrder, bytes: own.subarray(0, input.nbytes) });
        if (t.shapeDynamism === TensorShapeDynamism.STATIC) copy.fixShape(staticLabel(index, method));
        this.#values.set(index, { tag: Tag.Tensor, value: copy });
      } else {
        const own = this.#values.tensor(index);
        own.resize(sizes);
        own.bytes.set(input.bytes.subarray(0, input.nbytes));
      }
    } else {
      const want = data.type;
      switch (data.type) {
        case 'Int':
          if (value.tag !== Tag.Int) this.#badInput(i, index, `expected an Int, got ${tagName(value.tag)}`);
          if ((value as { value: number }).value !== Number(data.value)) {
            this.#badInput(
              i,
              index,
              `this Int input was fixed to ${data.value} when the program was exported; got ${(value as { value: number }).value}`,
            );
          }
          break;
        case 'Bool':
          if (value.tag !== Tag.Bool) this.#badInput(i, index, `expected a Bool, got ${tagName(value.tag)}`);
          if ((value as { value: boolean }).value !== data.value)
            this.#badInput(i, index, `this Bool input was fixed to ${data.value} when the program was exported`);
          break;
        case 'Double': {
          if (value.tag !== Tag.Double && value.tag !== Tag.Int)
            this.#badInput(i, index, `expected a Double, got ${tagName(value.tag)}`);
          const got = (value as { value: number }).value;
          if (!(Math.abs(got - data.value) <= 1e-4 + 1e-5 * Math.abs(data.value))) {
            this.#badInput(
              i,
              index,
              `this Double input was fixed to ${data.value} when the program was exported; got ${got}`,
            );
          }
          break;
        }
        case 'String':
          if (value.tag !== Tag.String || (value as { value: string }).value !== data.value)
            this.#badInput(i, index, `expected the String "${data.value}"`);
          break;
        case 'Null':
          if (value.tag !== Tag.None) this.#badInput(i, index, `expected None, got ${tagName(value.tag)}`);
          break;
        default:
          this.#badInput(i, index, `inputs of type ${want} cannot be set`);
      }
    }
    this.#inputSet[i] = true;
  }
  /** Throws `InvalidArgument` for input `i` (value `index`) of this method. */
  #badInput(i: number, index: number, message: string): never {
    const method = this.name;
    throw new KindlingError(ErrorCode.InvalidArgument, `input ${i} of method "${method}": ${message}`, {
      context: { method, value: index, input: i },
    });
  }

  /**
   * Runs the method on the inputs set with {@link Method.setInput}. Errors are `KindlingError`s
   * whose context names the method, the instruction index and the operator or backend.
   *
   * Bounds (see {@link ExecuteLimits}; `options` override the load-time ones): more than
   * `maxInstructions` instructions fail with `InvalidProgram`, running past `maxExecuteMs` fails
   * with `OutOfResources`. An aborted `options.signal` fails with `InvalidState` (cause:
   * `signal.reason`), observed between instructions (see {@link MethodExecuteOptions.signal}).
   *
   * A failed execute leaves the caller's memory untouched (inputs are copies), but the method's own
   * memory (its outputs, planned buffers such as a KV cache) may be partly written.
   */
  async execute(options: MethodExecuteOptions = {}): Promise<void> {
    this.#checkUsable('execute it');
    const method = this.name;
    checkLimits(options);
    const signal = options.signal;
    if (signal?.aborted) throw abortError(method, signal, 'before it started');
    if (!this.#inputSet.every(Boolean)) {
      const unset = this.#inputSet.flatMap((set, i) => (set ? [] : [i]));
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `method "${method}" needs input${unset.length > 1 ? 's' : ''} ${unset.join(', ')} set before it executes`,
        {
          context: { method },
        },
      );
    }
    const maxInstructions = options.maxInstructions ?? this.#limits.maxInstructions ?? MAX_INSTRUCTIONS_PER_EXECUTE;
    const maxMs = options.maxExecuteMs ?? this.#limits.maxExecuteMs;
    this.#running = true;
    const tracer = this.#tracer;
    const methodToken = tracer?.begin(method, 'method');
    try {
      for (const slot of this.#runtimeOutputs) {
        const t = slot.data;
        const out = new Tensor({ dtype: t.scalarType as ScalarType, sizes: t.sizes, dimOrder: t.dimOrder });
        if (t.shapeDynamism === TensorShapeDynamism.STATIC) out.fixShape(staticLabel(slot.index, method));
        this.#values.set(slot.index, { tag: Tag.Tensor, value: out });
      }
      const start = performance.now();
      // Without an explicit budget, time counts only once the execute loops (see ExecuteLimits).
      let deadline = maxMs === undefined ? Number.POSITIVE_INFINITY : start + maxMs;
      let loopBudget = maxMs === undefined;
      let yieldAt = signal ? start + YIELD_EVERY_MS : Number.POSITIVE_INFINITY;
      let executed = 0;
      let untilCheck = CHECK_EVERY;
      const overTime = (pc: number, c: number, now: number): KindlingError =>
        new KindlingError(
          ErrorCode.OutOfResources,
          maxMs === undefined
            ? `method "${method}" kept looping for more than ${DEFAULT_LOOP_BUDGET_MS} ms (${executed} instructions); stopped. A program with a long loop can allow more time with the maxExecuteMs option`
            : `method "${method}" ran for ${Math.round(now - start)} ms (${executed} instructions), more than its budget of maxExecuteMs = ${maxMs} ms; stopped`,
          { context: { method, instruction: pc, chain: c, elapsedMs: Math.round(now - start) } },
        );
      for (const [c, chain] of this.#chains.entries()) {
        let pc = 0;
        while (pc < chain.length) {
          if (++executed > maxInstructions) {
            throw programError(
              `method "${method}" ran more than ${maxInstructions} instructions; stopped (a jump loop?). The limit is the maxInstructions option`,
              method,
              {
                instruction: pc,
                chain: c,
              },
            );
          }
          if (--untilCheck === 0) {
            untilCheck = CHECK_EVERY;
            const now = performance.now();
            if (now > deadline) throw overTime(pc, c, now);
            if (signal) {
              if (signal.aborted) throw abortError(method, signal, `at instruction ${pc}`);
              if (now >= yieldAt) {
                await yieldToEventLoop();
                if (signal.aborted) throw abortError(method, signal, `at instruction ${pc}`);
                yieldAt = performance.now() + YIELD_EVERY_MS;
              }
            }
          }
          const ins = chain[pc] as Prepared;
          const result = this.#step(ins, pc, c);
          if (isThenable(result)) {
            await result;
            if (signal?.aborted) throw abortError(method, signal, `after instruction ${pc}`);
            const now = performance.now();
            if (now > deadline && pc + 1 < chain.length) throw overTime(pc + 1, c, now);
          }
          if (ins.type === 'jump') {
            const next = result as number;
            if (loopBudget && next <= pc) {
              loopBudget = false;
              deadline = performance.now() + DEFAULT_LOOP_BUDGET_MS;
            }
            pc = next;
          } else pc += 1;
        }
      }
    } finally {
      this.#running = false;
      if (methodToken !== undefined) tracer?.end(methodToken);
    }
  }

  /** Runs one instruction; returns the next pc for jumps, a promise for async delegate calls. */
  #step(ins: Prepared, pc: number, chain: number): number | undefined | Promise<void> {
    const values = this.#values;
    const method = this.name;
    switch (ins.type) {
      case 'call':
        return this.#call(ins, pc, chain);
      case 'move':
        values.set(ins.to, values.get(ins.from));
        return undefined;
      case 'jump': {
        const cond = values.get(ins.cond);
        let truth: boolean;
        if (cond.tag === Tag.Bool) truth = cond.value;
        else if (cond.tag === Tag.Tensor && cond.value.dtype === ScalarType.Bool)
          truth = (cond.value.data as Uint8Array).every((b) => b !== 0);
        else {
          throw programError(
            `jump condition value ${ins.cond} is ${cond.tag === Tag.Tensor ? `a ${scalarTypeName(cond.value.dtype)} tensor` : tagName(cond.tag)}, expected a Bool or a Bool tensor`,
            method,
            { instruction: pc, chain, value: ins.cond },
          );
        }
        return truth ? pc + 1 : ins.destination;
      }
      case 'free': {
        const v = values.get(ins.index);
        if (v.tag !== Tag.Tensor) {
          throw programError(`FreeCall on value ${ins.index}, which is ${tagName(v.tag)}, not a Tensor`, method, {
            instruction: pc,
            chain,
            value: ins.index,
          });
        }
        // Storage is garbage collected; nothing else to release.
        return undefined;
      }
    }
  }

  /**
   * Runs a kernel or delegate call. Synchronous when the callee is (no promise per call); a promise
   * only when a backend's `execute` returned one.
   */
  #call(ins: Call, pc: number, chain: number): undefined | Promise<void> {
    const tracer = this.#tracer;
    const token = tracer?.begin(ins.name, ins.kind, { method: this.name, instruction: pc, chain, ...ins.trace });
    let pending = false;
    try {
      const args = gather(this.#values, ins.args, ins.values, ins.before);
      const r = ins.run(args);
      if (isThenable(r)) {
        pending = true;
        return this.#finishCall(r, ins, args, pc, chain, token);
      }
      this.#writeBack(ins.args, args, ins.before);
      return undefined;
    } catch (e) {
      throw this.#callError(e, ins, pc, chain);
    } finally {
      if (!pending && token !== undefined) tracer?.end(token);
    }
  }

  async #finishCall(
    r: PromiseLike<unknown>,
    ins: Call,
    args: EValue[],
    pc: number,
    chain: number,
    token: number | undefined,
  ): Promise<void> {
    try {
      await r;
      this.#writeBack(ins.args, args, ins.before);
    } catch (e) {
      throw this.#callError(e, ins, pc, chain);
    } finally {
      if (token !== undefined) this.#tracer?.end(token);
    }
  }

  #callError(e: unknown, ins: Call, pc: number, chain: number): KindlingError {
    const method = this.name;
    return asKindlingError(
      e,
      ErrorCode.Internal,
      { method, instruction: pc, chain, ...ins.context },
      `${ins.label} (instruction ${pc} of method "${method}")`,
    );
  }

  /**
   * Stores entries a kernel or backend replaced back into the value table: scalar results of prim
   * ops, and tensors replaced by an aliasing view (`executorch_prim::et_view` points its output at
   * the input's storage, which here means a new Tensor over the same bytes).
   */
  #writeBack(indices: readonly number[], args: EValue[], before: readonly EValue[]): void {
    for (let k = 0; k < indices.length; k++) {
      const now = args[k];
      if (now === before[k]) continue;
      const index = indices[k] as number;
      const old = before[k] as EValue;
      if (this.#values.isList(index)) continue;
      if (old.tag === Tag.Tensor && (!isEValue(now) || now.tag !== Tag.Tensor)) {
        throw new KindlingError(
          ErrorCode.Internal,
          `tensor argument ${k} was replaced by a value that is not a tensor`,
          {
            context: { value: index },
          },
        );
      }
      if (!isEValue(now)) {
        throw new KindlingError(ErrorCode.Internal, `argument ${k} was replaced by something that is not an EValue`, {
          context: { value: index },
        });
      }
      this.#values.set(index, now);
    }
  }

  /** Output `i` as the method holds it (tensors alias method memory until the next execute). */
  output(i: number): EValue {
    const index = this.#plan.outputs[i];
    if (!Number.isInteger(i) || index === undefined) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `method "${this.name}" has ${this.outputCount} outputs; there is no output ${i}`,
        {
          context: { method: this.name },
        },
      );
    }
    return this.#values.get(index);
  }

  /** All outputs (tensors alias method memory until the next execute). */
  outputs(): EValue[] {
    return this.#plan.outputs.map((_, i) => this.output(i));
  }

  /** The value at `index` of the method's value table (for debugging and tools). */
  value(index: number): EValue {
    return this.#values.get(index);
  }

  /** True once {@link Method.dispose} ran. */
  get disposed(): boolean {
    return this.#disposed;
  }

  /** {@link Method.dispose}, for `using method = await program.loadMethod(...)`. */
  [disposeKey](): void {
    this.dispose();
  }

  /**
   * Destroys the method's delegates (in index order) and releases its memory. Safe to call twice.
   * Throws a `KindlingError` if a backend's `destroy` threw (after calling every other one).
   */
  dispose(): void {
    if (this.#disposed) return;
    if (this.#running) {
      throw new KindlingError(
        ErrorCode.InvalidState,
        `method "${this.name}" is executing; dispose it after it finishes`,
        { context: { method: this.name } },
      );
    }
    this.#disposed = true;
    const errors = Method.#destroyAll(this.#delegates);
    this.#delegates.length = 0;
    if (errors.length > 0)
      throw asKindlingError(
        errors[0],
        ErrorCode.Internal,
        { method: this.name },
        `destroying a delegate of method "${this.name}" failed`,
      );
  }
}
