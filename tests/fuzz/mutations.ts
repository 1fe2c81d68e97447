import { type RandomSource, randomInt } from '@kindling/backend-utils';
import { DataLocation, PteFile } from '@kindling/ir';

/**
 * Where a seed program's fields are, found once per seed, so that mutations hit the places a reader
 * trusts: table and vtable positions of the program flatbuffer, vector lengths, the `eh00` extended
 * header, and the delegate payload segments (with their `XH00` header and `XNNGraph` flatbuffer).
 */
export interface SeedLayout {
  /** Bytes of the flatbuffer region (from 0): the extended header's program size, or the whole file. */
  flatbufferEnd: number;
  /** True when the file has an `eh00` extended header at byte 8. */
  extendedHeader: boolean;
  /** Absolute positions of u32 fields that hold a forward offset (to a table, vector or string). */
  offsets: number[];
  /** Absolute positions of scalar table fields (4-byte aligned ones; read as u32/i32, or u64 when aligned). */
  scalars: number[];
  /** Absolute positions of u16 vtable entries (vtable size, table size, field offsets). */
  vtableEntries: number[];
  /** Absolute positions of vector lengths (u32). */
  vectorLengths: number[];
  /** Delegate payload segments: absolute [start, end), and field positions inside their flatbuffer. */
  payloads: { start: number; end: number; fields: number[] }[];
}

const MAX_WALK = 20_000;

/**
 * Walks a flatbuffer without its schema: from the root table, every field that reads as a forward
 * offset to something table- or vector-shaped is followed. False positives only widen where
 * mutations land.
 */
function walkFlatbuffer(bytes: Uint8Array, start: number, end: number, layout: Omit<SeedLayout, 'payloads'>): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (p: number) => view.getUint32(p, true);
  const seen = new Set<number>();
  const inRange = (p: number, n: number) => p >= start && p + n <= end;
  const table = (t: number): boolean => {
    if (seen.has(t) || seen.size > MAX_WALK || !inRange(t, 4) || (t - start) % 4 !== 0) return seen.has(t);
    const vt = t - view.getInt32(t, true);
    if (!inRange(vt, 4) || (vt - start) % 2 !== 0) return false;
    const vtSize = view.getUint16(vt, true);
    const tSize = view.getUint16(vt + 2, true);
    if (vtSize < 4 || vtSize % 2 !== 0 || !inRange(vt, vtSize) || tSize < 4 || !inRange(t, tSize)) return false;
    seen.add(t);
    for (let e = vt; e < vt + vtSize; e += 2) layout.vtableEntries.push(e);
    for (let e = vt + 4; e < vt + vtSize; e += 2) {
      const fo = view.getUint16(e, true);
      if (fo === 0 || fo >= tSize) continue;
      const f = t + fo;
      if (!inRange(f, 4) || (f - start) % 4 !== 0) {
        layout.scalars.push(f);
        continue;
      }
      const target = f + u32(f);
      if (u32(f) > 0 && inRange(target, 4) && (target - start) % 4 === 0 && (table(target) || vector(target))) {
        layout.offsets.push(f);
      } else layout.scalars.push(f);
    }
    return true;
  };
  const vector = (v: number): boolean => {
    if (!inRange(v, 4)) return false;
    const n = u32(v);
    if (!inRange(v + 4, n)) return false;
    layout.vectorLengths.push(v);
    // A vector of offsets when its elements fit and its first element leads to a table.
    if (n > 0 && n <= 4096 && inRange(v + 4, 4 * n)) {
      const first = v + 4 + u32(v + 4);
      if (inRange(first, 4) && (first - start) % 4 === 0 && table(first)) {
        layout.offsets.push(v + 4);
        for (let i = 1; i < n; i++) {
          const e = v + 4 + 4 * i;
          if (table(e + u32(e))) layout.offsets.push(e);
          else layout.scalars.push(e);
        }
      } else {
        for (let i = 0; i < Math.min(n, 64); i++) layout.scalars.push(v + 4 + 4 * i);
      }
    }
    return true;
  };
  if (inRange(start, 4)) {
    layout.offsets.push(start);
    table(start + u32(start));
  }
}

/** Finds the layout of a seed (a valid program; anything unreadable gets byte-level mutations only). */
export function seedLayout(bytes: Uint8Array): SeedLayout {
  const extendedHeader =
    bytes.byteLength >= 40 && String.fromCharCode(...bytes.subarray(8, 12)) === 'eh00' && bytes[4] === 0x45;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const programSize = extendedHeader ? Number(view.getBigUint64(16, true)) : bytes.byteLength;
  const layout: SeedLayout = {
    flatbufferEnd: Math.min(programSize, bytes.byteLength),
    extendedHeader,
    offsets: [],
    scalars: [],
    vtableEntries: [],
    vectorLengths: [],
    payloads: [],
  };
  walkFlatbuffer(bytes, 0, layout.flatbufferEnd, layout);
  try {
    const file = PteFile.read(bytes);
    const base = file.header?.segmentBaseOffset ?? 0;
    const used = new Set<number>();
    for (const plan of file.program.executionPlan) {
      for (const d of plan.delegates) {
        if (d.processed?.location === DataLocation.SEGMENT) used.add(d.processed.index);
      }
    }
    for (const index of used) {
      const s = file.program.segments[index];
      if (!s || s.size === 0n) continue;
      const start = base + Number(s.offset);
      const end = start + Number(s.size);
      const inner = { ...layout, offsets: [], scalars: [], vtableEntries: [], vectorLengths: [] };
      const xh = end - start >= 30 && String.fromCharCode(...bytes.subarray(start + 4, start + 8)) === 'XH00';
      const fbStart = xh ? start + view.getUint32(start + 10, true) : start;
      const fbEnd = xh ? Math.min(end, fbStart + view.getUint32(start + 14, true)) : end;
      walkFlatbuffer(bytes, fbStart, fbEnd, inner);
      const header = xh ? [start + 8, start + 10, start + 14, start + 18, start + 22, start + 26] : [];
      const fields = [...header, ...inner.offsets, ...inner.scalars, ...inner.vectorLengths];
      layout.payloads.push({ start, end, fields });
    }
  } catch {
    // Not a readable program (a robustness reproducer, a bundled program): byte-level mutations only.
  }
  return layout;
}

/** Values a reader must not trust: zero, -1, the i32/u32 limits, 2^31, and ones near the file's size. */
function boundary32(rand: RandomSource, old: number, size: number): number {
  const choices = [0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0xfffffffe, size, size + 1, size - 4, old + 4, old - 4];
  return (choices[randomInt(rand, 0, choices.length - 1)] as number) >>> 0;
}

function boundary64(rand: RandomSource, size: number): bigint {
  const choices = [
    0n,
    1n,
    2n ** 64n - 1n,
    2n ** 63n - 1n,
    2n ** 63n,
    2n ** 31n,
    2n ** 32n - 1n,
    2n ** 53n,
    2n ** 53n + 1n,
  ];
  choices.push(BigInt(size), BigInt(size + 1), BigInt(randomInt(rand, 0, 1 << 30)));
  return choices[randomInt(rand, 0, choices.length - 1)] as bigint;
}

/** Mutation kinds, each a name (for the summary) and a function that edits `b` in place or returns a new array. */
type Mutation = (b: Uint8Array, layout: SeedLayout, rand: RandomSource) => Uint8Array;

const pick = <T>(rand: RandomSource, xs: readonly T[]): T | undefined =>
  xs.length === 0 ? undefined : xs[randomInt(rand, 0, xs.length - 1)];

function setU32(b: Uint8Array, p: number, v: number): void {
  if (p >= 0 && p + 4 <= b.byteLength) new DataView(b.buffer, b.byteOffset).setUint32(p, v >>> 0, true);
}

function getU32(b: Uint8Array, p: number): number {
  return p >= 0 && p + 4 <= b.byteLength ? new DataView(b.buffer, b.byteOffset).getUint32(p, true) : 0;
}

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  bitflip(b, l, rand) {
    const n = randomInt(rand, 1, 4);
    for (let i = 0; i < n; i++) {
      const p = randomInt(rand, 0, Math.max(0, l.flatbufferEnd - 1));
      b[p] = (b[p] as number) ^ (1 << randomInt(rand, 0, 7));
    }
    return b;
  },
  byte(b, l, rand) {
    const p = randomInt(rand, 0, Math.max(0, l.flatbufferEnd - 1));
    b[p] = pick(rand, [0, 0xff, 0x7f, 0x80, randomInt(rand, 0, 255)]) as number;
    return b;
  },
  offset(b, l, rand) {
    const p = pick(rand, l.offsets);
    if (p !== undefined) setU32(b, p, boundary32(rand, getU32(b, p), b.byteLength - p));
    return b;
  },
  scalar(b, l, rand) {
    const p = pick(rand, l.scalars);
    if (p === undefined) return b;
    if (p % 8 === 0 && rand() < 0.3 && p + 8 <= Math.min(l.flatbufferEnd, b.byteLength)) {
      new DataView(b.buffer, b.byteOffset).setBigUint64(p, boundary64(rand, b.byteLength), true);
    } else setU32(b, p, boundary32(rand, getU32(b, p), b.byteLength));
    return b;
  },
  vtable(b, l, rand) {
    const p = pick(rand, l.vtableEntries);
    if (p !== undefined) {
      const v = pick(rand, [0, 1, 2, 3, 4, 0xfffe, 0xffff, 0x8000, randomInt(rand, 0, 64)]) as number;
      if (p + 2 <= b.byteLength) new DataView(b.buffer, b.byteOffset).setUint16(p, v, true);
    }
    return b;
  },
  vectorLength(b, l, rand) {
    const p = pick(rand, l.vectorLengths);
    if (p !== undefined) setU32(b, p, boundary32(rand, getU32(b, p), b.byteLength));
    return b;
  },
  truncate(b, l, rand) {
    const cuts = [
      randomInt(rand, 0, b.byteLength),
      l.flatbufferEnd,
      l.flatbufferEnd - 1,
      b.byteLength - 1,
      randomInt(rand, 0, 64),
    ];
    return b.slice(0, Math.max(0, Math.min(b.byteLength, pick(rand, cuts) as number)));
  },
  extendedHeader(b, l, rand) {
    if (!l.extendedHeader || b.byteLength < 40) return MUTATIONS.truncate?.(b, l, rand) ?? b;
    const view = new DataView(b.buffer, b.byteOffset);
    const field = randomInt(rand, 0, 3);
    if (field === 0) view.setUint32(12, pick(rand, [0, 16, 23, 24, 31, 32, 40, 0xffffffff]) as number, true);
    else view.setBigUint64(8 + 8 * field, boundary64(rand, b.byteLength), true);
    return b;
  },
  payload(b, l, rand) {
    const seg = pick(rand, l.payloads);
    if (!seg) return MUTATIONS.scalar?.(b, l, rand) ?? b;
    const r = rand();
    const field = pick(rand, seg.fields);
    if (r < 0.5 && field !== undefined) setU32(b, field, boundary32(rand, getU32(b, field), seg.end - seg.start));
    else if (r < 0.8) {
      const p = randomInt(rand, seg.start, seg.end - 1);
      b[p] = (b[p] as number) ^ (1 << randomInt(rand, 0, 7));
    } else {
      const p = randomInt(rand, seg.start, seg.end - 1);
      b[p] = pick(rand, [0, 0xff, 0x7f, 0x80]) as number;
    }
    return b;
  },
};

/** The names of the mutation kinds. */
const MUTATION_KINDS = Object.keys(MUTATIONS);

/**
 * A mutated copy of `seed`: one to three stacked mutations, chosen by `rand`. Returns the bytes and
 * the names of the mutations applied (for reproducing and for the summary).
 */
export function mutate(
  seed: Uint8Array,
  layout: SeedLayout,
  rand: RandomSource,
): { bytes: Uint8Array; kinds: string[] } {
  let bytes: Uint8Array = seed.slice();
  const kinds: string[] = [];
  const n = rand() < 0.7 ? 1 : randomInt(rand, 2, 3);
  for (let i = 0; i < n; i++) {
    const kind = pick(rand, MUTATION_KINDS) as string;
    bytes = (MUTATIONS[kind] as Mutation)(bytes, layout, rand);
    kinds.push(kind);
  }
  return { bytes, kinds };
}
