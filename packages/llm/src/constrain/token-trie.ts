/**
 * The tokenizer's vocabulary as a byte trie, flattened into typed arrays: node `n`'s outgoing
 * edges are `edgeStart[n]` .. `edgeStart[n + 1]`, sorted by byte; the tokens whose bytes end at
 * node `n` are `tokIds[tokStart[n]]` .. `tokIds[tokStart[n + 1]]`. Special tokens and tokens with
 * no bytes are left out (only end-of-sequence ids are ever allowed of those, separately).
 */
import type { Tokenizer } from '../types.js';

export class TokenTrie {
  readonly edgeStart: Int32Array;
  readonly edgeByte: Uint8Array;
  readonly edgeTarget: Int32Array;
  readonly tokStart: Int32Array;
  readonly tokIds: Int32Array;
  /** Bytes of the longest token. */
  readonly maxTokenBytes: number;
  readonly vocabSize: number;
  readonly eosTokenIds: readonly number[];

  constructor(tokenizer: Tokenizer) {
    this.vocabSize = tokenizer.vocabSize;
    this.eosTokenIds = tokenizer.eosTokenIds.filter((id) => id >= 0 && id < tokenizer.vocabSize);
    // Sort the byte strings; then the trie comes out in preorder, children in byte order.
    const ids: number[] = [];
    const bytesOf: Uint8Array[] = [];
    for (let id = 0; id < tokenizer.vocabSize; id++) {
      const bytes = tokenizer.isSpecial(id) ? undefined : tokenizer.tokenBytes(id);
      bytesOf.push(bytes ?? new Uint8Array(0));
      if (bytes !== undefined && bytes.length > 0) ids.push(id);
    }
    // One char per byte: string order is byte order, and native string comparison is fast.
    const keys: string[] = new Array(tokenizer.vocabSize);
    let total = 1;
    let maxLen = 0;
    for (const id of ids) {
      const bytes = bytesOf[id] as Uint8Array;
      keys[id] = String.fromCharCode.apply(null, bytes as unknown as number[]);
      total += bytes.length;
      maxLen = Math.max(maxLen, bytes.length);
    }
    ids.sort((p, q) => {
      const x = keys[p] as string;
      const y = keys[q] as string;
      return x < y ? -1 : x > y ? 1 : p - q;
    });
    const parentOf = new Int32Array(total);
    const byteOf = new Uint8Array(total);
    parentOf[0] = -1;
    let count = 1;
    const tokenNode = new Int32Array(ids.length);
    const path = new Int32Array(maxLen + 1);
    let prev: Uint8Array = new Uint8Array(0);
    ids.forEach((id, k) => {
      const bytes = bytesOf[id] as Uint8Array;
      let lcp = 0;
      while (lcp < prev.length && lcp < bytes.length && prev[lcp] === bytes[lcp]) lcp++;
      for (let d = lcp; d < bytes.length; d++) {
        path[d + 1] = count;
        parentOf[count] = path[d] ?? 0;
        byteOf[count] = bytes[d] ?? 0;
        count++;
      }
      tokenNode[k] = path[bytes.length] ?? 0;
      prev = bytes;
    });
    this.maxTokenBytes = maxLen;
    // Children of a node: created in byte order; group them by parent (counting sort, stable).
    this.edgeStart = new Int32Array(count + 1);
    for (let n = 1; n < count; n++)
      this.edgeStart[(parentOf[n] ?? 0) + 1] = (this.edgeStart[(parentOf[n] ?? 0) + 1] ?? 0) + 1;
    for (let n = 0; n < count; n++) this.edgeStart[n + 1] = (this.edgeStart[n + 1] ?? 0) + (this.edgeStart[n] ?? 0);
    this.edgeByte = new Uint8Array(count - 1);
    this.edgeTarget = new Int32Array(count - 1);
    const fill = this.edgeStart.slice(0, count);
    for (let n = 1; n < count; n++) {
      const parent = parentOf[n] ?? 0;
      const e = fill[parent] ?? 0;
      fill[parent] = e + 1;
      this.edgeByte[e] = byteOf[n] ?? 0;
      this.edgeTarget[e] = n;
    }
    // Tokens per node: in sorted order, equal byte strings are neighbours.
    this.tokStart = new Int32Array(count + 1);
    for (const n of tokenNode) this.tokStart[n + 1] = (this.tokStart[n + 1] ?? 0) + 1;
    for (let n = 0; n < count; n++) this.tokStart[n + 1] = (this.tokStart[n + 1] ?? 0) + (this.tokStart[n] ?? 0);
    this.tokIds = new Int32Array(ids.length);
    const at = this.tokStart.slice(0, count);
    tokenNode.forEach((n, k) => {
      const slot = at[n] ?? 0;
      at[n] = slot + 1;
      this.tokIds[slot] = ids[k] ?? 0;
    });
  }

  /** Sets the bits of the tokens ending at `node`. */
  mark(node: number, mask: Uint32Array): void {
    const end = this.tokStart[node + 1] ?? 0;
    for (let t = this.tokStart[node] ?? 0; t < end; t++) {
      const id = this.tokIds[t] ?? 0;
      mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
    }
  }

  /** The node reached by `bytes` from the root, or -1. */
  find(bytes: Uint8Array): number {
    let n = 0;
    for (const byte of bytes) {
      let next = -1;
      const end = this.edgeStart[n + 1] ?? 0;
      for (let e = this.edgeStart[n] ?? 0; e < end; e++) {
        if (this.edgeByte[e] === byte) {
          next = this.edgeTarget[e] ?? -1;
          break;
        }
      }
      if (next < 0) return -1;
      n = next;
    }
    return n;
  }

  /** Sets the bits of every token in `node`'s subtree (the tokens starting with its bytes). */
  markSubtree(node: number, mask: Uint32Array): void {
    this.mark(node, mask);
    const end = this.edgeStart[node + 1] ?? 0;
    for (let e = this.edgeStart[node] ?? 0; e < end; e++) this.markSubtree(this.edgeTarget[e] ?? 0, mask);
  }
}

const tries = new WeakMap<Tokenizer, TokenTrie>();

/** The trie of `tokenizer`, built once per tokenizer object. */
export function tokenTrie(tokenizer: Tokenizer): TokenTrie {
  let t = tries.get(tokenizer);
  if (!t) {
    t = new TokenTrie(tokenizer);
    tries.set(tokenizer, t);
  }
  return t;
}
