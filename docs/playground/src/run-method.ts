/**
 * Runs one method of a program with the chosen backends, timing every operator and delegate call
 * with the runtime's event tracer.
 */
import { webgpu } from '@kindling/backend-webgpu';
import { type XnnpackDelegateInfo, xnnpack } from '@kindling/backend-xnnpack';
import type { Backend } from '@kindling/core';
import {
  createEventTracer,
  type EventSummaryRow,
  type MethodInput,
  type MethodMeta,
  type MethodOutput,
  Module,
  portableKernels,
  type TracedEvent,
} from '@kindling/runtime';

export interface RunSettings {
  readonly method: string;
  /** Run XNNPACK payloads with the CPU delegate on this many threads; `null`: no CPU delegate. */
  readonly xnnpackThreads: number | null;
  /** Run Vulkan payloads with the WebGPU backend. */
  readonly webgpu: boolean;
  /** Makes the inputs once the module is loaded. */
  readonly inputs: (module: Module, meta: MethodMeta) => MethodInput[] | Promise<MethodInput[]>;
}

export interface RunResult {
  readonly outputs: readonly MethodOutput[];
  /** Operator and delegate calls of the execute, in the order they finished. */
  readonly calls: readonly TracedEvent[];
  /** The same calls grouped by name, most total time first. */
  readonly summary: readonly EventSummaryRow[];
  /** What each CPU delegate runs on. */
  readonly delegates: readonly XnnpackDelegateInfo[];
  readonly totalMs: number;
}

/** Loads the program with the chosen backends, makes the inputs and executes the method once. */
export async function runMethod(bytes: Uint8Array, settings: RunSettings): Promise<RunResult> {
  const tracer = createEventTracer();
  const delegates: XnnpackDelegateInfo[] = [];
  const backends: Backend[] = [];
  if (settings.xnnpackThreads !== null) {
    backends.push(xnnpack({ threads: settings.xnnpackThreads, onDelegateReady: (info) => delegates.push(info) }));
  }
  if (settings.webgpu) backends.push(webgpu());
  const module = await Module.load(bytes, { kernels: portableKernels, backends, eventTracer: tracer });
  try {
    const meta = module.methodMeta(settings.method);
    const inputs = await settings.inputs(module, meta);
    await module.loadMethod(settings.method);
    // Only the execute's events: loading recorded the delegates' init.
    tracer.reset();
    const start = performance.now();
    const outputs = await module.execute(settings.method, inputs);
    const totalMs = performance.now() - start;
    const calls = tracer.events.filter((e) => e.kind === 'instruction' || e.kind === 'delegate');
    return { outputs, calls, summary: tracer.summary(), delegates, totalMs };
  } finally {
    await module.dispose();
  }
}
