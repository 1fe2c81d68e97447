import { ErrorCode, KindlingError } from '@kindling/core';

/**
 * ExecuTorch's flattened directory (the `CoreMLBackend` payload): the files' bytes one after the
 * other, then a JSON index whose characters are written in reverse order, so that it is read
 * backwards from the last byte. The index lists nodes in post-order (the root last):
 * `{"nodes": [{"name", "kind": 0 (file) | 1 (directory), "dataRegion": {"offset", "size"},
 * "children": {name: node index}}]}`.
 */

/** Largest index the reader looks for (ExecuTorch's indexes are a few KB). */
const MAX_INDEX_BYTES = 1 << 20;
/** Most nodes and directory depth an index may have. */
const MAX_NODES = 4096;
const MAX_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fail(message: string, context: Record<string, unknown> = {}): never {
  throw new KindlingError(ErrorCode.InvalidProgram, `Core ML payload: ${message}`, {
    context: { backend: 'CoreMLBackend', ...context },
  });
}

/**
 * The JSON index's text, read backwards from the end of `bytes` up to the brace that closes the
 * first one (strings and escapes followed so braces inside names do not count), and where it starts.
 */
function readReversedIndex(bytes: Uint8Array): { json: string; start: number } {
  const n = bytes.byteLength;
  if (n === 0) fail('the payload is empty');
  const limit = Math.min(n, MAX_INDEX_BYTES);
  const text = new Uint8Array(limit);
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < limit; i++) {
    const c = bytes[n - 1 - i] as number;
    text[i] = c;
    if (i === 0 && c !== 0x7b) fail('its last byte is not the reversed index\'s opening "{"');
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) {
        let json: string;
        try {
          json = utf8.decode(text.subarray(0, i + 1));
        } catch {
          return fail('the index is not valid UTF-8');
        }
        return { json, start: n - 1 - i };
      }
    }
  }
  return fail(`no complete index in the last ${limit} bytes`);
}

interface IndexNode {
  readonly name: string;
  readonly kind: number;
  readonly offset: number;
  readonly size: number;
  readonly children: readonly [string, number][];
}

function isNonNegativeInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function checkNode(raw: unknown, i: number): IndexNode {
  if (typeof raw !== 'object' || raw === null) fail(`index node ${i} is not an object`);
  const o = raw as Record<string, unknown>;
  const region = o.dataRegion as Record<string, unknown> | undefined;
  if (typeof o.name !== 'string' || o.name === '' || o.name === '.' || o.name === '..' || o.name.includes('/')) {
    fail(`index node ${i} has a bad name`, { node: i });
  }
  if (o.kind !== 0 && o.kind !== 1) fail(`index node ${i} has kind ${String(o.kind)}`, { node: i });
  if (
    typeof region !== 'object' ||
    region === null ||
    !isNonNegativeInt(region.offset) ||
    !isNonNegativeInt(region.size)
  ) {
    fail(`index node ${i} has a bad dataRegion`, { node: i });
  }
  const children = o.children ?? {};
  if (typeof children !== 'object' || children === null || Array.isArray(children)) {
    fail(`index node ${i} has bad children`, { node: i });
  }
  const list = Object.entries(children as Record<string, unknown>).map(([k, v]): [string, number] => {
    if (!isNonNegativeInt(v)) fail(`index node ${i}: child ${k} is not a node index`, { node: i });
    return [k, v];
  });
  return { name: o.name, kind: o.kind, offset: region.offset, size: region.size, children: list };
}

/**
 * Unflattens ExecuTorch's Core ML payload into its files, by path relative to the root directory
 * (`metadata.json`, `model.mlpackage/Manifest.json`, ...). Files are views of `bytes`, not copies.
 * Every offset, size, child index and name is checked; a node reached twice (a cycle or a shared
 * child) is refused.
 */
export function unflattenDirectory(bytes: Uint8Array): { root: string; files: Map<string, Uint8Array> } {
  const { json, start } = readReversedIndex(bytes);
  let index: unknown;
  try {
    index = JSON.parse(json);
  } catch (e) {
    return fail(`the index is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rawNodes = (index as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(rawNodes) || rawNodes.length === 0) fail('the index has no nodes');
  if (rawNodes.length > MAX_NODES) fail(`the index has ${rawNodes.length} nodes (at most ${MAX_NODES})`);
  const nodes = rawNodes.map(checkNode);
  const files = new Map<string, Uint8Array>();
  const seen = new Set<number>();
  const rootIndex = nodes.length - 1;
  const visit = (i: number, path: string, depth: number): void => {
    if (i >= nodes.length) fail(`a child refers to node ${i} of ${nodes.length}`, { path });
    if (seen.has(i)) fail(`node ${i} is reached twice`, { path });
    if (depth > MAX_DEPTH) fail(`directories nest deeper than ${MAX_DEPTH}`, { path });
    seen.add(i);
    const node = nodes[i]!;
    if (node.kind === 0) {
      if (node.offset > start || node.size > start - node.offset) {
        fail(`file ${path} (${node.size} B at ${node.offset}) lies outside the file data (${start} B)`, { path });
      }
      if (node.children.length > 0) fail(`file ${path} has children`, { path });
      files.set(path, bytes.subarray(node.offset, node.offset + node.size));
      return;
    }
    for (const [name, child] of node.children) {
      const childNode = nodes[child];
      if (childNode && childNode.name !== name) fail(`child ${name} of ${path || '/'} is named ${childNode.name}`);
      visit(child, path ? `${path}/${name}` : name, depth + 1);
    }
  };
  const root = nodes[rootIndex]!;
  if (root.kind !== 1) fail('the root node is not a directory');
  visit(rootIndex, '', 0);
  return { root: root.name, files };
}

/** The multi-method form: `CMJR` then JSON naming the named-data key of a shared package and a function. */
export interface CoreMLReference {
  readonly key: string;
  readonly functionName: string;
  readonly version: number;
}

/** The four bytes `CMJR` (Core ML JSON reference) that start a multi-method payload. */
export const COREML_REFERENCE_MAGIC = 'CMJR';

/** The reference in `bytes` when they start with `CMJR`, otherwise `undefined`. */
export function readCoreMLReference(bytes: Uint8Array): CoreMLReference | undefined {
  if (bytes.byteLength < 4 || String.fromCharCode(...bytes.subarray(0, 4)) !== COREML_REFERENCE_MAGIC) return undefined;
  if (bytes.byteLength > MAX_INDEX_BYTES) fail('the CMJR reference is too long');
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(utf8.decode(bytes.subarray(4))) as Record<string, unknown>;
  } catch {
    return fail('the CMJR reference is not JSON');
  }
  if (typeof o !== 'object' || o === null || typeof o.key !== 'string' || typeof o.functionName !== 'string') {
    return fail('the CMJR reference lacks key or functionName');
  }
  const version = o.version ?? 1;
  if (version !== 1) fail(`CMJR reference version ${String(version)} is not supported (1 is)`);
  return { key: o.key, functionName: o.functionName, version: 1 };
}

/** A directory to flatten: a file's bytes, or a directory's entries in the order they are written. */
export type DirectoryTree = Uint8Array | ReadonlyMap<string, DirectoryTree>;

const utf8Encoder = new TextEncoder();

/**
 * Flattens a directory as ExecuTorch's Core ML AOT code does (the inverse of
 * {@link unflattenDirectory}): every file's bytes one after the other, then the JSON index of the
 * nodes (post-order, the root `rootName` last) with its bytes reversed (the reader reads it backwards).
 */
export function flattenDirectory(rootName: string, tree: ReadonlyMap<string, DirectoryTree>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const nodes: Record<string, unknown>[] = [];
  let offset = 0;
  const visit = (name: string, node: DirectoryTree): number => {
    if (node instanceof Uint8Array) {
      chunks.push(node);
      nodes.push({ name, kind: 0, dataRegion: { offset, size: node.byteLength }, children: {} });
      offset += node.byteLength;
      return nodes.length - 1;
    }
    const children: Record<string, number> = {};
    for (const [child, sub] of node) children[child] = visit(child, sub);
    nodes.push({ name, kind: 1, dataRegion: { offset: 0, size: 0 }, children });
    return nodes.length - 1;
  };
  visit(rootName, tree);
  const index = utf8Encoder.encode(JSON.stringify({ nodes })).reverse();
  const out = new Uint8Array(offset + index.byteLength);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  out.set(index, at);
  return out;
}
