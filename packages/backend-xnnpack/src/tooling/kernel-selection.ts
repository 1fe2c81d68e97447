/**
 * What the XNNPACK delegates of some programs need from the kernels' WebAssembly, and that build
 * pruned to it (`kindling select --wasm`). The needed exports come from building each graph's steps
 * exactly as the runtime does (`heap.kernels(...)` records every kernel a step may call, on one
 * thread or on a pool), so the list cannot drift from the code that calls the kernels.
 */
import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { CompiledGraph } from '../runtime/compiled-graph.js';
import { XnnWorkspace } from '../runtime/workspace.js';
import { nodeTypeName } from '../serialization/xnn-graph.js';
import { decodeXnnPayload } from '../serialization/xnn-graph-reader.js';
import { validateXnnGraph } from '../serialization/xnn-graph-validator.js';
import {
  type KernelBuildName,
  type KernelVariant,
  kernelBuild,
  loadKernelSource,
  shippedKernelUrl,
} from '../wasm/kernels.js';
import { pruneWasm } from './wasm-prune.js';

/** One XNNPACK delegate of a program: its payload and the program's named data (its weights). */
export interface XnnpackDelegatePayload {
  readonly processed: Uint8Array;
  readonly namedData: NamedDataMap;
}

/** The XNNPACK delegates of programs (`.pte` bytes), each with its program's named data. */
export function xnnpackPayloadsOf(programs: readonly Uint8Array[]): XnnpackDelegatePayload[] {
  return programs.flatMap((bytes) => {
    const file = PteFile.read(bytes);
    const namedData = file.namedData();
    return file.methodNames.flatMap((m) =>
      file
        .plan(m)
        .delegates.filter((d) => d.id === 'XnnpackBackend')
        .map((d) => ({ processed: file.delegatePayload(d), namedData })),
    );
  });
}

/** The XNNPACK node types of a delegate payload, by name (`'Conv2d'`), sorted, each once. */
export function delegateNodeTypes(processed: Uint8Array): string[] {
  const { graph } = decodeXnnPayload(processed);
  return [...new Set(graph.nodes.map((n) => nodeTypeName(n.type)))].sort();
}

async function shippedBytes(name: KernelBuildName): Promise<Uint8Array<ArrayBuffer>> {
  const url = shippedKernelUrl(name);
  try {
    if (url.protocol === 'file:') {
      const specifier = ['node', 'fs/promises'].join(':');
      const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as {
        readFile(path: URL): Promise<Uint8Array>;
      };
      return new Uint8Array(await fs.readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new KindlingError(ErrorCode.AccessFailed, `cannot read the ${name} kernel build (${url.href}): ${detail}`, {
      cause: e,
      context: { backend: 'XnnpackBackend', wasm: url.href },
    });
  }
}

/**
 * The exports of the kernel build that `payloads` call when they run with the `variant` build (on
 * one thread or several), sorted. Each payload is decoded, validated and built as at load time.
 */
export async function xnnpackKernelExports(
  payloads: readonly XnnpackDelegatePayload[],
  variant: KernelVariant = 'simd',
): Promise<string[]> {
  // The steps are built over the SIMD128 build, which every engine with SIMD compiles; the variant
  // only decides which kernels they take (both builds export the same ones).
  const simd = await loadKernelSource(await shippedBytes('simd'));
  const module = { variant, module: simd.module, shared: false };
  const names = new Set<string>();
  for (const p of payloads) {
    const payload = decodeXnnPayload(p.processed);
    validateXnnGraph(payload.graph, { constantRegionSize: payload.constantRegion.byteLength, namedData: p.namedData });
    const graph = new CompiledGraph(payload, p.namedData, new XnnWorkspace(1, module));
    for (const n of graph.kernelExports) names.add(n);
    graph.dispose();
  }
  return [...names].sort();
}

/** A kernel build pruned to what some programs need ({@link buildKernelWasm}). */
export interface KernelWasmSelection {
  /** The build it was pruned from (`simd`, `relaxed-simd`, or either with `-shared`). */
  readonly build: KernelBuildName;
  /** The module: only `exports` and what they call, and the section naming the build. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The kernels it exports, sorted. */
  readonly exports: readonly string[];
  /** Bytes of the full build. */
  readonly fullSize: number;
}

/**
 * The kernel build `build` (default `simd`, which every engine with WebAssembly SIMD runs) with only
 * the kernels `payloads` call: give it to `xnnpack({ wasm })`. The delegate checks at load time that
 * a build has every kernel a graph takes.
 */
export async function buildKernelWasm(
  payloads: readonly XnnpackDelegatePayload[],
  build: KernelBuildName = 'simd',
): Promise<KernelWasmSelection> {
  const shared = build.endsWith('-shared');
  const variant = (shared ? build.slice(0, -'-shared'.length) : build) as KernelVariant;
  const full = await shippedBytes(kernelBuild(variant, shared).name);
  const exports = await xnnpackKernelExports(payloads, variant);
  return { build, bytes: pruneWasm(full, exports), exports, fullSize: full.length };
}
