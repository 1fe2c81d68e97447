/**
 * Runs the grammar: a state is a set of persistent stacks (linked frames shared between states);
 * `anyOf` branches become separate stacks that die as soon as a byte rules them out.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { Act, ChoiceNode, type GNode, type StepResult } from './nodes.js';

/** Most alternative stacks a state may have (overlapping anyOf branches nested in each other multiply). */
const MAX_STACKS = 4096;

/** A stack frame; `up` is the frame below. Frames are immutable and shared. */
export class Frame {
  private k: string | undefined;
  constructor(
    readonly node: GNode | null,
    readonly a: number,
    readonly b: number,
    readonly up: Frame | null,
  ) {}
  /** Identity of the whole stack (deduplicates alternatives). */
  key(): string {
    if (this.k !== undefined) return this.k;
    // Iteratively: stacks can be deep.
    const chain: Frame[] = [];
    let f: Frame | null = this;
    while (f !== null && f.k === undefined) {
      chain.push(f);
      f = f.up;
    }
    let acc = f?.k ?? '';
    for (let i = chain.length - 1; i >= 0; i--) {
      const g = chain[i] as Frame;
      acc = `${g.node?.id ?? (g === END ? 'E' : 'B')},${g.a},${g.b}/${acc}`;
      g.k = acc;
    }
    return acc;
  }
}

/** Below the root: the value is complete, no byte may follow. */
export const END = new Frame(null, 0, 0, null);
/** Below a frame whose masks are being cached: a byte reaching it belongs to the real frames below. */
export const BOUNDARY = new Frame(null, 1, 0, null);

const R: StepResult = { act: Act.Dead, a: 0, b: 0, child: null };

/** Set while caching: called when a byte falls through to BOUNDARY. */
let boundaryHit: (() => void) | null = null;

export function setBoundarySink(fn: (() => void) | null): void {
  boundaryHit = fn;
}

/** Pushes `node` on `up` (expanding choices) into `out`. */
function push(node: GNode, up: Frame, out: Frame[], seen?: Set<GNode>): void {
  if (node instanceof ChoiceNode) {
    const s = seen ?? new Set<GNode>();
    if (s.has(node)) return;
    s.add(node);
    for (const alt of node.alts) push(alt, up, out, s);
    return;
  }
  out.push(new Frame(node, node.initA, node.initB, up));
}

/** Feeds `byte` to one stack; surviving stacks go to `out`. */
export function feed(start: Frame, byte: number, out: Frame[]): void {
  let f: Frame | null = start;
  while (f !== null) {
    const node: GNode | null = f.node;
    if (node === null) {
      if (f === BOUNDARY && boundaryHit !== null) boundaryHit();
      return;
    }
    node.step(f.a, f.b, byte, R);
    switch (R.act) {
      case Act.Consume:
        out.push(new Frame(node, R.a, R.b, f.up));
        return;
      case Act.Pop:
        f = f.up;
        continue;
      case Act.Push: {
        const child = R.child as GNode;
        const parent = new Frame(node, R.a, R.b, f.up);
        const pushed: Frame[] = [];
        push(child, parent, pushed);
        for (const p of pushed) feed(p, byte, out);
        return;
      }
      default:
        return;
    }
  }
}

/** Feeds `byte` to every stack, deduplicating the survivors. */
export function advance(stacks: readonly Frame[], byte: number): Frame[] {
  const out: Frame[] = [];
  for (const s of stacks) feed(s, byte, out);
  if (out.length <= 1) return out;
  if (out.length > MAX_STACKS) {
    throw new KindlingError(
      ErrorCode.OutOfResources,
      `more than ${MAX_STACKS} ways to read the output so far: the schema's anyOf branches overlap too much`,
    );
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = f.key();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether the stack may end here (every frame down to the bottom accepts). */
export function canEnd(stack: Frame): boolean {
  let f: Frame | null = stack;
  while (f !== null && f !== END) {
    if (f.node === null || !f.node.accepting(f.a, f.b)) return false;
    f = f.up;
  }
  return f === END;
}

/** Fewest bytes that complete the stack. */
export function remaining(stack: Frame): number {
  let r = 0;
  for (let f: Frame | null = stack; f !== null && f.node !== null; f = f.up) r += f.node.remain(f.a, f.b);
  return r;
}

/** The stacks a fresh match of `root` starts with. */
export function initial(root: GNode): Frame[] {
  const out: Frame[] = [];
  push(root, END, out);
  return out;
}
