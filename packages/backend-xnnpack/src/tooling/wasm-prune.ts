/**
 * A small WebAssembly pruner for the kernel builds: keeps the exports asked for and the functions
 * they reach (through `call`, `return_call` and `ref.func`), drops every other function and export,
 * and keeps the custom section that names the build. It reads the whole code section instruction
 * by instruction (core, SIMD, relaxed SIMD, bulk memory, atomics), so a body it cannot read is an
 * error, never a silently broken module.
 *
 * It handles the shape of modules the AssemblyScript build writes (types, imports, functions,
 * memory, globals, exports, code, data); modules with tables, element segments or a start function
 * are refused (their reachability would need more than the call graph).
 */
import { ErrorCode, KindlingError } from '@kindling/core';

class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }
  byte(): number {
    if (this.pos >= this.end) throw malformed(`unexpected end at byte ${this.pos}`);
    return this.bytes[this.pos++] as number;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 35) throw malformed(`LEB128 too long at byte ${this.pos}`);
    }
    return result;
  }
  /** Skips a signed LEB128 of up to `bits` bits. */
  skipSigned(bits: number): void {
    let shift = 0;
    for (;;) {
      const b = this.byte();
      shift += 7;
      if ((b & 0x80) === 0) break;
      if (shift > bits + 7) throw malformed(`LEB128 too long at byte ${this.pos}`);
    }
  }
  skip(n: number): void {
    if (this.pos + n > this.end) throw malformed(`unexpected end at byte ${this.pos}`);
    this.pos += n;
  }
}

function malformed(detail: string): KindlingError {
  return new KindlingError(ErrorCode.InvalidArgument, `wasm pruner: the module cannot be read: ${detail}`);
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function skipMemarg(r: Reader): void {
  const align = r.u32();
  if (align & 0x40) r.u32(); // multi-memory: a memory index follows
  r.u32();
}

/** SIMD opcodes (after 0xfd) with a memarg: loads, stores, load-zero. */
function simdImmediates(r: Reader, op: number): void {
  if (op <= 11 || op === 92 || op === 93) skipMemarg(r);
  else if (op === 12 || op === 13) r.skip(16);
  else if (op >= 21 && op <= 34) r.skip(1);
  else if (op >= 84 && op <= 91) {
    skipMemarg(r);
    r.skip(1);
  }
}

function bulkImmediates(r: Reader, op: number): void {
  switch (op) {
    case 8: // memory.init
    case 10: // memory.copy
    case 12: // table.init
    case 14: // table.copy
      r.u32();
      r.u32();
      return;
    case 9: // data.drop
    case 11: // memory.fill
    case 13: // elem.drop
    case 15: // table.grow
    case 16: // table.size
    case 17: // table.fill
      r.u32();
      return;
    default:
      if (op > 17) throw malformed(`unknown 0xfc opcode ${op}`);
  }
}

/**
 * Walks one function body (after its size), calling `onFunc(index, at)` for every function index
 * it references, `at` being where that index's LEB128 starts.
 */
function walkBody(r: Reader, onFunc: (index: number, at: number) => void): void {
  const groups = r.u32();
  for (let i = 0; i < groups; i++) {
    r.u32();
    r.byte();
  }
  while (r.pos < r.end) {
    const op = r.byte();
    if (op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || op === 0xd1) continue;
    if (op >= 0x45 && op <= 0xc4) continue; // numeric, no immediates
    if (op >= 0x28 && op <= 0x3e) {
      skipMemarg(r);
      continue;
    }
    switch (op) {
      case 0x02:
      case 0x03:
      case 0x04:
        r.skipSigned(33); // block type
        break;
      case 0x0c:
      case 0x0d:
      case 0x20:
      case 0x21:
      case 0x22:
      case 0x23:
      case 0x24:
      case 0x25:
      case 0x26:
      case 0x3f:
      case 0x40:
        r.u32();
        break;
      case 0x0e: {
        const n = r.u32();
        for (let i = 0; i <= n; i++) r.u32();
        break;
      }
      case 0x10:
      case 0x12:
      case 0xd2: {
        const at = r.pos;
        onFunc(r.u32(), at);
        break;
      }
      case 0x11:
      case 0x13:
        r.u32();
        r.u32();
        break;
      case 0x1c: {
        const n = r.u32();
        r.skip(n);
        break;
      }
      case 0x41:
        r.skipSigned(32);
        break;
      case 0x42:
        r.skipSigned(64);
        break;
      case 0x43:
        r.skip(4);
        break;
      case 0x44:
        r.skip(8);
        break;
      case 0xd0:
        r.byte();
        break;
      case 0xfc:
        bulkImmediates(r, r.u32());
        break;
      case 0xfd:
        simdImmediates(r, r.u32());
        break;
      case 0xfe: {
        const sub = r.u32();
        if (sub === 0x03) r.byte();
        else skipMemarg(r);
        break;
      }
      default:
        throw malformed(`unknown opcode 0x${op.toString(16)} at byte ${r.pos - 1}`);
    }
  }
}

interface Section {
  readonly id: number;
  /** Where its id byte is. */
  readonly head: number;
  readonly start: number;
  readonly end: number;
}

function sectionsOf(bytes: Uint8Array): Section[] {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d)
    throw malformed('no \\0asm header');
  const r = new Reader(bytes, 8);
  const out: Section[] = [];
  while (r.pos < bytes.length) {
    const head = r.pos;
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    r.skip(size);
    out.push({ id, head, start, end: r.pos });
  }
  return out;
}

function section(id: number, body: readonly number[] | Uint8Array): Uint8Array {
  const head = [id, ...leb(body.length)];
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The names of the functions a module exports. */
export function wasmFunctionExports(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (const s of sectionsOf(bytes)) {
    if (s.id !== 7) continue;
    const r = new Reader(bytes, s.start, s.end);
    const n = r.u32();
    for (let i = 0; i < n; i++) {
      const len = r.u32();
      const name = new TextDecoder().decode(bytes.subarray(r.pos, r.pos + len));
      r.skip(len);
      const kind = r.byte();
      r.u32();
      if (kind === 0) names.push(name);
    }
  }
  return names;
}

/**
 * `bytes` with only the function exports `keep` and the functions they reach. Every name of `keep`
 * must be a function the module exports (a `KindlingError` `NotFound` otherwise).
 */
export function pruneWasm(bytes: Uint8Array, keep: Iterable<string>): Uint8Array<ArrayBuffer> {
  const sections = sectionsOf(bytes);
  const wanted = new Set(keep);
  let importedFuncs = 0;
  let funcTypes: number[] = [];
  const bodies: { start: number; end: number }[] = [];
  const exports: { name: string; kind: number; index: number }[] = [];
  for (const s of sections) {
    const r = new Reader(bytes, s.start, s.end);
    if (s.id === 4 || s.id === 8 || s.id === 9)
      throw malformed(`section ${s.id} (table, start or elements) is not supported`);
    if (s.id === 2) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        r.skip(r.u32());
        r.skip(r.u32());
        const kind = r.byte();
        if (kind === 0) {
          importedFuncs++;
          r.u32();
        } else if (kind === 1) {
          r.byte();
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 2) {
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 3) {
          r.byte();
          r.byte();
        } else throw malformed(`import kind ${kind}`);
      }
    } else if (s.id === 3) {
      const n = r.u32();
      funcTypes = Array.from({ length: n }, () => r.u32());
    } else if (s.id === 7) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        const len = r.u32();
        const name = new TextDecoder().decode(bytes.subarray(r.pos, r.pos + len));
        r.skip(len);
        exports.push({ name, kind: r.byte(), index: r.u32() });
      }
    } else if (s.id === 10) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        const size = r.u32();
        bodies.push({ start: r.pos, end: r.pos + size });
        r.skip(size);
      }
    } else if (s.id === 6) {
      // Globals may reference functions (ref.func) in their initialisers: not in these builds.
      if (bytes.subarray(s.start, s.end).includes(0xd2))
        throw malformed('global initialisers that may reference functions are not supported');
    }
  }
  if (bodies.length !== funcTypes.length) throw malformed('function and code sections disagree');
  const funcExports = new Map(exports.filter((e) => e.kind === 0).map((e) => [e.name, e.index]));
  const unknown = [...wanted].filter((n) => !funcExports.has(n));
  if (unknown.length > 0) {
    throw new KindlingError(
      ErrorCode.NotFound,
      `wasm pruner: the module does not export ${unknown.sort().join(', ')}`,
      { context: { exports: unknown } },
    );
  }
  // Reachable functions from the kept exports.
  const calls: { index: number; at: number }[][] = bodies.map((b) => {
    const list: { index: number; at: number }[] = [];
    walkBody(new Reader(bytes, b.start, b.end), (index, at) => list.push({ index, at }));
    return list;
  });
  const reached = new Set<number>();
  const queue = [...wanted].map((n) => funcExports.get(n) as number);
  while (queue.length > 0) {
    const f = queue.pop() as number;
    if (reached.has(f)) continue;
    reached.add(f);
    if (f >= importedFuncs) for (const c of calls[f - importedFuncs] ?? []) queue.push(c.index);
  }
  // New indices: imports keep theirs; defined functions are renumbered in order.
  const remap = new Map<number, number>();
  for (let i = 0; i < importedFuncs; i++) remap.set(i, i);
  let next = importedFuncs;
  for (let i = 0; i < bodies.length; i++) if (reached.has(i + importedFuncs)) remap.set(i + importedFuncs, next++);

  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  for (const s of sections) {
    if (s.id === 3) {
      const kept = funcTypes.filter((_, i) => reached.has(i + importedFuncs));
      out.push(section(3, [...leb(kept.length), ...kept.flatMap(leb)]));
    } else if (s.id === 7) {
      const kept = exports.filter((e) => e.kind !== 0 || wanted.has(e.name));
      const body: number[] = [...leb(kept.length)];
      for (const e of kept) {
        const name = new TextEncoder().encode(e.name);
        body.push(
          ...leb(name.length),
          ...name,
          e.kind,
          ...leb(e.kind === 0 ? (remap.get(e.index) as number) : e.index),
        );
      }
      out.push(section(7, body));
    } else if (s.id === 10) {
      const parts: Uint8Array[] = [];
      let count = 0;
      bodies.forEach((b, i) => {
        if (!reached.has(i + importedFuncs)) return;
        count++;
        // The body with every function index rewritten (their LEB128s may change length).
        const pieces: Uint8Array[] = [];
        let from = b.start;
        for (const c of calls[i] ?? []) {
          pieces.push(bytes.subarray(from, c.at));
          pieces.push(new Uint8Array(leb(remap.get(c.index) as number)));
          from = skipLeb(bytes, c.at);
        }
        pieces.push(bytes.subarray(from, b.end));
        const body = concat(pieces);
        parts.push(new Uint8Array(leb(body.length)), body);
      });
      out.push(section(10, concat([new Uint8Array(leb(count)), ...parts])));
    } else {
      out.push(bytes.subarray(s.head, s.end));
    }
  }
  return concat(out);
}

/** The byte after the LEB128 that starts at `at`. */
function skipLeb(bytes: Uint8Array, at: number): number {
  let p = at;
  while ((bytes[p] as number) & 0x80) p++;
  return p + 1;
}
