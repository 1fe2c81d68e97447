import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { decodeProgram } from '../src/index.js';

/**
 * Programs whose vectors repeat offsets to one table: the file stays small while a naive decoder
 * materialises one copy per offset (a 4 MB file used to cost 3 GB of heap and 18-26 s). The reader
 * must refuse them in time and heap proportional to the file size.
 */

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The flatbuffer region (header included) of the tiny_llama program from the conformance zoo. */
function tinyLlamaFlatbuffer(): Uint8Array {
  const path = fileURLToPath(new URL('../../conformance-zoo/cases/tiny_llama/portable.pte', import.meta.url));
  const file = new Uint8Array(readFileSync(path));
  const programSize = Number(new DataView(file.buffer).getBigUint64(16, true));
  return file.slice(0, programSize);
}

/** Position of the table that field `field` (an offset to a table or vector) of the table at `table` refers to. */
function follow(view: DataView, table: number, field: number): number {
  const vtable = table - view.getInt32(table, true);
  const at = table + view.getUint16(vtable + 4 + 2 * field, true);
  return at + view.getUint32(at, true);
}

/**
 * `fb` with the vector in field `field` of the table at `table` replaced by a new vector, appended
 * at the end, of `n` offsets to that vector's first element.
 */
function repeatFirst(fb: Uint8Array, table: number, field: number, n: number): Uint8Array {
  const view = new DataView(fb.buffer, fb.byteOffset, fb.byteLength);
  const vector = follow(view, table, field);
  const first = vector + 4 + view.getUint32(vector + 4, true);
  const start = (fb.byteLength + 3) & ~3;
  const out = new Uint8Array(start + 4 + 4 * n);
  out.set(fb);
  const o = new DataView(out.buffer);
  o.setUint32(start, n, true);
  for (let i = 0; i < n; i++) o.setUint32(start + 4 + 4 * i, first - (start + 4 + 4 * i), true);
  const vtable = table - view.getInt32(table, true);
  const at = table + view.getUint16(vtable + 4 + 2 * field, true);
  o.setUint32(at, start - at, true);
  return out;
}

/** Decodes `bytes`, returning the error, the time taken and the heap growth (no collection after). */
function measure(bytes: Uint8Array): { error: unknown; ms: number; grown: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  let error: unknown;
  try {
    decodeProgram(bytes);
  } catch (e) {
    error = e;
  }
  return { error, ms: performance.now() - started, grown: process.memoryUsage().heapUsed - before };
}

const N = 100_000;
const PROGRAM = 0; // Program.execution_plan is field 1 of the root table
const PLAN_CHAINS = 5; // ExecutionPlan.chains

describe('decoding cost is bounded by the file size', () => {
  const fb = tinyLlamaFlatbuffer();
  const view = new DataView(fb.buffer);
  const root = view.getUint32(0, true);

  it('the unmodified program decodes', () => {
    expect(decodeProgram(fb).executionPlan.map((p) => p.name)).toEqual(['forward']);
  });

  it(`refuses an execution_plan vector of ${N} offsets to one plan at once`, () => {
    decodeProgram(fb); // warm up the reader
    const bytes = repeatFirst(fb, root, PROGRAM + 1, N);
    const { error, ms, grown } = measure(bytes);
    expect(KindlingError.isInstance(error) && error.code === ErrorCode.InvalidProgram).toBe(true);
    expect((error as Error).message).toMatch(/execution_plan\[1\] is the same table as execution_plan\[0\]/);
    expect((error as Error).cause).toBeUndefined();
    expect(ms).toBeLessThan(1_000);
    expect(grown).toBeLessThan(64 * bytes.byteLength + 64 * 2 ** 20);
  });

  it(`refuses a chains vector of ${N} offsets to one chain within its decode budget`, () => {
    const plan = follow(view, root, PROGRAM + 1);
    const firstPlan = plan + 4 + view.getUint32(plan + 4, true);
    const bytes = repeatFirst(fb, firstPlan, PLAN_CHAINS, N);
    const { error, ms, grown } = measure(bytes);
    expect(KindlingError.isInstance(error) && error.code === ErrorCode.InvalidProgram).toBe(true);
    expect((error as Error).message).toMatch(/larger than its size can justify/);
    expect((error as Error).cause).toBeUndefined();
    // Before the budget was tightened (64 steps a byte) this took seconds and ~300 MB.
    expect(ms).toBeLessThan(3_000);
    expect(grown).toBeLessThan(64 * bytes.byteLength + 64 * 2 ** 20);
  });
});
