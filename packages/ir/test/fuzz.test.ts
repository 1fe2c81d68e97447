import { seededRandom } from '@kindling/backend-utils';
import { KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  describeProgram,
  FlatTensorFile,
  formatMethodInstructions,
  PteFile,
  readBundledProgram,
  tensorByteSize,
} from '../src/index.js';
import { PTE_FIXTURES, upstream } from './fixtures.js';

/**
 * Seeded fuzzing of every reader: each fixture is mutated (truncation, bit flips, byte overwrites,
 * corrupted 32- and 64-bit offsets and counts) and read. Every case must end in a parsed program or
 * a KindlingError — never another exception, a hang or an allocation the file size cannot justify.
 * Set KINDLING_FUZZ_SEED to reproduce or explore other seeds.
 */

const SEED = Number(process.env.KINDLING_FUZZ_SEED ?? 0x6b1d);
const MIN_CASES = 20_000;

type Kind = 'pte' | 'bpte' | 'ptd';

/** Reads `bytes` as `kind` and touches everything a user of the result would. */
function consume(kind: Kind, bytes: Uint8Array): void {
  if (kind === 'ptd') {
    const f = FlatTensorFile.read(bytes);
    for (const n of f.data.namedData) f.bytes(n.key);
    return;
  }
  let programBytes = bytes;
  if (kind === 'bpte') programBytes = readBundledProgram(bytes).program;
  const file = PteFile.read(programBytes);
  describeProgram(file);
  for (const plan of file.program.executionPlan) {
    formatMethodInstructions(plan);
    for (const d of plan.delegates) file.delegatePayload(d);
    for (const v of plan.values) {
      if (v.type !== 'Tensor') continue;
      const t = v.tensor;
      tensorByteSize(t, 'tensor');
      if (t.dataBufferIdx > 0 && !t.allocationInfo && !t.extraTensorInfo) file.constantBytes(t);
    }
  }
  file.namedData().keys();
}

/** The first error in `error`'s cause chain that is not a KindlingError (undefined when there is none). */
function engineError(error: unknown): unknown {
  let e: unknown = error;
  for (let depth = 0; depth < 32 && e !== undefined && e !== null; depth++) {
    if (!KindlingError.isInstance(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

interface Failure {
  fixture: string;
  mutation: string;
  error: string;
}

describe('fuzzed program files', () => {
  it(`every mutation ends in a program or a KindlingError (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const int = (n: number) => Math.floor(random() * n);
    const fixtures: [string, Kind][] = [
      ...PTE_FIXTURES.map((n) => [n, 'pte'] as [string, Kind]),
      ['executorch__bundled_program.bpte', 'bpte'],
      ['executorchrs__data_map_model.ptd', 'ptd'],
    ];
    const failures: Failure[] = [];
    let cases = 0;
    let parsed = 0;
    let slowest = 0;
    const baseline = process.memoryUsage();

    const run = (fixture: string, kind: Kind, mutation: string, bytes: Uint8Array) => {
      cases++;
      const start = performance.now();
      try {
        consume(kind, bytes);
        parsed++;
      } catch (error) {
        // A KindlingError that only wraps an engine error (a RangeError from an unchecked length)
        // means a check is missing: the catch-all reached it.
        const engine = engineError(error);
        if (engine !== undefined) {
          failures.push({
            fixture,
            mutation,
            error: `${engine === error ? '' : 'cause of a KindlingError: '}${engine instanceof Error ? `${engine.name}: ${engine.message}` : String(engine)}`,
          });
        }
      }
      slowest = Math.max(slowest, performance.now() - start);
      if (cases % 1000 === 0) {
        const now = process.memoryUsage();
        const grown = now.heapUsed + now.arrayBuffers - (baseline.heapUsed + baseline.arrayBuffers);
        expect(grown, 'memory grew by more than 512 MiB while fuzzing').toBeLessThan(512 * 1024 * 1024);
      }
    };

    for (const [fixture, kind] of fixtures) {
      const original = upstream(fixture);
      const size = original.byteLength;
      // Mutations of large files stay in the region that is parsed (header and flatbuffer).
      const region = Math.min(size, 20_000);
      const big = size > 100_000;

      // 1. Truncation: at every offset for small files, sampled for large ones.
      const cuts = big
        ? [...Array(256).keys(), ...Array.from({ length: 300 }, () => int(size))]
        : [...Array(size).keys()];
      for (const cut of cuts) run(fixture, kind, `truncate@${cut}`, original.subarray(0, cut));

      const rounds = big ? 400 : 1000;
      for (let r = 0; r < rounds; r++) {
        const bytes = original.slice();
        const view = new DataView(bytes.buffer);
        const choice = r % 5;
        let mutation: string;
        if (choice === 0) {
          const flips = 1 + int(8);
          const at: number[] = [];
          for (let i = 0; i < flips; i++) {
            const pos = int(region);
            at.push(pos);
            bytes[pos] = (bytes[pos] as number) ^ (1 << int(8));
          }
          mutation = `bitflip@${at.join(',')}`;
        } else if (choice === 1) {
          const pos = int(region);
          const len = 1 + int(16);
          for (let i = pos; i < Math.min(region, pos + len); i++) bytes[i] = [0x00, 0xff, int(256)][int(3)] as number;
          mutation = `overwrite@${pos}+${len}`;
        } else if (choice === 2 || choice === 3) {
          // Offsets, lengths and counts are 32-bit and 4-aligned in flatbuffers.
          const pos = int(Math.max(1, (region - 4) >> 2)) << 2;
          const values = [0, 1, 4, 0x7fffffff, 0xffffffff, 0x80000000, size, size - 4, int(0x100000), 0x7ffffff0];
          const value = values[int(values.length)] as number;
          view.setUint32(pos, value >>> 0, true);
          mutation = `u32@${pos}=${value}`;
        } else {
          // The 64-bit fields of the extended headers (sizes and offsets).
          const pos = 16 + 8 * int(4);
          const values = [
            0n,
            1n,
            BigInt(size),
            BigInt(size) + 1n,
            0xffffffffn,
            0x7fffffffffffffffn,
            0xffffffffffffffffn,
          ];
          const value = values[int(values.length)] as bigint;
          if (pos + 8 <= size) view.setBigUint64(pos, value, true);
          mutation = `u64@${pos}=${value}`;
        }
        run(fixture, kind, mutation, bytes);
      }
    }

    if (failures.length > 0) {
      const sample = failures.slice(0, 10).map((f) => `${f.fixture} ${f.mutation}: ${f.error}`);
      throw new Error(
        `${failures.length} of ${cases} cases threw something other than a KindlingError:\n${sample.join('\n')}`,
      );
    }
    console.log(
      `fuzz: ${cases} cases, ${parsed} parsed, ${cases - parsed} refused with KindlingError, slowest ${slowest.toFixed(1)} ms`,
    );
    expect(cases).toBeGreaterThanOrEqual(MIN_CASES);
    expect(slowest, 'a single case took too long (possible hang)').toBeLessThan(2_000);
  });
});
