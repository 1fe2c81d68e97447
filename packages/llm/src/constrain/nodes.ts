/**
 * The grammar a schema compiles to: nodes of a byte-level pushdown automaton. A frame on the stack
 * is a node plus two numbers of local state (`a`, `b`). `step` reads one byte and says whether the
 * frame consumes it, pushes a child (the byte then goes to the child), pops (the frame is complete
 * and the byte goes to the frame below), or rejects it. Every state a node can reach can still be
 * completed (the nodes are trim), so "not rejected" means "allowed".
 */

export enum Act {
  Dead = 0,
  Consume = 1,
  Push = 2,
  Pop = 3,
}

/** Where `step` writes its result (one shared object: no allocation per byte). */
export interface StepResult {
  act: Act;
  a: number;
  b: number;
  child: GNode | null;
}

const INF = Number.POSITIVE_INFINITY;

let nextId = 0;

export abstract class GNode {
  readonly id = nextId++;
  /** Fewest bytes of a complete value (Infinity until the compiler's fixpoint settles it). */
  minLen = INF;
  abstract readonly initA: number;
  abstract readonly initB: number;
  /** Reads `byte` in local state (`a`, `b`). */
  abstract step(a: number, b: number, byte: number, out: StepResult): void;
  /** Whether the frame may end here. */
  abstract accepting(a: number, b: number): boolean;
  /** Fewest bytes that complete this frame from (`a`, `b`), assuming the frames below need nothing. */
  abstract remain(a: number, b: number): number;
  /** Recomputes `minLen` from the children's; returns it. */
  computeMinLen(): number {
    return this.remain(this.initA, this.initB);
  }
  /** Called once the fixpoint settled: precompute tables that depend on children's `minLen`. */
  finalize(): void {}
  /**
   * A key such that two frames of this node with the same key accept the same token byte strings
   * of at most `maxTokenBytes` bytes and hand back to the frame below at the same points.
   */
  cacheKey(a: number, b: number, _maxTokenBytes: number): string {
    return `${this.id}:${a}:${b}`;
  }
}

/** Alternatives (anyOf, type arrays): the matcher expands it into one stack per branch. */
export class ChoiceNode extends GNode {
  readonly initA = 0;
  readonly initB = 0;
  alts: GNode[] = [];
  step(_a: number, _b: number, _byte: number, out: StepResult): void {
    out.act = Act.Dead;
  }
  accepting(): boolean {
    return false;
  }
  remain(): number {
    return this.minLen;
  }
  override computeMinLen(): number {
    let m = INF;
    for (const alt of this.alts) m = Math.min(m, alt.minLen);
    return m;
  }
}

/** One of a set of fixed byte strings (enum, const, true/false/null, literal text). */
export class LiteralsNode extends GNode {
  readonly initA = 0;
  readonly initB = 0;
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly terminal: boolean[] = [false];
  private dist: number[] = [];

  constructor(readonly values: readonly Uint8Array[]) {
    super();
    for (const v of values) {
      let n = 0;
      for (const byte of v) {
        let c = this.next[n]?.get(byte);
        if (c === undefined) {
          c = this.next.length;
          this.next.push(new Map());
          this.terminal.push(false);
          this.next[n]?.set(byte, c);
        }
        n = c;
      }
      this.terminal[n] = true;
    }
    // Distance to the nearest terminal, children first (children have larger indices).
    const dist = new Array<number>(this.next.length).fill(INF);
    for (let n = this.next.length - 1; n >= 0; n--) {
      if (this.terminal[n]) dist[n] = 0;
      else for (const c of this.next[n]?.values() ?? []) dist[n] = Math.min(dist[n] ?? INF, (dist[c] ?? INF) + 1);
    }
    this.dist = dist;
  }

  step(a: number, _b: number, byte: number, out: StepResult): void {
    const c = this.next[a]?.get(byte);
    if (c !== undefined) {
      out.act = Act.Consume;
      out.a = c;
      out.b = 0;
    } else out.act = this.terminal[a] ? Act.Pop : Act.Dead;
  }
  accepting(a: number): boolean {
    return this.terminal[a] === true;
  }
  remain(a: number): number {
    return this.dist[a] ?? INF;
  }
}

/** Children in order (literal text around a value, e.g. `<tool_call>` ... `</tool_call>`). */
export class SeqNode extends GNode {
  readonly initA = 0;
  readonly initB = 0;
  constructor(readonly items: readonly GNode[]) {
    super();
  }
  step(a: number, _b: number, _byte: number, out: StepResult): void {
    const child = this.items[a];
    if (child === undefined) {
      out.act = Act.Pop;
      return;
    }
    out.act = Act.Push;
    out.a = a + 1;
    out.b = 0;
    out.child = child;
  }
  accepting(a: number): boolean {
    return a >= this.items.length;
  }
  remain(a: number): number {
    let r = 0;
    for (let i = a; i < this.items.length; i++) r += this.items[i]?.minLen ?? INF;
    return r;
  }
}

/**
 * `item` repeated `min`..`max` times with `rest` (separator then item, starting with byte
 * `restFirstByte`) between: several wrapped tool calls.
 */
export class RepeatNode extends GNode {
  readonly initA = 0;
  readonly initB = 0;
  constructor(
    readonly item: GNode,
    readonly rest: GNode,
    readonly restFirstByte: number,
    readonly min: number,
    readonly max: number,
  ) {
    super();
  }
  // a = count * 2 + phase; phase 0: the first item is next; phase 1: after an item.
  step(a: number, _b: number, byte: number, out: StepResult): void {
    const count = a >> 1;
    if ((a & 1) === 0) {
      out.act = Act.Push;
      out.a = ((count + 1) << 1) | 1;
      out.b = 0;
      out.child = this.item;
      return;
    }
    if (count < this.max && byte === this.restFirstByte) {
      out.act = Act.Push;
      out.a = ((count + 1) << 1) | 1;
      out.b = 0;
      out.child = this.rest;
      return;
    }
    out.act = count >= this.min ? Act.Pop : Act.Dead;
  }
  accepting(a: number): boolean {
    return (a & 1) === 1 && a >> 1 >= this.min;
  }
  remain(a: number): number {
    const count = a >> 1;
    if ((a & 1) === 0) return this.item.minLen + Math.max(0, this.min - 1) * this.rest.minLen;
    return Math.max(0, this.min - count) * this.rest.minLen;
  }
}

// ---- strings ----------------------------------------------------------------------------------

const S_OPEN = 0;
const S_NORM = 1;
const S_C1 = 2;
const S_C2 = 3;
const S_C3 = 4;
const S_E0 = 5;
const S_ED = 6;
const S_F0 = 7;
const S_F4 = 8;
const S_ESC = 9;
const S_U1 = 10;
const S_U2D = 11;
const S_U2 = 12;
const S_U3 = 13;
const S_U4 = 14;
const S_DONE = 15;

/** Bytes still needed to finish the character being read, by sub-state. */
const CHAR_REST = [0, 0, 1, 2, 3, 2, 2, 3, 3, 1, 4, 3, 3, 2, 1, 0];

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Sub-state after the first byte of a character in a string (0 = not a valid first byte). */
const LEAD = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++) LEAD[c] = S_NORM;
LEAD[0x22] = 0;
LEAD[0x5c] = 0;
for (let c = 0xc2; c <= 0xdf; c++) LEAD[c] = S_C1;
LEAD[0xe0] = S_E0;
for (let c = 0xe1; c <= 0xef; c++) LEAD[c] = S_C2;
LEAD[0xed] = S_ED;
LEAD[0xf0] = S_F0;
for (let c = 0xf1; c <= 0xf3; c++) LEAD[c] = S_C3;
LEAD[0xf4] = S_F4;

/**
 * A JSON string. `a` is the sub-state (UTF-8 and escape progress), `b` the number of characters
 * (code points) started. Raw UTF-8 must be well formed (no overlong forms, no surrogates);
 * escapes are the JSON ones, `\uXXXX` only outside the surrogate range, so every escape is one
 * code point and length counts agree with JSON Schema's.
 */
export class StringNode extends GNode {
  readonly initA = S_OPEN;
  readonly initB = 0;
  constructor(
    readonly minChars: number,
    readonly maxChars: number,
  ) {
    super();
  }

  step(a: number, b: number, c: number, out: StepResult): void {
    out.act = Act.Consume;
    out.b = b;
    switch (a) {
      case S_OPEN:
        if (c === 0x22) out.a = S_NORM;
        else out.act = Act.Dead;
        return;
      case S_NORM: {
        if (c === 0x22) {
          if (b >= this.minChars) out.a = S_DONE;
          else out.act = Act.Dead;
          return;
        }
        if (b >= this.maxChars) {
          out.act = Act.Dead;
          return;
        }
        const lead = c === 0x5c ? S_ESC : (LEAD[c] ?? 0);
        if (lead === 0) out.act = Act.Dead;
        else {
          out.a = lead;
          out.b = b + 1;
        }
        return;
      }
      case S_C1:
        if (c >= 0x80 && c <= 0xbf) out.a = S_NORM;
        else out.act = Act.Dead;
        return;
      case S_C2:
        if (c >= 0x80 && c <= 0xbf) out.a = S_C1;
        else out.act = Act.Dead;
        return;
      case S_C3:
        if (c >= 0x80 && c <= 0xbf) out.a = S_C2;
        else out.act = Act.Dead;
        return;
      case S_E0:
        if (c >= 0xa0 && c <= 0xbf) out.a = S_C1;
        else out.act = Act.Dead;
        return;
      case S_ED:
        if (c >= 0x80 && c <= 0x9f) out.a = S_C1;
        else out.act = Act.Dead;
        return;
      case S_F0:
        if (c >= 0x90 && c <= 0xbf) out.a = S_C2;
        else out.act = Act.Dead;
        return;
      case S_F4:
        if (c >= 0x80 && c <= 0x8f) out.a = S_C2;
        else out.act = Act.Dead;
        return;
      case S_ESC:
        if (c === 0x75) out.a = S_U1;
        else if (
          c === 0x22 ||
          c === 0x5c ||
          c === 0x2f ||
          c === 0x62 ||
          c === 0x66 ||
          c === 0x6e ||
          c === 0x72 ||
          c === 0x74
        )
          out.a = S_NORM;
        else out.act = Act.Dead;
        return;
      case S_U1:
        if (c === 0x64 || c === 0x44) out.a = S_U2D;
        else if (isHex(c)) out.a = S_U2;
        else out.act = Act.Dead;
        return;
      case S_U2D:
        if (c >= 0x30 && c <= 0x37) out.a = S_U3;
        else out.act = Act.Dead;
        return;
      case S_U2:
      case S_U3:
      case S_U4:
        if (isHex(c)) out.a = a === S_U4 ? S_NORM : a + 1;
        else out.act = Act.Dead;
        return;
      default:
        out.act = Act.Pop;
    }
  }
  accepting(a: number): boolean {
    return a === S_DONE;
  }
  remain(a: number, b: number): number {
    if (a === S_DONE) return 0;
    if (a === S_OPEN) return 2 + this.minChars;
    return (CHAR_REST[a] ?? 0) + Math.max(0, this.minChars - b) + 1;
  }
  override cacheKey(a: number, b: number, k: number): string {
    // Within one token at most k more characters start: only the gaps to the bounds, clamped at
    // k + 1, change which tokens are allowed.
    const lo = Math.min(Math.max(0, this.minChars - b), k + 1);
    const hi = Math.min(this.maxChars - b, k + 1);
    return `${this.id}:${a}:${lo}:${hi}`;
  }
}

// ---- numbers ----------------------------------------------------------------------------------

const N_START = 0;
const N_MINUS = 1;
const N_ZERO = 2;
const N_INT = 3;
const N_DOT = 4;
const N_FRAC = 5;
const N_E = 6;
const N_ESIGN = 7;
const N_EXP = 8;

/** Digit caps of a number: enough for every double JSON.parse can give without overflow. */
export const NUMBER_MAX_INT_DIGITS = 16;
export const NUMBER_MAX_FRAC_DIGITS = 16;
export const NUMBER_MAX_EXP_DIGITS = 2;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A JSON number: `-?(0|[1-9]\d{0,15})(\.\d{1,16})?([eE][+-]?\d{1,2})?`. `b` counts digits of the current part. */
export class NumberNode extends GNode {
  readonly initA = N_START;
  readonly initB = 0;
  step(a: number, b: number, c: number, out: StepResult): void {
    out.act = Act.Consume;
    out.b = 0;
    switch (a) {
      case N_START:
      case N_MINUS:
        if (c === 0x2d && a === N_START) out.a = N_MINUS;
        else if (c === 0x30) out.a = N_ZERO;
        else if (c >= 0x31 && c <= 0x39) {
          out.a = N_INT;
          out.b = 1;
        } else out.act = Act.Dead;
        return;
      case N_ZERO:
      case N_INT:
        if (a === N_INT && isDigit(c) && b < NUMBER_MAX_INT_DIGITS) {
          out.a = N_INT;
          out.b = b + 1;
        } else if (c === 0x2e) out.a = N_DOT;
        else if (c === 0x65 || c === 0x45) out.a = N_E;
        else out.act = Act.Pop;
        return;
      case N_DOT:
        if (isDigit(c)) {
          out.a = N_FRAC;
          out.b = 1;
        } else out.act = Act.Dead;
        return;
      case N_FRAC:
        if (isDigit(c) && b < NUMBER_MAX_FRAC_DIGITS) {
          out.a = N_FRAC;
          out.b = b + 1;
        } else if (c === 0x65 || c === 0x45) out.a = N_E;
        else out.act = Act.Pop;
        return;
      case N_E:
        if (c === 0x2b || c === 0x2d) out.a = N_ESIGN;
        else if (isDigit(c)) {
          out.a = N_EXP;
          out.b = 1;
        } else out.act = Act.Dead;
        return;
      case N_ESIGN:
        if (isDigit(c)) {
          out.a = N_EXP;
          out.b = 1;
        } else out.act = Act.Dead;
        return;
      default:
        if (isDigit(c) && b < NUMBER_MAX_EXP_DIGITS) {
          out.a = N_EXP;
          out.b = b + 1;
        } else out.act = Act.Pop;
    }
  }
  accepting(a: number): boolean {
    return a === N_ZERO || a === N_INT || a === N_FRAC || a === N_EXP;
  }
  remain(a: number): number {
    return this.accepting(a) ? 0 : 1;
  }
}

const I_START = 0;
const I_MINUS = 1;
const I_POS = 2;
const I_NEG = 3;
const I_ZERO = 4;

const POW10: number[] = [];
for (let k = 0, p = 1; k <= 17; k++, p *= 10) POW10.push(p);

function digitCount(v: number): number {
  let n = 1;
  while (v >= 10) {
    v = Math.floor(v / 10);
    n++;
  }
  return n;
}

/**
 * A JSON integer `-?(0|[1-9]\d*)` within [`lo`, `hi`] (safe integers: the compiler clamps to
 * ±(2^53 - 1), so JSON.parse gives the exact value). `b` is the magnitude read so far; a digit is
 * allowed only when some extension of the digits still lands in range.
 */
export class IntegerNode extends GNode {
  readonly initA = I_START;
  readonly initB = 0;
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {
    super();
  }
  /** Fewest more digits after magnitude `v` (sign `neg`) that reach the range, or Infinity. */
  private moreDigits(v: number, neg: boolean): number {
    for (let k = 0; k <= 17; k++) {
      const p = POW10[k] ?? INF;
      const from = v * p;
      const to = from + p - 1;
      if (from > 2 ** 53) return INF;
      const lo = neg ? -to : from;
      const hi = neg ? -from : to;
      if (hi >= this.lo && lo <= this.hi) return k;
    }
    return INF;
  }
  private inRange(v: number): boolean {
    return v >= this.lo && v <= this.hi;
  }
  step(a: number, b: number, c: number, out: StepResult): void {
    out.act = Act.Consume;
    const d = c - 0x30;
    switch (a) {
      case I_START:
        if (c === 0x2d) {
          out.a = I_MINUS;
          out.b = 0;
          if (this.lo > -1) out.act = Act.Dead;
        } else if (d === 0) {
          out.a = I_ZERO;
          out.b = 0;
          if (!this.inRange(0)) out.act = Act.Dead;
        } else if (d >= 1 && d <= 9 && this.moreDigits(d, false) < INF) {
          out.a = I_POS;
          out.b = d;
        } else out.act = Act.Dead;
        return;
      case I_MINUS:
        if (d >= 1 && d <= 9 && this.moreDigits(d, true) < INF) {
          out.a = I_NEG;
          out.b = d;
        } else out.act = Act.Dead;
        return;
      case I_ZERO:
        out.act = Act.Pop;
        return;
      default: {
        const neg = a === I_NEG;
        if (d >= 0 && d <= 9) {
          const v = b * 10 + d;
          if (this.moreDigits(v, neg) < INF) {
            out.a = a;
            out.b = v;
            return;
          }
        }
        out.act = this.inRange(neg ? -b : b) ? Act.Pop : Act.Dead;
      }
    }
  }
  accepting(a: number, b: number): boolean {
    if (a === I_ZERO) return true;
    if (a === I_POS) return this.inRange(b);
    if (a === I_NEG) return this.inRange(-b);
    return false;
  }
  remain(a: number, b: number): number {
    switch (a) {
      case I_START: {
        let m = INF;
        if (this.inRange(0)) m = 1;
        if (this.hi >= 1) m = Math.min(m, digitCount(Math.max(this.lo, 1)));
        if (this.lo <= -1) m = Math.min(m, 1 + digitCount(Math.max(-this.hi, 1)));
        return m;
      }
      case I_MINUS:
        return this.lo <= -1 ? digitCount(Math.max(-this.hi, 1)) : INF;
      case I_ZERO:
        return 0;
      default:
        return this.moreDigits(b, a === I_NEG);
    }
  }
}

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
