/**
 * What the page shows about a program, read with `@kindling/ir` (no kernels, nothing executed):
 * methods, their inputs and outputs, operators with call counts, delegates with payload sizes and,
 * where the backend package can read the payload, its node types, and the planned memory.
 */
import { decodeVkGraph, parseVkPayload } from '@kindling/backend-webgpu';
import { decodeXnnPayload, nodeTypeName } from '@kindling/backend-xnnpack';
import { KindlingError } from '@kindling/core';
import { describeProgram, isBundledProgram, type MethodSummary, PteFile, readBundledProgram } from '@kindling/ir';

export interface DelegateInfo {
  readonly index: number;
  readonly id: string;
  readonly payloadBytes: number;
  readonly calls: number;
  /**
   * Node types of the payload, each once, sorted; `null` when no reader for this backend is bundled;
   * a `KindlingError` when the payload cannot be read (loading the method will fail with it too).
   */
  readonly nodeTypes: readonly string[] | null | KindlingError;
}

export interface MethodInfo {
  readonly summary: MethodSummary;
  readonly delegates: readonly DelegateInfo[];
}

export interface ProgramInfo {
  /** The program's bytes (unwrapped from a bundled program). */
  readonly bytes: Uint8Array;
  readonly size: number;
  /** True when the file was a bundled program (`.bpte`) wrapping the program. */
  readonly bundled: boolean;
  readonly methods: readonly MethodInfo[];
}

/** Readers of delegate payloads, by backend id: the node types each payload holds. */
const PAYLOAD_READERS: Readonly<Record<string, (payload: Uint8Array) => string[]>> = {
  XnnpackBackend: (payload) => decodeXnnPayload(payload).graph.nodes.map((n) => nodeTypeName(n.type)),
  VulkanBackend: (payload) => decodeVkGraph(parseVkPayload(payload).flatbuffer).chain.map((c) => c.name),
};

function nodeTypesOf(id: string, payload: Uint8Array): string[] | null | KindlingError {
  const read = PAYLOAD_READERS[id];
  if (!read) return null;
  try {
    return [...new Set(read(payload))].sort();
  } catch (e) {
    // The rest of the program is still worth showing.
    if (KindlingError.isInstance(e)) return e;
    throw e;
  }
}

/** Reads a program (or the program a bundled program wraps); throws a `KindlingError` for a bad file. */
export function readProgram(fileBytes: Uint8Array): ProgramInfo {
  const bundled = isBundledProgram(fileBytes);
  const bytes = bundled ? readBundledProgram(fileBytes).program : fileBytes;
  const file = PteFile.read(bytes);
  const summary = describeProgram(file);
  const methods = summary.methods.map((m) => {
    const plan = file.plan(m.name);
    const delegates = m.delegates.map((d) => {
      const data = plan.delegates[d.index];
      const payload = data ? file.delegatePayload(data) : new Uint8Array();
      return {
        index: d.index,
        id: d.id,
        payloadBytes: d.payloadSize,
        calls: d.calls,
        nodeTypes: nodeTypesOf(d.id, payload),
      };
    });
    return { summary: m, delegates };
  });
  return { bytes, size: fileBytes.byteLength, bundled, methods };
}
