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
    const children: Map<number, number>[] = [new Map()];
    const tokensAt: number[][] = [[]];
    let maxLen = 0;
    for (let id = 0; id < tokenizer.vocabSize; id++) {
      if (tokenizer.isSpecial(id)) continue;
      const bytes = tokenizer.tokenBytes(id);
      if (bytes.length === 0) continue;
      maxLen = Math.max(maxLen, bytes.length);
      let n = 0;
      for (const byte of bytes) {
        const map = children[n] as Map<number, number>;
        let c = map.get(byte);
        if (c === undefined) {
          c = children.length;
          children.push(new Map());
          tokensAt.push([]);
          map.set(byte, c);
        }
        n = c;
      }
      tokensAt[n]?.push(id);
    }
    this.maxTokenBytes = maxLen;
    const count = children.length;
    this.edgeStart = new Int32Array(count + 1);
    this.tokStart = new Int32Array(count + 1);
    let edges = 0;
    let toks = 0;
    for (let n = 0; n < count; n++) {
      this.edgeStart[n] = edges;
      this.tokStart[n] = toks;
      edges += children[n]?.size ?? 0;
      toks += tokensAt[n]?.length ?? 0;
    }
    this.edgeStart[count] = edges;
    this.tokStart[count] = toks;
    this.edgeByte = new Uint8Array(edges);
    this.edgeTarget = new Int32Array(edges);
    this.tokIds = new Int32Array(toks);
    for (let n = 0; n < count; n++) {
      const sorted = [...(children[n]?.entries() ?? [])].sort((x, y) => x[0] - y[0]);
      let e = this.edgeStart[n] ?? 0;
      for (const [byte, target] of sorted) {
        this.edgeByte[e] = byte;
        this.edgeTarget[e] = target;
        e++;
      }
      let t = this.tokStart[n] ?? 0;
      for (const id of tokensAt[n] ?? []) this.tokIds[t++] = id;
    }
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
