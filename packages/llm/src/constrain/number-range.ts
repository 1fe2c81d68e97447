/**
 * A JSON number within a range, as a byte-level DFA over the number's text: digits are compared
 * one by one with the decimal expansions of the range's thresholds. The thresholds are where
 * JSON.parse's rounding crosses the bounds (the midpoints between a bound and its neighbouring
 * doubles), so the text is admitted exactly when the double it parses to lies in the range.
 */
import { Act, GNode, type StepResult } from './nodes.js';

/** Digit caps (as for unbounded numbers). */
const MAX_INT_DIGITS = 16;
const MAX_FRAC_DIGITS = 16;

/** A deterministic automaton over bytes, mapped to a few classes. Dead transitions are -1. */
export class ByteDfaNode extends GNode {
  readonly initA = 0;
  readonly initB = 0;
  constructor(
    private readonly classOf: Uint8Array,
    private readonly classes: number,
    private readonly next: Int32Array,
    private readonly accept: Uint8Array,
    private readonly dist: Int32Array,
  ) {
    super();
  }
  step(a: number, _b: number, c: number, out: StepResult): void {
    const t = this.next[a * this.classes + (this.classOf[c] ?? 0)] ?? -1;
    if (t >= 0) {
      out.act = Act.Consume;
      out.a = t;
      out.b = 0;
    } else out.act = this.accept[a] === 1 ? Act.Pop : Act.Dead;
  }
  accepting(a: number): boolean {
    return this.accept[a] === 1;
  }
  remain(a: number): number {
    const d = this.dist[a] ?? -1;
    return d < 0 ? Number.POSITIVE_INFINITY : d;
  }
  /** Number of states (tests). */
  get size(): number {
    return this.accept.length;
  }
}

/**
 * Builds a trimmed `ByteDfaNode` from a start state and a transition function over structured
 * states (keys identify them). `symbols` are the bytes with transitions; every other byte is dead.
 */
function buildByteDfa<S>(
  start: S,
  key: (s: S) => string,
  symbols: readonly number[],
  move: (s: S, byte: number) => S | null,
  isAccepting: (s: S) => boolean,
): ByteDfaNode {
  const classOf = new Uint8Array(256);
  symbols.forEach((b, k) => {
    classOf[b] = k + 1;
  });
  const classes = symbols.length + 1;
  const states: S[] = [start];
  const index = new Map<string, number>([[key(start), 0]]);
  const edges: number[] = [];
  for (let i = 0; i < states.length; i++) {
    const s = states[i] as S;
    edges.push(-1);
    for (const byte of symbols) {
      const t = move(s, byte);
      if (t === null) {
        edges.push(-1);
        continue;
      }
      const k = key(t);
      let j = index.get(k);
      if (j === undefined) {
        j = states.length;
        states.push(t);
        index.set(k, j);
      }
      edges.push(j);
    }
  }
  const n = states.length;
  const accept = Uint8Array.from(states, (s) => (isAccepting(s) ? 1 : 0));
  // Shortest distance to an accepting state (reverse breadth-first search); -1: dead.
  const rev: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++)
    for (let c = 1; c < classes; c++) {
      const t = edges[i * classes + c] ?? -1;
      if (t >= 0) rev[t]?.push(i);
    }
  const dist = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < n; i++)
    if (accept[i] === 1) {
      dist[i] = 0;
      queue.push(i);
    }
  for (let q = 0; q < queue.length; q++) {
    const t = queue[q] as number;
    for (const i of rev[t] ?? []) {
      if ((dist[i] ?? 0) >= 0) continue;
      dist[i] = (dist[t] ?? 0) + 1;
      queue.push(i);
    }
  }
  const next = Int32Array.from(edges, (t) => (t >= 0 && (dist[t] ?? -1) >= 0 ? t : -1));
  return new ByteDfaNode(classOf, classes, next, accept, dist);
}

// ---- exact decimals of doubles ------------------------------------------------------------------

/** An exact non-negative decimal: integer digits (no leading zeros, '' for 0), fraction digits (no trailing zeros). */
interface Decimal {
  readonly int: string;
  readonly frac: string;
}

/** A signed exact value `num * 2^exp`. */
interface Dyadic {
  num: bigint;
  exp: number;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

function bitsOf(x: number): bigint {
  f64[0] = x;
  return u64[0] as bigint;
}

function fromBits(b: bigint): number {
  u64[0] = b;
  return f64[0] as number;
}

/** The next double above `x` (finite `x`). */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const b = bitsOf(x);
  return fromBits(x > 0 ? b + 1n : b - 1n);
}

function nextDown(x: number): number {
  return -nextUp(-x);
}

/** The next double after `x` in direction `dir` (finite `x`). */
export function nextAfter(x: number, dir: 1 | -1): number {
  return dir > 0 ? nextUp(x) : nextDown(x);
}

/** Whether the significand of `x` is even (round-half-to-even picks it on a tie). */
function evenSignificand(x: number): boolean {
  return (bitsOf(x) & 1n) === 0n;
}

function dyadic(x: number): Dyadic {
  const b = bitsOf(Math.abs(x));
  const e = Number((b >> 52n) & 0x7ffn);
  const m = b & 0xfffffffffffffn;
  const num = e === 0 ? m : m | 0x10000000000000n;
  const exp = (e === 0 ? 1 : e) - 1075;
  return { num: x < 0 ? -num : num, exp };
}

/** The exact midpoint of two doubles. */
function midpoint(x: number, y: number): Dyadic {
  const p = dyadic(x);
  const q = dyadic(y);
  const e = Math.min(p.exp, q.exp);
  const sum = (p.num << BigInt(p.exp - e)) + (q.num << BigInt(q.exp - e));
  return { num: sum, exp: e - 1 };
}

function decimalOf(v: Dyadic): { neg: boolean; mag: Decimal } {
  const neg = v.num < 0n;
  const num = neg ? -v.num : v.num;
  if (v.exp >= 0)
    return { neg: neg && num !== 0n, mag: { int: stripLeading((num << BigInt(v.exp)).toString()), frac: '' } };
  const k = -v.exp;
  const digits = (num * 5n ** BigInt(k)).toString().padStart(k + 1, '0');
  return {
    neg: neg && num !== 0n,
    mag: { int: stripLeading(digits.slice(0, -k)), frac: digits.slice(-k).replace(/0+$/, '') },
  };
}

function stripLeading(s: string): string {
  return s.replace(/^0+/, '');
}

// ---- the number automaton -------------------------------------------------------------------------

/** A bound on the magnitude: `mag` itself admitted unless `strict`. */
interface MagBound {
  readonly mag: Decimal;
  readonly strict: boolean;
}

/** Magnitude bounds of one sign; `empty`: no number of that sign is in range. */
interface Side {
  readonly low: MagBound | null;
  readonly high: MagBound | null;
  readonly empty: boolean;
}

const P_START = 0;
const P_MINUS = 1;
const P_ZERO = 2;
const P_INT = 3;
const P_DOT = 4;
const P_FRAC = 5;

// Comparison status with a bound: 0 below, 1 equal so far, 2 above.
interface NumState {
  phase: number;
  neg: boolean;
  /** Integer digits (P_INT) or fraction digits (P_FRAC). */
  n: number;
  lo: number;
  hi: number;
}

const DIGITS = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
const MINUS = 0x2d;
const DOT = 0x2e;

/** Lexicographic status after digit `d` at position `pos` of `digits`. */
function lex(status: number, d: number, digits: string, pos: number): number {
  if (status !== 1) return status;
  const bd = pos < digits.length ? digits.charCodeAt(pos) - 0x30 : 0;
  return d < bd ? 0 : d > bd ? 2 : 1;
}

/** The status of the integer part of `k` digits (lexicographic status `s`) against `bound`. */
function intStatus(k: number, s: number, bound: MagBound | null): number {
  if (bound === null) return 1;
  const n = bound.mag.int.length;
  return k < n ? 0 : k > n ? 2 : s;
}

/** The final status of a complete value whose digits so far compared `s` (fraction digits read: `j`). */
function finalStatus(s: number, j: number, bound: MagBound | null): number {
  if (bound === null || s !== 1) return s;
  return bound.mag.frac.length > j ? 0 : 1;
}

/** A signed threshold a value is compared with (`strict`: the threshold itself is out). */
interface Threshold {
  readonly neg: boolean;
  readonly mag: Decimal;
  readonly strict: boolean;
}

function isZero(d: Decimal): boolean {
  return d.int === '' && d.frac === '';
}

/**
 * The DFA of the JSON numbers `-?(0|[1-9]\d{0,15})(\.\d{1,16})?` (no exponent) whose value, as
 * JSON.parse rounds it, lies in [`lo`, `hi`] (`lo`/`hi` already exclusive-adjusted doubles;
 * undefined: unbounded). Null when no such number exists.
 */
export function numberRangeNode(lo: number | undefined, hi: number | undefined): ByteDfaNode | null {
  // round(d) >= lo  <=>  d > mid(prev(lo), lo), or d equals it and lo's significand is even.
  const tLo: Threshold | null =
    lo === undefined || lo <= -1e17 ? null : { ...decimalOf(midpoint(nextDown(lo), lo)), strict: !evenSignificand(lo) };
  const tHi: Threshold | null =
    hi === undefined || hi >= 1e17 ? null : { ...decimalOf(midpoint(hi, nextUp(hi))), strict: !evenSignificand(hi) };
  if ((lo !== undefined && lo >= 1e17) || (hi !== undefined && hi <= -1e17)) return null;
  const pos: Side = {
    low: tLo === null || (tLo.neg && !isZero(tLo.mag)) ? null : { mag: tLo.mag, strict: tLo.strict },
    high: tHi === null ? null : { mag: tHi.mag, strict: tHi.strict },
    empty: tHi?.neg === true && !isZero(tHi.mag),
  };
  // Negative numbers: -mag >= tLo <=> mag <= -tLo; -mag <= tHi <=> mag >= -tHi.
  const neg: Side = {
    low: tHi === null || !(tHi.neg || isZero(tHi.mag)) ? null : { mag: tHi.mag, strict: tHi.strict },
    high: tLo === null ? null : { mag: tLo.mag, strict: tLo.strict },
    empty: tLo !== null && !tLo.neg && !isZero(tLo.mag),
  };
  const side = (s: NumState): Side => (s.neg ? neg : pos);
  const start: NumState = { phase: P_START, neg: false, n: 0, lo: 1, hi: 1 };
  const firstDigit = (negative: boolean, d: number): NumState | null => {
    const sd = negative ? neg : pos;
    if (sd.empty) return null;
    if (d === 0) {
      // Integer part 0: zero digits, below every bound with a non-zero integer part.
      return {
        phase: P_ZERO,
        neg: negative,
        n: 0,
        lo: intStatus(0, 1, sd.low),
        hi: intStatus(0, 1, sd.high),
      };
    }
    return {
      phase: P_INT,
      neg: negative,
      n: 1,
      lo: sd.low === null ? 1 : lex(1, d, sd.low.mag.int, 0),
      hi: sd.high === null ? 1 : lex(1, d, sd.high.mag.int, 0),
    };
  };
  const move = (s: NumState, byte: number): NumState | null => {
    const d = byte - 0x30;
    const isDigit = d >= 0 && d <= 9;
    const sd = side(s);
    switch (s.phase) {
      case P_START:
        if (byte === MINUS) return neg.empty ? null : { phase: P_MINUS, neg: true, n: 0, lo: 1, hi: 1 };
        return isDigit ? firstDigit(false, d) : null;
      case P_MINUS:
        return isDigit ? firstDigit(true, d) : null;
      case P_ZERO:
        return byte === DOT ? { ...s, phase: P_DOT, n: 0 } : null;
      case P_INT:
        if (isDigit && s.n < MAX_INT_DIGITS) {
          return {
            ...s,
            n: s.n + 1,
            lo: sd.low === null ? 1 : lex(s.lo, d, sd.low.mag.int, s.n),
            hi: sd.high === null ? 1 : lex(s.hi, d, sd.high.mag.int, s.n),
          };
        }
        if (byte === DOT)
          return {
            phase: P_DOT,
            neg: s.neg,
            n: 0,
            lo: intStatus(s.n, s.lo, sd.low),
            hi: intStatus(s.n, s.hi, sd.high),
          };
        return null;
      case P_DOT:
      case P_FRAC:
        if (!isDigit || s.n >= MAX_FRAC_DIGITS) return null;
        return {
          ...s,
          phase: P_FRAC,
          n: s.n + 1,
          lo: sd.low === null ? 1 : lex(s.lo, d, sd.low.mag.frac, s.n),
          hi: sd.high === null ? 1 : lex(s.hi, d, sd.high.mag.frac, s.n),
        };
      default:
        return null;
    }
  };
  const isAccepting = (s: NumState): boolean => {
    if (s.phase !== P_ZERO && s.phase !== P_INT && s.phase !== P_FRAC) return false;
    const sd = side(s);
    const j = s.phase === P_FRAC ? s.n : 0;
    const lo = finalStatus(s.phase === P_INT ? intStatus(s.n, s.lo, sd.low) : s.lo, j, sd.low);
    const hi = finalStatus(s.phase === P_INT ? intStatus(s.n, s.hi, sd.high) : s.hi, j, sd.high);
    const lowOk = sd.low === null || lo === 2 || (lo === 1 && !sd.low.strict);
    const highOk = sd.high === null || hi === 0 || (hi === 1 && !sd.high.strict);
    return lowOk && highOk;
  };
  const node = buildByteDfa(
    start,
    (s) => `${s.phase},${s.neg ? 1 : 0},${s.n},${s.lo},${s.hi}`,
    [MINUS, DOT, ...DIGITS],
    move,
    isAccepting,
  );
  return node.remain(0) === Number.POSITIVE_INFINITY ? null : node;
}
