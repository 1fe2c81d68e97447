/** Grammar nodes of JSON scalars: strings (UTF-8 and escapes), numbers, integers in a range. */
import { Act, GNode, type StepResult } from './nodes.js';
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

// ---- strings ----------------------------------------------------------------------------------

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
const NUMBER_MAX_INT_DIGITS = 16;
const NUMBER_MAX_FRAC_DIGITS = 16;
const NUMBER_MAX_EXP_DIGITS = 2;

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

/**
 * A JSON integer `-?(0|[1-9]\d*)` within [`lo`, `hi`] (safe integers: the compiler clamps to
 * ±(2^53 - 1), so JSON.parse gives the exact value), a multiple of `mult`. `b` is the magnitude read
 * so far; a digit is allowed only when some extension of the digits still lands on such a value.
 */
export class IntegerNode extends GNode {
  readonly initA = I_START;
  readonly initB = 0;
  constructor(
    readonly lo: number,
    readonly hi: number,
    /** `multipleOf` (a positive safe integer; 1: any integer). */
    readonly mult: number = 1,
  ) {
    super();
  }
  /** Whether [x, y] holds a multiple of `step` that lies in range. */
  private hits(x: number, y: number): boolean {
    const from = Math.max(x, this.lo);
    const to = Math.min(y, this.hi);
    if (from > to) return false;
    if (this.mult === 1) return true;
    return Math.ceil(from / this.mult) * this.mult <= to;
  }
  /** Fewest more digits after magnitude `v` (sign `neg`) that reach the range, or Infinity. */
  private moreDigits(v: number, neg: boolean): number {
    for (let k = 0; k <= 17; k++) {
      const p = POW10[k] ?? INF;
      const from = v * p;
      const to = from + p - 1;
      if (from > 2 ** 53) return INF;
      if (neg ? this.hits(-to, -from) : this.hits(from, to)) return k;
    }
    return INF;
  }
  private inRange(v: number): boolean {
    return v >= this.lo && v <= this.hi && v % this.mult === 0;
  }
  step(a: number, b: number, c: number, out: StepResult): void {
    out.act = Act.Consume;
    const d = c - 0x30;
    switch (a) {
      case I_START:
        if (c === 0x2d) {
          out.a = I_MINUS;
          out.b = 0;
          if (this.remain(I_MINUS, 0) === INF) out.act = Act.Dead;
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
        let m = this.inRange(0) ? 1 : INF;
        for (let d = 1; d <= 9; d++) m = Math.min(m, 1 + this.moreDigits(d, false), 2 + this.moreDigits(d, true));
        return m;
      }
      case I_MINUS: {
        let m = INF;
        for (let d = 1; d <= 9; d++) m = Math.min(m, 1 + this.moreDigits(d, true));
        return m;
      }
      case I_ZERO:
        return 0;
      default:
        return this.moreDigits(b, a === I_NEG);
    }
  }
}
