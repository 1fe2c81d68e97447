/**
 * Byte-pair merging of one word: repeatedly merges the adjacent pair of lowest rank (leftmost on a
 * tie), with a heap over a linked list so that long words stay O(n log n).
 */

/** Rank and result of merging `left` then `right`, or undefined when the pair never merges. */
export type MergeLookup = (left: number, right: number) => { rank: number; id: number } | undefined;

interface Candidate {
  rank: number;
  pos: number;
  left: number;
  right: number;
  id: number;
}

function less(a: Candidate, b: Candidate): boolean {
  return a.rank < b.rank || (a.rank === b.rank && a.pos < b.pos);
}

class Heap {
  private readonly items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i] as Candidate, items[parent] as Candidate)) break;
      [items[i], items[parent]] = [items[parent] as Candidate, items[i] as Candidate];
      i = parent;
    }
  }
  pop(): Candidate {
    const items = this.items;
    const top = items[0] as Candidate;
    const last = items.pop() as Candidate;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && less(items[l] as Candidate, items[m] as Candidate)) m = l;
        if (r < items.length && less(items[r] as Candidate, items[m] as Candidate)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as Candidate, items[i] as Candidate];
        i = m;
      }
    }
    return top;
  }
}

/** Merges the symbols `ids` of one word as far as `lookup` allows; returns the merged ids. */
export function mergeWord(ids: readonly number[], lookup: MergeLookup): number[] {
  const n = ids.length;
  if (n < 2) return ids.slice();
  const sym = Int32Array.from(ids);
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    next[i] = i + 1 < n ? i + 1 : -1;
    prev[i] = i - 1;
  }
  const heap = new Heap();
  const consider = (pos: number): void => {
    const right = next[pos] as number;
    if (right < 0) return;
    const found = lookup(sym[pos] as number, sym[right] as number);
    if (found)
      heap.push({ rank: found.rank, pos, left: sym[pos] as number, right: sym[right] as number, id: found.id });
  };
  for (let i = 0; i + 1 < n; i++) consider(i);
  while (heap.size > 0) {
    const c = heap.pop();
    const right = next[c.pos] as number;
    if (!alive[c.pos] || right < 0 || sym[c.pos] !== c.left || sym[right] !== c.right) continue;
    sym[c.pos] = c.id;
    alive[right] = 0;
    const after = next[right] as number;
    next[c.pos] = after;
    if (after >= 0) prev[after] = c.pos;
    const before = prev[c.pos] as number;
    if (before >= 0) consider(before);
    consider(c.pos);
  }
  const out: number[] = [];
  for (let i = 0; i >= 0; i = next[i] as number) out.push(sym[i] as number);
  return out;
}
