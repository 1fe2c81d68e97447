/**
 * Token masks: the vocabulary trie walked together with the grammar, a branch abandoned as soon as
 * no stack survives its bytes. The part of a mask decided inside the top frame depends only on
 * that frame, so it is cached per frame key, together with the trie edges where a token's bytes
 * leave the frame; only those continue, at each step, with the real frames below.
 */
import { advance, BOUNDARY, canEnd, END, Frame, feed, setBoundarySink } from './matcher.js';
import { Act, type GNode, type StepResult } from './nodes.js';
import { PatternStringNode } from './pattern-node.js';
import { StringNode } from './scalar-nodes.js';
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
    const below = sharedBelow(stacks);
    if (below !== null) {
      const entry = stacks.length === 1 ? this.entry(stacks[0] as Frame) : this.entryOfMany(stacks);
      mask.set(entry.mask);
      const { edgeByte, edgeTarget } = this.trie;
      for (const e of entry.exits) {
        const out: Frame[] = [];
        feed(below, edgeByte[e] ?? 0, out);
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

  /** The entry of several top frames over the same frames below (anyOf branches side by side). */
  private entryOfMany(stacks: readonly Frame[]): CacheEntry {
    const k = this.trie.maxTokenBytes;
    const key = stacks
      .map((f) => (f.node as GNode).cacheKey(f.a, f.b, k))
      .sort()
      .join('|');
    let entry = this.cache.get(key);
    if (entry) return entry;
    entry = this.walkInside(stacks.map((f) => new Frame(f.node, f.a, f.b, BOUNDARY)));
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, entry);
    return entry;
  }

  /** Walks the trie with frames over BOUNDARY: the tokens they allow, and the exit edges. */
  private walkInside(frames: Frame[]): CacheEntry {
    const mask = new Uint32Array(this.words);
    const exits = new Set<number>();
    setBoundarySink(() => exits.add(this.edge));
    try {
      this.walk(0, frames, mask);
    } finally {
      setBoundarySink(null);
    }
    return { mask, exits: Int32Array.from(exits) };
  }

  /** Edge being walked (read by the boundary sink while caching). */
  private edge = -1;
  private readonly r: StepResult = { act: Act.Dead, a: 0, b: 0, child: null };

  /** Walks the subtree of trie `node` with `stacks`, setting the bits of every token they allow. */
  private walk(node: number, stacks: readonly Frame[], mask: Uint32Array): void {
    const only = stacks[0];
    if (stacks.length === 1 && only !== undefined && only.node !== null) {
      this.walk1(node, only.node, only.a, only.b, only.up as Frame, mask);
      return;
    }
    const { edgeStart, edgeByte, edgeTarget } = this.trie;
    const end = edgeStart[node + 1] ?? 0;
    for (let e = edgeStart[node] ?? 0; e < end; e++) {
      this.edge = e;
      const next = advance(stacks, edgeByte[e] ?? 0);
      if (next.length === 0) continue;
      const target = edgeTarget[e] ?? 0;
      this.trie.mark(target, mask);
      this.walk(target, next, mask);
    }
  }

  /**
   * The same for one stack given by its top frame's fields: bytes the top frame consumes need no
   * allocation (the common case: inside a string, a number, a key).
   */
  private walk1(node: number, g: GNode, a: number, b: number, up: Frame, mask: Uint32Array): void {
    const { edgeStart, edgeByte, edgeTarget } = this.trie;
    const r = this.r;
    const end = edgeStart[node + 1] ?? 0;
    for (let e = edgeStart[node] ?? 0; e < end; e++) {
      const byte = edgeByte[e] ?? 0;
      this.edge = e;
      g.step(a, b, byte, r);
      if (r.act === Act.Dead) continue;
      const target = edgeTarget[e] ?? 0;
      if (r.act === Act.Consume) {
        const na = r.a;
        const nb = r.b;
        this.trie.mark(target, mask);
        this.walk1(target, g, na, nb, up, mask);
        continue;
      }
      const next = advance([new Frame(g, a, b, up)], byte);
      if (next.length === 0) continue;
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
    const plain = node instanceof PatternStringNode ? node.plainSubState(top.a) : -1;
    entry =
      node instanceof StringNode
        ? this.stringEntry(node, top.a, top.b)
        : plain >= 0
          ? this.stringEntry(node as PatternStringNode, plain, top.b)
          : this.walkInside([new Frame(node, top.a, top.b, BOUNDARY)]);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, entry);
    return entry;
  }

  /**
   * A string frame's entry, derived without a trie walk from the profile of its sub-state: the
   * bounds only decide which of the profile's tokens and exits count (by characters started).
   * Also a pattern's string once its automaton accepts every continuation (a match was found).
   */
  private stringEntry(node: { minChars: number; maxChars: number }, a: number, b: number): CacheEntry {
    const p = this.stringProfile(a);
    const lo = Math.max(0, node.minChars - b);
    const hi = node.maxChars - b;
    const mask = new Uint32Array(this.words);
    const set = (id: number): void => {
      mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
    };
    for (let k = 0; k < p.openIds.length && (p.openCount[k] ?? 0) <= hi; k++) set(p.openIds[k] ?? 0);
    for (let k = 0; k < p.closedIds.length && (p.closedCount[k] ?? 0) <= hi; k++)
      if ((p.closedCount[k] ?? 0) >= lo) set(p.closedIds[k] ?? 0);
    const exits: number[] = [];
    for (let k = 0; k < p.exitEdges.length && (p.exitCount[k] ?? 0) <= hi; k++)
      if ((p.exitCount[k] ?? 0) >= lo) exits.push(p.exitEdges[k] ?? 0);
    return { mask, exits: Int32Array.from(exits) };
  }

  private readonly profiles = new Map<number, StringProfile>();

  /**
   * Tokens a string allows from sub-state `a` with no length bounds, each with the number of
   * characters it starts: those that stay open, those that end with the closing quote, and the
   * trie edges right after a closing quote (where the bytes pass to the frame below).
   */
  private stringProfile(a: number): StringProfile {
    let p = this.profiles.get(a);
    if (p) return p;
    const open: number[][] = [];
    const closed: number[][] = [];
    const exits: number[][] = [];
    const { edgeStart, edgeByte, edgeTarget, tokStart, tokIds } = this.trie;
    const r = this.r;
    const walk = (n: number, sa: number, sb: number): void => {
      const end = edgeStart[n + 1] ?? 0;
      for (let e = edgeStart[n] ?? 0; e < end; e++) {
        RELAXED.step(sa, sb, edgeByte[e] ?? 0, r);
        if (r.act === Act.Dead) continue;
        if (r.act === Act.Pop) {
          exits.push([sb, e]);
          continue;
        }
        const na = r.a;
        const nb = r.b;
        const target = edgeTarget[e] ?? 0;
        const into = RELAXED.accepting(na) ? closed : open;
        for (let t = tokStart[target] ?? 0; t < (tokStart[target + 1] ?? 0); t++) into.push([nb, tokIds[t] ?? 0]);
        walk(target, na, nb);
      }
    };
    walk(0, a, 0);
    // Counting sort by characters started (small integers).
    const sorted = (list: number[][]): [Int32Array, Int32Array] => {
      let top = 0;
      for (const x of list) top = Math.max(top, x[0] ?? 0);
      const start = new Int32Array(top + 2);
      for (const x of list) start[(x[0] ?? 0) + 1] = (start[(x[0] ?? 0) + 1] ?? 0) + 1;
      for (let c = 0; c <= top; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
      const ids = new Int32Array(list.length);
      const counts = new Int32Array(list.length);
      for (const x of list) {
        const c = x[0] ?? 0;
        const slot = start[c] ?? 0;
        start[c] = slot + 1;
        ids[slot] = x[1] ?? 0;
        counts[slot] = c;
      }
      return [ids, counts];
    };
    const [openIds, openCount] = sorted(open);
    const [closedIds, closedCount] = sorted(closed);
    const [exitEdges, exitCount] = sorted(exits);
    p = { openIds, openCount, closedIds, closedCount, exitEdges, exitCount };
    this.profiles.set(a, p);
    return p;
  }
}

interface StringProfile {
  openIds: Int32Array;
  openCount: Int32Array;
  closedIds: Int32Array;
  closedCount: Int32Array;
  exitEdges: Int32Array;
  exitCount: Int32Array;
}

/** A string without length bounds: walks the profiles all string nodes share. */
const RELAXED = new StringNode(0, Number.POSITIVE_INFINITY);

/**
 * The frames below the top frames when every stack has the same ones (so the part of the mask
 * decided inside the top frames can be cached), else null.
 */
function sharedBelow(stacks: readonly Frame[]): Frame | null {
  const first = stacks[0];
  if (first === undefined || first.node === null || first.up === null) return null;
  for (let k = 1; k < stacks.length; k++) {
    const s = stacks[k] as Frame;
    if (s.node === null || s.up === null || (s.up !== first.up && s.up.key() !== first.up.key())) return null;
  }
  return first.up;
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
