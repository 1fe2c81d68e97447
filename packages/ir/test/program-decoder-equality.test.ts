import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckedByteBuffer, guardDecode, readList, requireTable, seededRandom } from '@kindling/backend-utils';
import { KindlingError, ScalarType } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { FlatTensor } from '../src/generated/flat-tensor-flatbuffer/flat-tensor.js';
import {
  decodeFlatTensor,
  decodeProgram,
  type FlatTensorData,
  FlatTensorFile,
  readBundledProgram,
  writeFlatTensor,
} from '../src/index.js';
import { decodeProgramWithGeneratedClasses } from './generated-decoder.js';

/**
 * The compact reader on the load path (`decodeProgram`, `FlatTensorFile.read`) against the decoders
 * built on the generated FlatBuffers classes: every program we have decodes to the same data, and
 * mutated programs never decode to different data.
 */

const repo = fileURLToPath(new URL('../../../', import.meta.url));
// The large programs generated on demand, where the conformance zoo looks for them.
const CACHE = process.env.KINDLING_CONFORMANCE_CACHE ?? join(repo, '.cache/conformance');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(pte|bpte|ptd)$/.test(name)) out.push(path);
  }
  return out;
}

/** The first `length` bytes of a file. */
function head(path: string, length: number): Uint8Array {
  const out = new Uint8Array(Math.min(length, statSync(path).size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, out, 0, out.byteLength, 0);
  } finally {
    closeSync(fd);
  }
  return out;
}

/** The flatbuffer region of a `.pte` (all of it when there is no `eh00` header). */
function programRegion(path: string): Uint8Array {
  const start = head(path, 24);
  const view = new DataView(start.buffer);
  const hasHeader = start.byteLength >= 24 && String.fromCharCode(...start.subarray(8, 12)) === 'eh00';
  const size = hasHeader ? Number(view.getBigUint64(16, true)) : statSync(path).size;
  return head(path, size);
}

/** The `.ptd` decoder built on the generated classes (what `FlatTensorFile.read` used before). */
function decodeFlatTensorWithGeneratedClasses(fb: Uint8Array): FlatTensorData {
  return guardDecode('tensor data file', () => {
    const bb = new CheckedByteBuffer(fb, 'tensor data file');
    const ft = FlatTensor.getRootAsFlatTensor(bb);
    return {
      version: ft.version(),
      segments: readList(bb, ft.segmentsLength(), (i) => {
        const s = requireTable(bb, ft.segments(i), `segments[${i}]`);
        return { offset: s.offset(), size: s.size() };
      }),
      namedData: readList(bb, ft.namedDataLength(), (i) => {
        const n = requireTable(bb, ft.namedData(i), `named_data[${i}]`);
        const l = n.tensorLayout();
        return {
          key: n.key() ?? '',
          segmentIndex: n.segmentIndex(),
          layout: l
            ? {
                scalarType: l.scalarType() as number,
                sizes: readList(bb, l.sizesLength(), (j) => l.sizes(j) as number),
                dimOrder: readList(bb, l.dimOrderLength(), (j) => l.dimOrder(j) as number),
              }
            : null,
        };
      }),
    };
  });
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Both decoders agree on `fb`: the same data, or both refuse it (the compact reader with a KindlingError). */
function expectSameProgram(fb: Uint8Array, label: string): 'decoded' | 'refused' {
  const before = attempt(() => decodeProgramWithGeneratedClasses(fb));
  const after = attempt(() => decodeProgram(fb));
  if (!after.ok) expect(KindlingError.isInstance(after.error), `${label}: ${String(after.error)}`).toBe(true);
  expect(after.ok, `${label}: ${after.ok ? 'decoded' : String(after.error)}`).toBe(before.ok);
  if (before.ok && after.ok) expect(after.value, label).toEqual(before.value);
  return after.ok ? 'decoded' : 'refused';
}

/** Both `.ptd` decoders agree on `fb`, as {@link expectSameProgram} for programs. */
function expectSameFlatTensor(fb: Uint8Array, label: string): 'decoded' | 'refused' {
  const before = attempt(() => decodeFlatTensorWithGeneratedClasses(fb));
  const after = attempt(() => decodeFlatTensor(fb));
  if (!after.ok) expect(KindlingError.isInstance(after.error), `${label}: ${String(after.error)}`).toBe(true);
  expect(after.ok, `${label}: ${after.ok ? 'decoded' : String(after.error)}`).toBe(before.ok);
  if (before.ok && after.ok) expect(after.value, label).toEqual(before.value);
  return after.ok ? 'decoded' : 'refused';
}

const programs = [
  ...walk(join(repo, 'packages/conformance-zoo/cases')),
  ...walk(join(repo, 'fixtures/upstream')),
  ...walk(join(repo, 'fixtures/robustness')),
];
const cached = walk(CACHE);

describe('the compact program reader decodes what the generated classes decode', () => {
  it(`every program of the zoo and the fixtures (${programs.length} files)`, () => {
    let pte = 0;
    let bpte = 0;
    let ptd = 0;
    for (const path of programs) {
      const label = path.slice(repo.length);
      if (path.endsWith('.ptd')) {
        const bytes = new Uint8Array(readFileSync(path));
        const header = FlatTensorFile.read(bytes).header;
        const fb = bytes.subarray(0, header.flatbufferOffset + header.flatbufferSize);
        expect(FlatTensorFile.read(bytes).data, label).toEqual(decodeFlatTensorWithGeneratedClasses(fb));
        ptd++;
      } else if (path.endsWith('.bpte')) {
        const inner = attempt(() => readBundledProgram(new Uint8Array(readFileSync(path))).program);
        if (inner.ok) expectSameProgram(inner.value, label);
        bpte++;
      } else {
        expectSameProgram(programRegion(path), label);
        pte++;
      }
    }
    expect(pte).toBeGreaterThan(40);
    expect(bpte).toBeGreaterThan(0);
    expect(ptd).toBeGreaterThan(0);
  });

  it.skipIf(cached.length === 0)(`the cached large models (${cached.length} files)`, () => {
    for (const path of cached) {
      if (!path.endsWith('.pte')) continue;
      expect(expectSameProgram(programRegion(path), path), path).toBe('decoded');
    }
  });

  it('mutated programs: the same data or a KindlingError, never different data', () => {
    const random = seededRandom(0x5eed);
    const int = (n: number) => Math.floor(random() * n);
    const sources = walk(join(repo, 'fixtures/upstream'))
      .filter((p) => p.endsWith('.pte'))
      .map(programRegion)
      .filter((fb) => fb.byteLength < 200_000);
    let decoded = 0;
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      const fb = (sources[n % sources.length] as Uint8Array).slice();
      const view = new DataView(fb.buffer);
      switch (n % 4) {
        case 0:
          for (let k = 1 + int(4); k > 0; k--) {
            const at = int(fb.byteLength);
            fb[at] = (fb[at] as number) ^ (1 << int(8));
          }
          break;
        case 1:
          for (let k = 1 + int(2); k > 0; k--) fb[int(fb.byteLength)] = int(256);
          break;
        case 2: {
          const at = int(fb.byteLength - 4) & ~3;
          view.setUint32(
            at,
            [0xffffffff, 0x7fffffff, int(fb.byteLength * 2), view.getUint32(at, true) + 4][int(4)] as number,
            true,
          );
          break;
        }
        default: {
          const cut = fb.subarray(0, int(fb.byteLength));
          if (expectSameProgram(cut, `truncated ${n}`) === 'decoded') decoded++;
          else refused++;
          continue;
        }
      }
      if (expectSameProgram(fb, `mutation ${n}`) === 'decoded') decoded++;
      else refused++;
    }
    expect(decoded).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
  it('tensor data files: written and mutated ones decode alike', () => {
    const random = seededRandom(0x7d01);
    const int = (n: number) => Math.floor(random() * n);
    const written = [1, 3, 8].map((count) =>
      writeFlatTensor(
        Array.from({ length: count }, (_, k) => {
          const sizes = Array.from({ length: 1 + int(3) }, () => 1 + int(4));
          const dtype = [ScalarType.Float, ScalarType.Int, ScalarType.Byte][k % 3] as ScalarType;
          const numel = sizes.reduce((a, b) => a * b, 1);
          const bytes = new Uint8Array(numel * [4, 4, 1][k % 3]!).map(() => int(256));
          return { key: `tensor.${k}`, layout: { scalarType: dtype, sizes, dimOrder: sizes.map((_, d) => d) }, bytes };
        }),
      ),
    );
    const files = [
      ...programs.filter((p) => p.endsWith('.ptd')).map((p) => new Uint8Array(readFileSync(p))),
      ...written,
    ];
    const regions = files.map((bytes) => {
      const h = FlatTensorFile.read(bytes).header;
      return bytes.slice(0, h.flatbufferOffset + h.flatbufferSize);
    });
    for (const [i, fb] of regions.entries()) expect(expectSameFlatTensor(fb, `file ${i}`)).toBe('decoded');
    let decoded = 0;
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      const source = regions[n % regions.length] as Uint8Array;
      // Mutations inside the flatbuffer proper (the FH01 header spliced in at byte 8 is not read here).
      let fb = source.slice();
      const view = new DataView(fb.buffer);
      const at = 48 + int(fb.byteLength - 52);
      if (n % 3 === 0) fb[at] = (fb[at] as number) ^ (1 << int(8));
      else if (n % 3 === 1)
        view.setUint32(at & ~3, [0xffffffff, int(fb.byteLength * 2), int(64)][int(3)] as number, true);
      else fb = fb.subarray(0, int(fb.byteLength));
      if (expectSameFlatTensor(fb, `mutation ${n}`) === 'decoded') decoded++;
      else refused++;
    }
    expect(decoded).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
