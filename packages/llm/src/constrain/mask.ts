/**
 * Token masks: the vocabulary trie walked together with the grammar, a branch abandoned as soon as
 * no stack survives its bytes. The part of a mask decided inside the top frame depends only on
 * that frame, so it is cached per frame key, together with the trie edges where a token's bytes
 * leave the frame; only those continue, at each step, with the real frames below.
 */
import { advance, BOUNDARY, canEnd, END, Frame, feed, setBoundarySink } from './matcher.js';
import type { TokenTrie } from './token-trie.js';

interface CacheEntry {
  /** Tokens whose bytes all stay inside the frame. */
  readonly mask: Uint32Array;
  /** Trie edges whose byte passes to the frames below. */
  readonly exits: Int32Array;
}

const MAX_ENTRIES = 2048;

export class MaskComputer {
  private readonly cache = new Map<string, CacheEntry>();
  readonly words: number;

  constructor(readonly trie: TokenTrie) {
    this.words = (trie.vocabSize + 31) >>> 5;
  }

  /** Writes the mask of the tokens (and end-of-sequence ids) `stacks` allow into `mask`. */
  fill(stacks: readonly Frame[], mask: Uint32Array): void {
    mask.fill(0);
    const top = stacks[0];
    if (stacks.length === 1 && top !== undefined && top.node !== null && top.up !== null) {
      const entry = this.entry(top);
      mask.set(entry.mask);
      const below = [top.up];
      const { edgeByte, edgeTarget } = this.trie;
      for (const e of entry.exits) {
        const out: Frame[] = [];
        feed(below[0] as Frame, edgeByte[e] ?? 0, out);
        if (out.length === 0) continue;
        const target = edgeTarget[e] ?? 0;
        this.trie.mark(target, mask);
        this.walk(target, out.length > 1 ? advanceDedup(out) : out, mask);
      }
    } else if (stacks.length > 0) this.walk(0, stacks, mask);
    if (stacks.some((s) => s === END || canEnd(s))) {
      for (const id of this.trie.eosTokenIds) mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
    }
  }

  private walk(node: number, stacks: readonly Frame[], mask: Uint32Array): void {
    const { edgeStart, edgeByte, edgeTarget } = this.trie;
    const end = edgeStart[node + 1] ?? 0;
    for (let e = edgeStart[node] ?? 0; e < end; e++) {
      const next = advance(stacks, edgeByte[e] ?? 0);
      if (next.length === 0) continue;
      const target = edgeTarget[e] ?? 0;
      this.trie.mark(target, mask);
      this.walk(target, next, mask);
    }
  }

  private entry(top: Frame): CacheEntry {
    const node = top.node;
    if (node === null) throw new Error('unreachable');
    const key = node.cacheKey(top.a, top.b, this.trie.maxTokenBytes);
    let entry = this.cache.get(key);
    if (entry) return entry;
    const mask = new Uint32Array(this.words);
    const exits = new Set<number>();
    let current = -1;
    setBoundarySink(() => exits.add(current));
    try {
      const { edgeStart, edgeByte, edgeTarget } = this.trie;
      const walk = (n: number, stacks: readonly Frame[]): void => {
        const end = edgeStart[n + 1] ?? 0;
        for (let e = edgeStart[n] ?? 0; e < end; e++) {
          current = e;
          const next = advance(stacks, edgeByte[e] ?? 0);
          if (next.length === 0) continue;
          const target = edgeTarget[e] ?? 0;
          this.trie.mark(target, mask);
          walk(target, next);
        }
      };
      walk(0, [new Frame(node, top.a, top.b, BOUNDARY)]);
    } finally {
      setBoundarySink(null);
    }
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    entry = { mask, exits: Int32Array.from(exits) };
    this.cache.set(key, entry);
    return entry;
  }
}

function advanceDedup(stacks: Frame[]): Frame[] {
  const seen = new Set<string>();
  return stacks.filter((f) => {
    const k = f.key();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const computers = new WeakMap<TokenTrie, MaskComputer>();

/** One mask computer (and cache) per vocabulary. */
export function maskComputer(trie: TokenTrie): MaskComputer {
  let m = computers.get(trie);
  if (!m) {
    m = new MaskComputer(trie);
    computers.set(trie, m);
  }
  return m;
}
