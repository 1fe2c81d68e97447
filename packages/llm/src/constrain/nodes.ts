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
  /** Text around values (tool-call markers) that special tokens with the same text may also write. */
  marker = false;
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
