/**
 * JSON Schema `pattern`s (ECMAScript regular expressions, unicode mode, unanchored) compiled to a
 * deterministic automaton over code points: parse, Thompson NFA, subset construction over the
 * intervals the pattern's character sets cut the code points into, trim. The subset supported:
 * literals, escapes, classes, `.`, groups, alternation, greedy or lazy quantifiers, and `^`/`$` at
 * the start/end of a top-level alternative. Anything else throws (`unsupported`), naming it.
 */

/** Most NFA states (bounded repetitions are expanded) and DFA states a pattern may compile to. */
export const MAX_NFA_STATES = 20000;
export const MAX_DFA_STATES = 4096;

const MAX_CP = 0x10ffff;

/** A set of code points: sorted, disjoint, non-adjacent inclusive ranges [lo0, hi0, lo1, hi1, ...]. */
type CharSet = number[];

type Ast =
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Ast[] }
  | { t: 'alt'; alts: Ast[] }
  | { t: 'rep'; node: Ast; min: number; max: number }
  | { t: 'bol' }
  | { t: 'eol' };

/** A code point DFA: `next[s * atoms + k]` is the state after a code point of atom k (-1: none). */
export interface CharDfa {
  /** First code point of each atom (ascending, from 0); atom k ends where atom k + 1 starts. */
  readonly atomStart: Int32Array;
  readonly atoms: number;
  readonly next: Int32Array;
  readonly accept: Uint8Array;
  readonly states: number;
  /** Whether an atom holds writable code points (not surrogates). */
  readonly usable: Uint8Array;
}

function normalize(ranges: number[]): CharSet {
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < ranges.length; k += 2) pairs.push([ranges[k] as number, ranges[k + 1] as number]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    if (lo > hi) continue;
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: number[] = [];
  let from = 0;
  for (let k = 0; k < set.length; k += 2) {
    if ((set[k] as number) > from) out.push(from, (set[k] as number) - 1);
    from = (set[k + 1] as number) + 1;
  }
  if (from <= MAX_CP) out.push(from, MAX_CP);
  return out;
}

const DIGIT: CharSet = [0x30, 0x39];
const WORD: CharSet = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const SPACE: CharSet = normalize([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff,
]);
const DOT: CharSet = complement([0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029]);
const ANY: CharSet = [0, MAX_CP];

class Parser {
  private pos = 0;
  private readonly cps: number[];
  constructor(
    pattern: string,
    private readonly unsupported: (construct: string) => never,
  ) {
    this.cps = Array.from(pattern, (ch) => ch.codePointAt(0) as number);
  }
  private peek(k = 0): number {
    return this.cps[this.pos + k] ?? -1;
  }
  private eat(cp: number): boolean {
    if (this.peek() !== cp) return false;
    this.pos++;
    return true;
  }
  parse(): Ast {
    const ast = this.alternation();
    if (this.pos < this.cps.length) this.unsupported(`"${String.fromCodePoint(this.peek())}" here`);
    return ast;
  }
  private alternation(): Ast {
    const alts = [this.sequence()];
    while (this.eat(0x7c)) alts.push(this.sequence());
    if (alts.length === 1) return alts[0] as Ast;
    // Alternatives of one character each are one set (fewer states and atoms, same strings).
    const single = alts.map((a) =>
      a.t === 'seq' && a.items.length === 1 && a.items[0]?.t === 'set' ? a.items[0].set : null,
    );
    if (single.every((x) => x !== null)) return { t: 'set', set: normalize(single.flat() as number[]) };
    return { t: 'alt', alts };
  }
  private sequence(): Ast {
    const items: Ast[] = [];
    for (let c = this.peek(); c !== -1 && c !== 0x7c && c !== 0x29; c = this.peek()) {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }
  private number(): number {
    let v = 0;
    let digits = 0;
    while (this.peek() >= 0x30 && this.peek() <= 0x39) {
      v = Math.min(v * 10 + (this.peek() - 0x30), 1e9);
      this.pos++;
      digits++;
    }
    return digits === 0 ? -1 : v;
  }
  private quantified(atom: Ast): Ast {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === 0x2a) [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === 0x2b) [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === 0x3f) [min, max] = [0, 1];
    else if (c === 0x7b) {
      const save = this.pos;
      this.pos++;
      min = this.number();
      max = min;
      if (this.eat(0x2c)) {
        const m = this.number();
        max = m < 0 ? Number.POSITIVE_INFINITY : m;
      }
      if (min < 0 || !this.eat(0x7d)) {
        this.pos = save;
        this.unsupported('a "{" that is not a quantifier');
      }
      this.pos--;
    } else return atom;
    this.pos++;
    this.eat(0x3f); // lazy: the same strings match
    if (atom.t === 'bol' || atom.t === 'eol') this.unsupported('a quantified anchor');
    return { t: 'rep', node: atom, min, max };
  }
  private atom(): Ast {
    const c = this.peek();
    this.pos++;
    switch (c) {
      case 0x5e:
        return { t: 'bol' };
      case 0x24:
        return { t: 'eol' };
      case 0x2e:
        return { t: 'set', set: DOT };
      case 0x28:
        return this.group();
      case 0x5b:
        return { t: 'set', set: this.charClass() };
      case 0x5c: {
        const e = this.escape(false);
        return { t: 'set', set: typeof e === 'number' ? [e, e] : e };
      }
      case 0x2a:
      case 0x2b:
      case 0x3f:
      case 0x7b:
        return this.unsupported('a quantifier with nothing to repeat');
      default:
        return { t: 'set', set: [c, c] };
    }
  }
  private group(): Ast {
    if (this.eat(0x3f)) {
      const c = this.peek();
      if (c === 0x3a) this.pos++;
      else if (c === 0x3d || c === 0x21) this.unsupported('lookahead "(?=" / "(?!"');
      else if (c === 0x3c && (this.peek(1) === 0x3d || this.peek(1) === 0x21))
        this.unsupported('lookbehind "(?<=" / "(?<!"');
      else if (c === 0x3c) {
        while (this.peek() !== 0x3e && this.peek() !== -1) this.pos++;
        this.pos++;
      } else this.unsupported('a group modifier "(?"');
    }
    const inner = this.alternation();
    if (!this.eat(0x29)) this.unsupported('an unclosed group');
    return inner;
  }
  private charClass(): CharSet {
    const negate = this.eat(0x5e);
    const ranges: number[] = [];
    while (this.peek() !== 0x5d) {
      if (this.peek() === -1) this.unsupported('an unclosed class');
      const lo = this.classAtom();
      if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== -1 && typeof lo === 'number') {
        this.pos++;
        const hi = this.classAtom();
        if (typeof hi !== 'number') return this.unsupported('a class range ending in a class escape');
        ranges.push(lo, hi);
      } else if (typeof lo === 'number') ranges.push(lo, lo);
      else ranges.push(...lo);
    }
    this.pos++;
    const set = normalize(ranges);
    return negate ? complement(set) : set;
  }
  private classAtom(): number | CharSet {
    const c = this.peek();
    this.pos++;
    return c === 0x5c ? this.escape(true) : c;
  }
  private hex(n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const d = Number.parseInt(String.fromCodePoint(this.peek()), 16);
      if (Number.isNaN(d)) this.unsupported('a malformed hexadecimal escape');
      v = v * 16 + d;
      this.pos++;
    }
    return v;
  }
  /** After a backslash: a code point or a set. */
  private escape(inClass: boolean): number | CharSet {
    const c = this.peek();
    this.pos++;
    switch (c) {
      case 0x64: // d
        return DIGIT;
      case 0x44:
        return complement(DIGIT);
      case 0x77: // w
        return WORD;
      case 0x57:
        return complement(WORD);
      case 0x73: // s
        return SPACE;
      case 0x53:
        return complement(SPACE);
      case 0x74:
        return 0x09;
      case 0x6e:
        return 0x0a;
      case 0x76:
        return 0x0b;
      case 0x66:
        return 0x0c;
      case 0x72:
        return 0x0d;
      case 0x30:
        return 0;
      case 0x62: // b
        if (inClass) return 0x08;
        return this.unsupported('the word boundary assertion "\\b"');
      case 0x42:
        return this.unsupported('the word boundary assertion "\\B"');
      case 0x63: {
        const letter = this.peek();
        this.pos++;
        return letter % 32;
      }
      case 0x78:
        return this.hex(2);
      case 0x75: {
        if (this.eat(0x7b)) {
          let v = 0;
          while (this.peek() !== 0x7d) v = Math.min(v * 16 + this.hex(1), MAX_CP + 1);
          this.pos++;
          return v;
        }
        const v = this.hex(4);
        // A surrogate pair written as two escapes is one code point in unicode mode.
        if (v >= 0xd800 && v <= 0xdbff && this.peek() === 0x5c && this.peek(1) === 0x75 && this.peek(2) !== 0x7b) {
          const save = this.pos;
          this.pos += 2;
          const w = this.hex(4);
          if (w >= 0xdc00 && w <= 0xdfff) return 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
          this.pos = save;
        }
        return v;
      }
      case 0x70:
      case 0x50:
        return this.unsupported('Unicode property escapes "\\p{...}"');
      case 0x6b:
        return this.unsupported('named backreferences "\\k<...>"');
      default:
        if (c >= 0x31 && c <= 0x39) return this.unsupported('backreferences "\\1"..."\\9"');
        if (c === -1) return this.unsupported('a trailing backslash');
        return c;
    }
  }
}

/** Checks that anchors stand only at the ends of top-level alternatives; returns those alternatives. */
function topLevel(ast: Ast, unsupported: (construct: string) => never): { body: Ast; bol: boolean; eol: boolean }[] {
  const alts = ast.t === 'alt' ? ast.alts : [ast];
  const noAnchors = (n: Ast): void => {
    if (n.t === 'bol' || n.t === 'eol')
      unsupported(`"${n.t === 'bol' ? '^' : '$'}" inside the pattern (anchors only at its start or end)`);
    if (n.t === 'seq') n.items.forEach(noAnchors);
    else if (n.t === 'alt') n.alts.forEach(noAnchors);
    else if (n.t === 'rep') noAnchors(n.node);
  };
  return alts.map((alt) => {
    const items = alt.t === 'seq' ? [...alt.items] : [alt];
    const bol = items[0]?.t === 'bol';
    if (bol) items.shift();
    const eol = items[items.length - 1]?.t === 'eol';
    if (eol) items.pop();
    items.forEach(noAnchors);
    return { body: { t: 'seq', items }, bol, eol };
  });
}

class Nfa {
  readonly eps: number[][] = [];
  readonly edges: { set: CharSet; to: number }[][] = [];
  constructor(private readonly tooLarge: () => never) {}
  state(): number {
    if (this.eps.length >= MAX_NFA_STATES) this.tooLarge();
    this.eps.push([]);
    this.edges.push([]);
    return this.eps.length - 1;
  }
  /** Builds `n` from state `from`; returns its end state. */
  build(n: Ast, from: number): number {
    switch (n.t) {
      case 'set': {
        const to = this.state();
        this.edges[from]?.push({ set: n.set, to });
        return to;
      }
      case 'seq': {
        let cur = from;
        for (const item of n.items) cur = this.build(item, cur);
        return cur;
      }
      case 'alt': {
        const end = this.state();
        for (const alt of n.alts) {
          const s = this.state();
          this.eps[from]?.push(s);
          this.eps[this.build(alt, s)]?.push(end);
        }
        return end;
      }
      case 'rep': {
        let cur = from;
        for (let k = 0; k < n.min; k++) cur = this.build(n.node, cur);
        if (n.max === Number.POSITIVE_INFINITY) {
          const loop = this.state();
          this.eps[cur]?.push(loop);
          const body = this.state();
          this.eps[loop]?.push(body);
          this.eps[this.build(n.node, body)]?.push(loop);
          return loop;
        }
        const end = this.state();
        for (let k = n.min; k < n.max; k++) {
          this.eps[cur]?.push(end);
          const body = this.state();
          this.eps[cur]?.push(body);
          cur = this.build(n.node, body);
        }
        this.eps[cur]?.push(end);
        return end;
      }
      default:
        return from;
    }
  }
}

/**
 * Compiles `pattern` (already known to be a valid unicode-mode RegExp) to a trimmed code point DFA
 * whose language is the strings that contain a match. `unsupported` throws for what is left out;
 * `tooLarge` when the automaton would exceed its limits.
 */
export function compilePattern(
  pattern: string,
  unsupported: (construct: string) => never,
  tooLarge: () => never,
): CharDfa {
  const ast = new Parser(pattern, unsupported).parse();
  const alts = topLevel(ast, unsupported);
  const nfa = new Nfa(tooLarge);
  const start = nfa.state();
  const prefix = nfa.state(); // Σ* before an unanchored match
  const suffix = nfa.state(); // Σ* after an unanchored match: accepting
  const final = nfa.state(); // accepting
  nfa.eps[start]?.push(prefix);
  nfa.edges[prefix]?.push({ set: ANY, to: prefix });
  nfa.edges[suffix]?.push({ set: ANY, to: suffix });
  for (const { body, bol, eol } of alts) {
    const s = nfa.state();
    nfa.eps[bol ? start : prefix]?.push(s);
    nfa.eps[nfa.build(body, s)]?.push(eol ? final : suffix);
  }
  // Atoms: the code points cut at every set's bounds (and around the surrogates).
  const cuts = new Set<number>([0, 0xd800, 0xe000, MAX_CP + 1]);
  for (const list of nfa.edges)
    for (const { set } of list)
      for (let k = 0; k < set.length; k += 2) {
        cuts.add(set[k] as number);
        cuts.add((set[k + 1] as number) + 1);
      }
  const atomStart = Int32Array.from([...cuts].sort((x, y) => x - y));
  const atoms = atomStart.length - 1;
  const atomOf = (cp: number): number => {
    let lo = 0;
    let hi = atoms - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((atomStart[mid] as number) <= cp) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Each edge's atoms, as ranges of atom indices.
  const edgeAtoms = nfa.edges.map((list) =>
    list.map(({ set }) => {
      const r: number[] = [];
      for (let k = 0; k < set.length; k += 2) r.push(atomOf(set[k] as number), atomOf(set[k + 1] as number));
      return r;
    }),
  );
  // Epsilon closures with a stamp per NFA state (no per-call sets); sorted for a canonical key.
  const total = nfa.eps.length;
  const mark = new Int32Array(total);
  const stack = new Int32Array(total);
  let epoch = 0;
  // Work bound of the subset construction (NFA states and edge atoms visited), so that no pattern
  // can make it run for long.
  let work = 0;
  const WORK_LIMIT = 5e6;
  const closure = (seeds: readonly number[]): Int32Array => {
    epoch++;
    let sp = 0;
    let n = 0;
    for (const s of seeds)
      if (mark[s] !== epoch) {
        mark[s] = epoch;
        stack[sp++] = s;
      }
    const out: number[] = [];
    while (sp > 0) {
      const s = stack[--sp] as number;
      out.push(s);
      n++;
      for (const t of nfa.eps[s] ?? [])
        if (mark[t] !== epoch) {
          mark[t] = epoch;
          stack[sp++] = t;
        }
    }
    work += n;
    if (work > WORK_LIMIT) tooLarge();
    // Once an unanchored match is complete, every continuation matches: one state for all those.
    if (mark[suffix] === epoch) return Int32Array.of(suffix);
    return Int32Array.from(out).sort();
  };
  const sets: Int32Array[] = [closure([start])];
  const index = new Map<string, number>([[sets[0]?.join(',') ?? '', 0]]);
  const next: number[] = [];
  const targets: number[][] = Array.from({ length: atoms }, () => []);
  for (let d = 0; d < sets.length; d++) {
    for (const list of targets) list.length = 0;
    for (const s of sets[d] as Int32Array) {
      const list = nfa.edges[s] ?? [];
      for (let k = 0; k < list.length; k++) {
        const to = (list[k] as { to: number }).to;
        const r = edgeAtoms[s]?.[k] ?? [];
        for (let j = 0; j < r.length; j += 2) {
          work += (r[j + 1] as number) - (r[j] as number) + 1;
          for (let a = r[j] as number; a <= (r[j + 1] as number); a++) targets[a]?.push(to);
        }
      }
    }
    if (work > WORK_LIMIT) tooLarge();
    for (let a = 0; a < atoms; a++) {
      const t = targets[a] as number[];
      if (t.length === 0) {
        next.push(-1);
        continue;
      }
      const set = closure(t);
      const key = set.join(',');
      let id = index.get(key);
      if (id === undefined) {
        if (sets.length >= MAX_DFA_STATES || (sets.length + 1) * atoms > 1 << 20) tooLarge();
        id = sets.length;
        sets.push(set);
        index.set(key, id);
      }
      next.push(id);
    }
  }
  const n = sets.length;
  const accept = Uint8Array.from(sets, (set) => (set.includes(suffix) || set.includes(final) ? 1 : 0));
  const usable = new Uint8Array(atoms);
  for (let a = 0; a < atoms; a++)
    usable[a] = (atomStart[a] as number) >= 0xd800 && (atomStart[a] as number) < 0xe000 ? 0 : 1;
  // Trim: keep the transitions (over writable atoms) into states that can still accept.
  const live = Uint8Array.from(accept);
  for (let changed = true; changed; ) {
    changed = false;
    for (let s = 0; s < n; s++) {
      if (live[s]) continue;
      for (let a = 0; a < atoms; a++) {
        const t = next[s * atoms + a] as number;
        if (t >= 0 && usable[a] && live[t]) {
          live[s] = 1;
          changed = true;
          break;
        }
      }
    }
  }
  const trimmed = Int32Array.from(next, (t, k) => (t >= 0 && live[t] && usable[k % atoms] ? t : -1));
  return { atomStart, atoms, next: trimmed, accept, states: n, usable };
}
