import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { ErrorCode, KindlingError, type NamedDataMap } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { expect } from 'vitest';

const zoo = ConformanceZoo.open();
/** Every committed zoo program ExecuTorch's CoreMLPartitioner wrote. */
export const coremlCases: ManifestCase[] = zoo.available({}).filter((c) => c.flavour.startsWith('coreml'));

/** The first Core ML delegate payload of a zoo case, with its program's named data. */
export function delegateOf(c: ManifestCase): { payload: Uint8Array; namedData: NamedDataMap } {
  const pte = PteFile.read(zoo.programBytes(c));
  const plan = pte.plan(pte.methodNames[0]!);
  const d = plan.delegates.find((x) => x.id === 'CoreMLBackend')!;
  return { payload: pte.delegatePayload(d), namedData: pte.namedData() };
}

export function namedData(entries: Record<string, Uint8Array> = {}): NamedDataMap {
  return {
    keys: () => Object.keys(entries),
    has: (k) => Object.hasOwn(entries, k),
    get: (k) => {
      const v = entries[k];
      if (!v) throw new KindlingError(ErrorCode.NotFound, `no ${k}`);
      return v;
    },
    layout: () => undefined,
  };
}

/** The KindlingError `f` throws (fails the test when it throws anything else, or nothing). */
export function errorOf(f: () => unknown): KindlingError {
  try {
    f();
  } catch (e) {
    expect(KindlingError.isInstance(e), String(e)).toBe(true);
    return e as KindlingError;
  }
  throw new Error('expected a KindlingError');
}

const utf8 = new TextEncoder();

/** A test node of a directory to flatten: a file's bytes or a directory's children. */
export type TreeNode = Uint8Array | { readonly [name: string]: TreeNode };

/**
 * Flattens a directory tree as ExecuTorch's Core ML payload does (files' bytes, then the JSON
 * index reversed, nodes in post-order, root last), written here from the format's description.
 */
export function flatten(rootName: string, tree: TreeNode): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const nodes: unknown[] = [];
  const visit = (name: string, node: TreeNode): number => {
    if (node instanceof Uint8Array) {
      chunks.push(node);
      nodes.push({ children: {}, dataRegion: { offset, size: node.byteLength }, kind: 0, name });
      offset += node.byteLength;
      return nodes.length - 1;
    }
    const children: Record<string, number> = {};
    for (const [k, v] of Object.entries(node)) children[k] = visit(k, v);
    nodes.push({ children, dataRegion: { offset: 0, size: 0 }, kind: 1, name });
    return nodes.length - 1;
  };
  visit(rootName, tree);
  const index = [...utf8.encode(JSON.stringify({ nodes }))].reverse();
  const out = new Uint8Array(offset + index.length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  out.set(index, at);
  return out;
}

export const text = (s: string): Uint8Array => utf8.encode(s);
