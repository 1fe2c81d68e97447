/**
 * A JSON string whose decoded characters must contain a match of a `pattern`: the string's byte
 * automaton (UTF-8 and JSON escapes, as in `StringNode`) drives the pattern's code point DFA, and
 * a byte is allowed only when the DFA can still reach acceptance within `minLength`/`maxLength`.
 */
import { Act, GNode, type StepResult } from './nodes.js';
import type { CharDfa } from './regex.js';
import {
  CHAR_REST,
  S_C1,
  S_C2,
  S_C3,
  S_DONE,
  S_E0,
  S_ED,
  S_ESC,
  S_F0,
  S_F4,
  S_NORM,
  S_OPEN,
  S_U1,
  S_U2,
  S_U2D,
  S_U3,
  S_U4,
} from './string-states.js';

const INF = Number.POSITIVE_INFINITY;
/** Most cells (DFA states × lengths) of the length tables. */
export const MAX_LENGTH_CELLS = 1 << 19;

const PARTIAL = 2 ** 21;

/** Code points of the one-letter JSON escapes, by letter (-1: not one). */
const SIMPLE_ESCAPES = new Int32Array(128).fill(-1);
for (const [letter, cp] of [
  [0x22, 0x22],
  [0x5c, 0x5c],
  [0x2f, 0x2f],
  [0x62, 0x08],
  [0x66, 0x0c],
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x74, 0x09],
] as const)
  SIMPLE_ESCAPES[letter] = cp;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Fewest bytes of JSON string text that write some code point of [lo, hi]. */
function minBytesIn(lo: number, hi: number): number {
  const meets = (x: number, y: number): boolean => lo <= y && hi >= x;
  if (meets(0x23, 0x5b) || meets(0x5d, 0x7f) || meets(0x20, 0x21)) return 1;
  if (meets(0x22, 0x22) || meets(0x5c, 0x5c) || meets(0x08, 0x0a) || meets(0x0c, 0x0d) || meets(0x80, 0x7ff)) return 2;
  if (meets(0x800, 0xd7ff) || meets(0xe000, 0xffff)) return 3;
  if (meets(0x10000, 0x10ffff)) return 4;
  if (meets(0, 0x1f)) return 6;
  return INF;
}

export class PatternStringNode extends GNode {
  readonly initA = S_OPEN;
  readonly initB = 0;
  private readonly atomAscii = new Int32Array(128);
  /** Per DFA state: distinct successors and the fewest bytes to reach each. */
  private readonly succ: Int32Array[] = [];
  private readonly succBytes: Int32Array[] = [];
  private readonly finiteMax: boolean;
  /** DFA states that accept and go to themselves on every writable code point. */
  private readonly free: Uint8Array;
  // maxLength finite: exact lengths up to maxChars.
  private bytesAt: Int32Array | null = null;
  private okFrom: Int32Array | null = null;
  /** The largest finite entry of `okFrom` in the rows up to minLength. */
  private okMax = 0;
  // maxLength infinite: reaching a cycle, or the longest accepted path; fewest bytes of at least k characters.
  private cyclic: Uint8Array | null = null;
  private longest: Float64Array | null = null;
  private atLeast: Int32Array | null = null;

  constructor(
    readonly dfa: CharDfa,
    readonly minChars: number,
    readonly maxChars: number,
    tooLarge: () => never,
  ) {
    super();
    const { atoms, next, states, atomStart, usable } = dfa;
    for (let c = 0; c < 128; c++) this.atomAscii[c] = atomOfCp(dfa, c);
    const cost = new Int32Array(atoms);
    for (let a = 0; a < atoms; a++) {
      const m = usable[a] ? minBytesIn(atomStart[a] as number, (atomStart[a + 1] as number) - 1) : INF;
      cost[a] = m === INF ? -1 : m;
    }
    for (let s = 0; s < states; s++) {
      const best = new Map<number, number>();
      for (let a = 0; a < atoms; a++) {
        const t = next[s * atoms + a] as number;
        const w = cost[a] as number;
        if (t < 0 || w < 0) continue;
        best.set(t, Math.min(best.get(t) ?? INF, w));
      }
      this.succ.push(Int32Array.from(best.keys()));
      this.succBytes.push(Int32Array.from(best.values()));
    }
    this.finiteMax = Number.isFinite(maxChars);
    this.free = new Uint8Array(states);
    for (let s = 0; s < states; s++) {
      let all = dfa.accept[s] === 1;
      for (let a = 0; a < atoms && all; a++) if (usable[a] && next[s * atoms + a] !== s) all = false;
      this.free[s] = all ? 1 : 0;
    }
    const BIG = 0x3fffffff;
    if (this.finiteMax) {
      const H = maxChars;
      if ((H + 1) * states > MAX_LENGTH_CELLS) tooLarge();
      // bytesAt[l * states + s]: fewest bytes of an accepted path of exactly l characters from s.
      const at = new Int32Array((H + 1) * states).fill(BIG);
      for (let s = 0; s < states; s++) if (dfa.accept[s]) at[s] = 0;
      for (let l = 1; l <= H; l++) this.relax(at, l, states, BIG);
      const ok = new Int32Array((H + 2) * states).fill(H + 1);
      for (let l = H; l >= 0; l--)
        for (let s = 0; s < states; s++)
          ok[l * states + s] = (at[l * states + s] as number) < BIG ? l : (ok[(l + 1) * states + s] as number);
      this.bytesAt = at;
      this.okFrom = ok;
      // Viability tests read the rows up to minLength only.
      for (let k = 0; k < (minChars + 1) * states; k++) {
        const v = ok[k] as number;
        if (v <= H) this.okMax = Math.max(this.okMax, v);
      }
    } else {
      if ((minChars + 1) * states > MAX_LENGTH_CELLS) tooLarge();
      // Peel the states that reach no cycle, from the sinks up, with their longest accepted path.
      const out = this.succ.map((x) => x.length);
      const preds: number[][] = Array.from({ length: states }, () => []);
      this.succ.forEach((list, s) => {
        for (const t of list) preds[t]?.push(s);
      });
      const cyclic = new Uint8Array(states).fill(1);
      const longest = new Float64Array(states).fill(-INF);
      const queue: number[] = [];
      for (let s = 0; s < states; s++) if (out[s] === 0) queue.push(s);
      for (let q = 0; q < queue.length; q++) {
        const s = queue[q] as number;
        cyclic[s] = 0;
        let m = dfa.accept[s] ? 0 : -INF;
        for (const t of this.succ[s] ?? []) m = Math.max(m, 1 + (longest[t] as number));
        longest[s] = m;
        for (const p of preds[s] ?? []) {
          out[p] = (out[p] as number) - 1;
          if (out[p] === 0) queue.push(p);
        }
      }
      this.cyclic = cyclic;
      this.longest = longest;
      // atLeast[k * states + s]: fewest bytes of an accepted path of at least k characters from s.
      const al = new Int32Array((minChars + 1) * states).fill(BIG);
      for (let s = 0; s < states; s++) if (dfa.accept[s]) al[s] = 0;
      // k = 0: shortest paths to acceptance, by Dijkstra over the reversed edges (weights 1..6:
      // buckets by distance).
      const rev: number[][] = Array.from({ length: states }, () => []);
      this.succ.forEach((list, s) => {
        const ws = this.succBytes[s] as Int32Array;
        for (let k = 0; k < list.length; k++) rev[list[k] as number]?.push(s, ws[k] as number);
      });
      const buckets: number[][] = [[]];
      for (let s = 0; s < states; s++) if (dfa.accept[s]) buckets[0]?.push(s);
      const done = new Uint8Array(states);
      for (let d = 0; d < buckets.length; d++) {
        for (const t of buckets[d] ?? []) {
          if (done[t] || (al[t] as number) < d) continue;
          done[t] = 1;
          const list = rev[t] ?? [];
          for (let k = 0; k < list.length; k += 2) {
            const s = list[k] as number;
            const nd = d + (list[k + 1] as number);
            if (done[s] || nd >= (al[s] as number)) continue;
            al[s] = nd;
            while (buckets.length <= nd) buckets.push([]);
            buckets[nd]?.push(s);
          }
        }
      }
      for (let l = 1; l <= minChars; l++) this.relax(al, l, states, BIG);
      this.atLeast = al;
    }
  }

  /** Row `l` of a table from row `l - 1`: one character (the cheapest way) then the rest. */
  private relax(table: Int32Array, l: number, states: number, big: number): void {
    for (let s = 0; s < states; s++) {
      const list = this.succ[s] as Int32Array;
      const ws = this.succBytes[s] as Int32Array;
      let m = big;
      for (let k = 0; k < list.length; k++)
        m = Math.min(m, (ws[k] as number) + (table[(l - 1) * states + (list[k] as number)] as number));
      table[l * states + s] = m;
    }
  }

  /**
   * The plain string sub-state of `a` when its DFA state accepts every continuation (then the
   * frame reads bytes exactly as a `StringNode` with the same lengths), else -1.
   */
  plainSubState(a: number): number {
    const sub = a % 16;
    if (sub === S_OPEN || sub === S_DONE) return -1;
    const s = Math.floor(a / 16 / PARTIAL);
    return this.free[s] === 1 ? sub : -1;
  }

  /** Whether DFA state `s` with `count` characters written can still end in an accepted string. */
  private viable(s: number, count: number): boolean {
    const lo = Math.max(0, this.minChars - count);
    if (this.finiteMax) {
      const hi = this.maxChars - count;
      return hi >= 0 && (this.okFrom?.[lo * this.dfa.states + s] ?? INF) <= hi;
    }
    return this.cyclic?.[s] === 1 || (this.longest?.[s] ?? -INF) >= lo;
  }

  /** Fewest bytes of characters from DFA state `s` (count written) to an accepted end. */
  private restBytes(s: number, count: number): number {
    const n = this.dfa.states;
    const lo = Math.max(0, this.minChars - count);
    let m = 0x3fffffff;
    if (this.finiteMax) {
      for (let l = lo; l <= this.maxChars - count; l++) m = Math.min(m, this.bytesAt?.[l * n + s] ?? m);
    } else m = this.atLeast?.[lo * n + s] ?? m;
    return m >= 0x3fffffff ? INF : m;
  }

  private target(s: number, cp: number): number {
    const atom = cp < 128 ? (this.atomAscii[cp] as number) : atomOfCp(this.dfa, cp);
    return this.dfa.next[s * this.dfa.atoms + atom] as number;
  }

  /** Whether some code point of [lo, hi] leads from `s` to a viable state (count written). */
  private anyViable(s: number, lo: number, hi: number, count: number): boolean {
    const { atomStart, atoms, next } = this.dfa;
    for (let a = atomOfCp(this.dfa, lo); a < atoms && (atomStart[a] as number) <= hi; a++) {
      const t = next[s * atoms + a] as number;
      if (t >= 0 && this.viable(t, count)) return true;
    }
    return false;
  }

  /** Fewest bytes after a character of [lo, hi] (its own bytes excluded) from `s`. */
  private bestAfter(s: number, lo: number, hi: number, count: number): number {
    const { atomStart, atoms, next } = this.dfa;
    let m = INF;
    for (let a = atomOfCp(this.dfa, lo); a < atoms && (atomStart[a] as number) <= hi; a++) {
      const t = next[s * atoms + a] as number;
      if (t >= 0) m = Math.min(m, this.restBytes(t, count));
    }
    return m;
  }

  /** The packed state after a complete code point `cp` from DFA state `s` (count written), or -1. */
  private completeTo(s: number, cp: number, count: number): number {
    const t = this.target(s, cp);
    return t >= 0 && this.viable(t, count) ? S_NORM + 16 * PARTIAL * t : -1;
  }

  /** The packed state of a partial character that will be a code point of [lo, hi], or -1. */
  private partialTo(s: number, sub: number, p: number, lo: number, hi: number, count: number): number {
    return this.anyViable(s, lo, hi, count) ? sub + 16 * (p + PARTIAL * s) : -1;
  }

  step(a: number, b: number, c: number, out: StepResult): void {
    const sub = a % 16;
    const rest = (a - sub) / 16;
    const partial = rest % PARTIAL;
    const s = (rest - partial) / PARTIAL;
    out.b = b;
    let na = -1;
    switch (sub) {
      case S_OPEN:
        if (c === 0x22 && this.viable(0, 0)) na = S_NORM;
        break;
      case S_NORM: {
        if (c === 0x22) {
          if (b >= this.minChars && this.dfa.accept[s] === 1) na = S_DONE;
          break;
        }
        if (b >= this.maxChars) break;
        const n = b + 1;
        out.b = n;
        if (c >= 0x20 && c < 0x80) {
          if (c === 0x5c) na = this.partialTo(s, S_ESC, 0, 0, 0xffff, n);
          else na = this.completeTo(s, c, n);
        } else if (c >= 0xc2 && c <= 0xdf)
          na = this.partialTo(s, S_C1, c & 0x1f, (c & 0x1f) << 6, ((c & 0x1f) << 6) | 0x3f, n);
        else if (c === 0xe0) na = this.partialTo(s, S_E0, 0, 0x800, 0xfff, n);
        else if (c === 0xed) na = this.partialTo(s, S_ED, 0xd, 0xd000, 0xd7ff, n);
        else if (c >= 0xe1 && c <= 0xef)
          na = this.partialTo(s, S_C2, c & 0x0f, (c & 0x0f) << 12, ((c & 0x0f) << 12) | 0xfff, n);
        else if (c === 0xf0) na = this.partialTo(s, S_F0, 0, 0x10000, 0x3ffff, n);
        else if (c === 0xf4) na = this.partialTo(s, S_F4, 4, 0x100000, 0x10ffff, n);
        else if (c >= 0xf1 && c <= 0xf3)
          na = this.partialTo(s, S_C3, c & 0x07, (c & 0x07) << 18, ((c & 0x07) << 18) | 0x3ffff, n);
        break;
      }
      case S_C1:
      case S_C2:
      case S_C3:
      case S_E0:
      case S_ED:
      case S_F0:
      case S_F4: {
        const okByte =
          sub === S_E0
            ? c >= 0xa0 && c <= 0xbf
            : sub === S_ED
              ? c >= 0x80 && c <= 0x9f
              : sub === S_F0
                ? c >= 0x90 && c <= 0xbf
                : sub === S_F4
                  ? c >= 0x80 && c <= 0x8f
                  : c >= 0x80 && c <= 0xbf;
        if (!okByte) break;
        const p = partial * 64 + (c & 0x3f);
        if (sub === S_C1) na = this.completeTo(s, p, b);
        else if (sub === S_C2 || sub === S_E0 || sub === S_ED) na = this.partialTo(s, S_C1, p, p * 64, p * 64 + 63, b);
        else na = this.partialTo(s, S_C2, p, p * 4096, p * 4096 + 4095, b);
        break;
      }
      case S_ESC: {
        const cp = SIMPLE_ESCAPES[c] ?? -1;
        if (cp >= 0) na = this.completeTo(s, cp, b);
        else if (c === 0x75) na = S_U1 + 16 * PARTIAL * s;
        break;
      }
      case S_U1: {
        const h = hexValue(c);
        if (h === 0xd) na = this.partialTo(s, S_U2D, 0xd, 0xd000, 0xd7ff, b);
        else if (h >= 0) na = this.partialTo(s, S_U2, h, h << 12, (h << 12) | 0xfff, b);
        break;
      }
      case S_U2D:
      case S_U2:
      case S_U3: {
        const h = hexValue(c);
        if (h < 0 || (sub === S_U2D && h > 7)) break;
        const p = partial * 16 + h;
        if (sub === S_U3) na = this.partialTo(s, S_U4, p, p << 4, (p << 4) | 0xf, b);
        else na = this.partialTo(s, S_U3, p, p << 8, (p << 8) | 0xff, b);
        break;
      }
      case S_U4: {
        const h = hexValue(c);
        if (h >= 0) na = this.completeTo(s, partial * 16 + h, b);
        break;
      }
      default:
        out.act = Act.Pop;
        return;
    }
    if (na < 0) out.act = Act.Dead;
    else {
      out.act = Act.Consume;
      out.a = na;
    }
  }

  accepting(a: number): boolean {
    return a === S_DONE;
  }

  remain(a: number, b: number): number {
    const sub = a % 16;
    const rest = (a - sub) / 16;
    const p = rest % PARTIAL;
    const s = (rest - p) / PARTIAL;
    switch (sub) {
      case S_DONE:
        return 0;
      case S_OPEN:
        return 2 + this.restBytes(0, 0);
      case S_NORM:
        return this.restBytes(s, b) + 1;
      case S_ESC: {
        let m = 4 + this.bestAfter(s, 0, 0xffff, b);
        for (const cp of SIMPLE_ESCAPES) {
          if (cp < 0) continue;
          const t = this.target(s, cp);
          if (t >= 0) m = Math.min(m, this.restBytes(t, b));
        }
        return 1 + m + 1;
      }
      default: {
        const [lo, hi] = this.interval(sub, p);
        return (CHAR_REST[sub] ?? 0) + this.bestAfter(s, lo, hi, b) + 1;
      }
    }
  }

  /** The code points a partial character may still become. */
  private interval(sub: number, p: number): [number, number] {
    switch (sub) {
      case S_C1:
        return [p * 64, p * 64 + 63];
      case S_C2:
        return [p * 4096, p * 4096 + 4095];
      case S_C3:
        return [p * 262144, p * 262144 + 262143];
      case S_E0:
        return [0x800, 0xfff];
      case S_ED:
        return [0xd000, 0xd7ff];
      case S_F0:
        return [0x10000, 0x3ffff];
      case S_F4:
        return [0x100000, 0x10ffff];
      case S_U1:
        return [0, 0xffff];
      case S_U2D:
        return [0xd000, 0xd7ff];
      case S_U2:
        return [p << 12, (p << 12) | 0xfff];
      case S_U3:
        return [p << 8, (p << 8) | 0xff];
      default:
        return [p << 4, (p << 4) | 0xf];
    }
  }

  override cacheKey(a: number, b: number, k: number): string {
    // The count matters through the gap to minLength (closing, and the shortest length still
    // needed) and the gap to maxLength; the latter only while it is small enough that some
    // viability test within one token (at most k more characters) could depend on it.
    const lo = Math.min(b, this.minChars);
    if (!this.finiteMax) return `${this.id}:${a}:${lo}`;
    return `${this.id}:${a}:${lo}:${Math.min(this.maxChars - b, this.okMax + k + 1)}`;
  }
}

function atomOfCp(dfa: CharDfa, cp: number): number {
  const starts = dfa.atomStart;
  let lo = 0;
  let hi = dfa.atoms - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
