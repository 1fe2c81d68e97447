/** Grammar nodes of JSON arrays and objects. */
import { Act, GNode, type StepResult } from './nodes.js';

const INF = Number.POSITIVE_INFINITY;

// ---- arrays -----------------------------------------------------------------------------------

const A_OPEN = 0;
const A_FIRST = 1;
const A_AFTER = 2;
const A_COMMA = 3;
const A_COMMA_SP = 4;
const A_DONE = 5;

/** A JSON array: `prefix` items, then `items` (null: no more), `minItems`..`maxItems` elements. */
export class ArrayNode extends GNode {
  readonly initA = A_OPEN;
  readonly initB = 0;
  prefix: GNode[] = [];
  items: GNode | null = null;
  minItems = 0;
  maxItems = INF;
  constructor(readonly space: boolean) {
    super();
  }
  private element(k: number): GNode | null {
    return k < this.prefix.length ? (this.prefix[k] ?? null) : this.items;
  }
  private get max(): number {
    return this.items === null ? Math.min(this.maxItems, this.prefix.length) : this.maxItems;
  }
  // b = elements so far (started, for A_COMMA*: the one about to start is number b).
  step(a: number, b: number, c: number, out: StepResult): void {
    out.act = Act.Consume;
    out.b = b;
    switch (a) {
      case A_OPEN:
        if (c === 0x5b) out.a = A_FIRST;
        else out.act = Act.Dead;
        return;
      case A_FIRST:
        if (c === 0x5d) {
          if (this.minItems === 0) out.a = A_DONE;
          else out.act = Act.Dead;
          return;
        }
        this.pushElement(0, out);
        return;
      case A_AFTER:
        if (c === 0x2c && b < this.max) out.a = A_COMMA;
        else if (c === 0x5d && b >= this.minItems) out.a = A_DONE;
        else out.act = Act.Dead;
        return;
      case A_COMMA:
        if (c === 0x20 && this.space) {
          out.a = A_COMMA_SP;
          return;
        }
        this.pushElement(b, out);
        return;
      case A_COMMA_SP:
        this.pushElement(b, out);
        return;
      default:
        out.act = Act.Pop;
    }
  }
  private pushElement(k: number, out: StepResult): void {
    const e = k < this.max ? this.element(k) : null;
    if (e === null) {
      out.act = Act.Dead;
      return;
    }
    out.act = Act.Push;
    out.a = A_AFTER;
    out.b = k + 1;
    out.child = e;
  }
  accepting(a: number): boolean {
    return a === A_DONE;
  }
  /** Fewest bytes after `count` complete elements to close the array. */
  private afterCost(count: number): number {
    let r = 1;
    const need = this.minItems - count;
    if (need <= 0) return r;
    const inPrefix = Math.max(0, Math.min(this.prefix.length, this.minItems) - count);
    for (let k = count; k < count + inPrefix; k++) r += 1 + (this.prefix[k]?.minLen ?? INF);
    const rest = need - inPrefix;
    if (rest > 0) r += rest * (1 + (this.items?.minLen ?? INF));
    return r;
  }
  remain(a: number, b: number): number {
    switch (a) {
      case A_OPEN:
        return 1 + this.remain(A_FIRST, 0);
      case A_FIRST:
        if (this.minItems === 0) return 1;
        return (this.element(0)?.minLen ?? INF) + this.afterCost(1);
      case A_AFTER:
        return this.afterCost(b);
      case A_COMMA:
      case A_COMMA_SP:
        return (this.element(b)?.minLen ?? INF) + this.afterCost(b + 1);
      default:
        return 0;
    }
  }
  override cacheKey(a: number, b: number, k: number): string {
    if (b < this.prefix.length) return `${this.id}:${a}:${b}`;
    const lo = Math.min(Math.max(0, this.minItems - b), k + 1);
    const hi = Math.min(this.max - b, k + 1);
    return `${this.id}:${a}:p${lo}:${hi}`;
  }
}

// ---- objects ----------------------------------------------------------------------------------

const O_OPEN = 0;
const O_FIRST = 1;
const O_KEY = 2;
const O_COLON = 3;
const O_AFTER_COLON = 4;
const O_AFTER_COLON_SP = 5;
const O_AFTER = 6;
const O_COMMA = 7;
const O_COMMA_SP = 8;
const O_DONE = 9;

/** Bytes allowed in the name of a property `additionalProperties` admits. */
function isExtraKeyByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

export interface ObjectProperty {
  /** The name as JSON text, with its quotes. */
  readonly key: Uint8Array;
  readonly name: string;
  readonly value: GNode;
  readonly required: boolean;
}

/**
 * A JSON object whose declared properties come in schema order (optional ones may be skipped),
 * followed by extra properties when `extra` is set (names of `[A-Za-z0-9_-]`, never a declared
 * name). `a` = phase + 16 * index (the next declared property allowed, or the chosen one between
 * key and value; `n` stands for "an extra property"); in the key phase `b` = (trie node + 1) * 3 +
 * x, x = 0 (no name byte yet), 1 (name so far fits an extra property), 2 (it does not).
 */
export class ObjectNode extends GNode {
  readonly initA = O_OPEN;
  readonly initB = 0;
  props: ObjectProperty[] = [];
  extra: GNode | null = null;
  // Key trie over the quoted names (node 0 = before the opening quote).
  private next: Map<number, number>[] = [];
  private terminalProp: number[] = [];
  /** Per trie node: [property index, distance to its terminal] pairs in the subtree. */
  private below: number[][] = [];
  /** Index of the first required property at or after i (n if none). */
  private firstReq: number[] = [];
  private remAfter: number[] = [];
  private remComma: number[] = [];
  private remFirst = INF;

  constructor(readonly space: boolean) {
    super();
  }

  /** Builds the key trie and the cost tables; call after `props` is set and `minLen`s settled. */
  override finalize(): void {
    const n = this.props.length;
    this.next = [new Map()];
    this.terminalProp = [-1];
    const depthOf: number[] = [0];
    const paths: number[][] = [];
    this.props.forEach((p, j) => {
      let t = 0;
      const path = [0];
      for (const byte of p.key) {
        let c = this.next[t]?.get(byte);
        if (c === undefined) {
          c = this.next.length;
          this.next.push(new Map());
          this.terminalProp.push(-1);
          depthOf.push((depthOf[t] ?? 0) + 1);
          this.next[t]?.set(byte, c);
        }
        t = c;
        path.push(t);
      }
      this.terminalProp[t] = j;
      paths.push(path);
    });
    this.below = this.next.map(() => []);
    paths.forEach((path, j) => {
      const end = path[path.length - 1] ?? 0;
      for (const t of path) this.below[t]?.push(j, (depthOf[end] ?? 0) - (depthOf[t] ?? 0));
    });
    this.firstReq = new Array<number>(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) this.firstReq[i] = this.props[i]?.required ? i : (this.firstReq[i + 1] ?? n);
    // Costs, from the last index down.
    this.remAfter = new Array<number>(n + 1).fill(INF);
    this.remComma = new Array<number>(n + 1).fill(INF);
    const extraCost = this.extra === null ? INF : 4 + this.extra.minLen + 1;
    this.remAfter[n] = 1;
    this.remComma[n] = extraCost;
    for (let i = n - 1; i >= 0; i--) {
      let m = this.extraAllowed(i) ? extraCost : INF;
      for (let j = i; j <= this.lastAllowed(i); j++) m = Math.min(m, this.valueCost(j));
      this.remComma[i] = m;
      this.remAfter[i] = Math.min(this.firstReq[i] === n ? 1 : INF, 1 + m);
    }
    this.remFirst = Math.min(this.firstReq[0] === n ? 1 : INF, this.remComma[0] ?? INF);
  }
  /** Bytes of key j, colon, its value, and what must follow. */
  private valueCost(j: number): number {
    const p = this.props[j];
    if (p === undefined) return INF;
    return p.key.length + 1 + p.value.minLen + (this.remAfter[j + 1] ?? INF);
  }
  private lastAllowed(i: number): number {
    return Math.min(this.firstReq[i] ?? this.props.length, this.props.length - 1);
  }
  private extraAllowed(i: number): boolean {
    return this.extra !== null && this.firstReq[i] === this.props.length;
  }
  private declaredBelow(t: number, i: number): boolean {
    const list = this.below[t];
    if (list === undefined) return false;
    const last = this.lastAllowed(i);
    for (let k = 0; k < list.length; k += 2) {
      const j = list[k] ?? -1;
      if (j >= i && j <= last) return true;
    }
    return false;
  }
  override computeMinLen(): number {
    // Before finalize: same recurrences, computed on the fly.
    this.finalize();
    return 1 + this.remFirst;
  }

  step(a: number, b: number, c: number, out: StepResult): void {
    const n = this.props.length;
    const phase = a & 15;
    const i = a >> 4;
    out.act = Act.Consume;
    out.b = 0;
    switch (phase) {
      case O_OPEN:
        if (c === 0x7b) out.a = O_FIRST;
        else out.act = Act.Dead;
        return;
      case O_FIRST:
      case O_COMMA:
      case O_COMMA_SP:
        if (c === 0x7d && phase === O_FIRST && this.firstReq[0] === n) {
          out.a = O_DONE;
          return;
        }
        if (c === 0x20 && phase === O_COMMA && this.space) {
          out.a = O_COMMA_SP | (i << 4);
          return;
        }
        if (c === 0x22) {
          // The trie position is kept even when no declared name may come now: an extra name
          // must not equal a declared one.
          const t = this.next[0]?.get(0x22) ?? -1;
          if ((t >= 0 && this.declaredBelow(t, i)) || this.extraAllowed(i)) {
            out.a = O_KEY | (i << 4);
            out.b = (t + 1) * 3 + (this.extraAllowed(i) ? 0 : 2);
            return;
          }
        }
        out.act = Act.Dead;
        return;
      case O_KEY: {
        const t = Math.floor(b / 3) - 1;
        const x = b % 3;
        const t2 = t >= 0 ? (this.next[t]?.get(c) ?? -1) : -1;
        if (t2 >= 0 && (this.terminalProp[t2] ?? -1) >= 0) {
          // The closing quote of a declared name: that property, if it may come now.
          const j = this.terminalProp[t2] ?? -1;
          if (j >= i && j <= this.lastAllowed(i)) out.a = O_COLON | (j << 4);
          else out.act = Act.Dead;
          return;
        }
        if (c === 0x22 && x === 1) {
          out.a = O_COLON | (n << 4);
          return;
        }
        const declared = t2 >= 0 && this.declaredBelow(t2, i);
        const x2 = x !== 2 && isExtraKeyByte(c) ? 1 : 2;
        if (!declared && x2 === 2) {
          out.act = Act.Dead;
          return;
        }
        out.a = a;
        out.b = (t2 + 1) * 3 + x2;
        return;
      }
      case O_COLON:
        if (c === 0x3a) out.a = O_AFTER_COLON | (i << 4);
        else out.act = Act.Dead;
        return;
      case O_AFTER_COLON:
      case O_AFTER_COLON_SP: {
        if (c === 0x20 && phase === O_AFTER_COLON && this.space) {
          out.a = O_AFTER_COLON_SP | (i << 4);
          return;
        }
        out.act = Act.Push;
        out.child = i < n ? (this.props[i]?.value ?? null) : this.extra;
        out.a = O_AFTER | (Math.min(i + 1, n) << 4);
        return;
      }
      case O_AFTER:
        if (c === 0x7d && this.firstReq[i] === n) out.a = O_DONE;
        else if (c === 0x2c && (i < n || this.extra !== null)) out.a = O_COMMA | (i << 4);
        else out.act = Act.Dead;
        return;
      default:
        out.act = Act.Pop;
    }
  }
  accepting(a: number): boolean {
    return (a & 15) === O_DONE;
  }
  remain(a: number, b: number): number {
    const n = this.props.length;
    const phase = a & 15;
    const i = a >> 4;
    switch (phase) {
      case O_OPEN:
        return 1 + this.remFirst;
      case O_FIRST:
        return this.remFirst;
      case O_COMMA:
      case O_COMMA_SP:
        return this.remComma[i] ?? INF;
      case O_KEY: {
        const t = Math.floor(b / 3) - 1;
        const x = b % 3;
        let m = INF;
        const list = t >= 0 ? (this.below[t] ?? []) : [];
        const last = this.lastAllowed(i);
        for (let k = 0; k < list.length; k += 2) {
          const j = list[k] ?? -1;
          if (j < i || j > last) continue;
          const p = this.props[j];
          if (p === undefined) continue;
          m = Math.min(m, (list[k + 1] ?? 0) + 1 + p.value.minLen + (this.remAfter[j + 1] ?? INF));
        }
        if (x !== 2 && this.extra !== null) {
          // Close the name now, or add one name byte first when the name is still empty or would
          // equal a declared name.
          const t2 = t >= 0 ? (this.next[t]?.get(0x22) ?? -1) : -1;
          const collides = t2 >= 0 && (this.terminalProp[t2] ?? -1) >= 0;
          m = Math.min(m, (x === 0 || collides ? 2 : 1) + 1 + this.extra.minLen + 1);
        }
        return m;
      }
      case O_COLON:
      case O_AFTER_COLON:
      case O_AFTER_COLON_SP: {
        const value = i < n ? this.props[i]?.value : this.extra;
        return (phase === O_COLON ? 1 : 0) + (value?.minLen ?? INF) + (this.remAfter[Math.min(i + 1, n)] ?? INF);
      }
      case O_AFTER:
        return this.remAfter[i] ?? INF;
      default:
        return 0;
    }
  }
}
